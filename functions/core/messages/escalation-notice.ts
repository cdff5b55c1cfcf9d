import type { RunningClock } from '../clocks/running-clock';
import type { Complaint, Language, Notification } from '../complaint';
import { clockLabel } from '../lifecycle/clock-book';
import type { EmailMessage } from '../ports';
import { LOCALE, longDate, longDateTime } from './format';
import { htmlDocument, plainText } from './html';
import { NoticeContentMissing } from './missing-content';
import { ESCALATION_LEVEL, LEVEL_NUMBER, PROVISIONAL_DUE, STATUS, type RaisedLevel } from './phrases';

interface Due {
  label: string;
  due: string;
  paused: boolean;
  provisional: boolean;
}

interface EscalationWording {
  subject(reference: string, n: number, overdue: boolean): string;
  raised(reference: string, n: number, level: string): string;
  overdue(clock: Due): string;
  reason(text: string): string;
  summary(status: string, category: string, received: string): string;
  clocks(clocks: Due[]): string;
  privacy: string;
}

const WORDING: Record<Language, EscalationWording> = {
  ZH_CN: {
    subject: (reference, n, overdue) => `【升级 L${n}】投诉 ${reference} ${overdue ? '已逾期' : '已升级'}`,
    raised: (reference, n, level) => `投诉 ${reference} 已升级至第 ${n} 级（${level}）。`,
    overdue: (c) => `原因：时限“${c.label}”已于 ${c.due}到期。`,
    reason: (text) => `原因：${text}`,
    summary: (status, category, received) => `状态：${status}；类别：${category}；收到日期：${received}。`,
    clocks: (clocks) =>
      clocks.length
        ? ['时限：', ...clocks.map((c) => `${c.label}：${c.due}到期${c.paused ? '（已暂停）' : ''}${c.provisional ? '（暂定）' : ''}`)].join('\n')
        : '时限：无',
    privacy: '为保护投诉人的个人信息，本邮件不含投诉人信息及投诉内容；请在投诉处理系统中查看。',
  },
  EN: {
    subject: (reference, n, overdue) => `[Escalation L${n}] ${reference} ${overdue ? 'overdue' : 'escalated'}`,
    raised: (reference, n, level) => `Complaint ${reference} has been escalated to level ${n} (${level}).`,
    overdue: (c) => `Reason: clock "${c.label}" was due ${c.due}.`,
    reason: (text) => `Reason: ${text}`,
    summary: (status, category, received) => `Status: ${status}; category: ${category}; received: ${received}.`,
    clocks: (clocks) =>
      clocks.length
        ? ['Clocks:', ...clocks.map((c) => `${c.label}: due ${c.due}${c.paused ? ' (paused)' : ''}${c.provisional ? ' (provisional)' : ''}`)].join('\n')
        : 'Clocks: none',
    privacy: "To protect the complainant's personal data, this message leaves out who they are and what they wrote; open the complaint in the complaint system.",
  },
};

/** For a member of staff who has not set a language: Chinese, the platform's home language, then English. */
const BOTH: Language[] = ['ZH_CN', 'EN'];

const isRaisedLevel = (level: string | undefined): level is RaisedLevel => level !== undefined && Object.hasOwn(LEVEL_NUMBER, level);

/**
 * The escalation email to a member of staff, in their language (`language`), or in
 * Chinese then English when they have not set one. It goes to people who may not need
 * the complainant's personal data, so it carries none: no name, contact details or facts,
 * only the complaint's reference, state and running clocks (provisional ones marked).
 */
export function escalationNotice(notification: Notification, complaint: Complaint, timeZone: string, language?: Language): Omit<EmailMessage, 'to'> {
  const level = notification.detail?.level ?? complaint.escalation.level;
  if (!isRaisedLevel(level)) throw new NoticeContentMissing('ESCALATION', 'a level of HANDLER, SUPERVISOR or MANAGER');
  const n = LEVEL_NUMBER[level];
  const reason = notification.detail?.reason ?? complaint.escalation.reason;
  const overdue = complaint.clocks.find((c) => c.id === reason);
  // Stopped clocks have done their work; the reader needs the deadlines still ahead or missed.
  const running = complaint.clocks.filter((c) => c.stoppedAt === undefined);
  const languages = language ? [language] : BOTH;

  const sections = languages.map((lang) => {
    const w = WORDING[lang];
    const due = (c: RunningClock): Due => ({
      label: clockLabel(c.id, lang),
      due: longDateTime(c.dueAt, lang, timeZone),
      paused: c.pausedAt !== undefined,
      provisional: c.provisional === true,
    });
    const paragraphs = [
      w.raised(complaint.reference, n, ESCALATION_LEVEL[lang][level]),
      ...(overdue ? [w.overdue(due(overdue))] : reason ? [w.reason(reason)] : []),
      w.summary(STATUS[lang][complaint.status], complaint.category, longDate(complaint.receivedAt, lang, timeZone)),
      w.clocks(running.map(due)),
      ...(running.some((c) => c.provisional) ? [PROVISIONAL_DUE[lang]] : []),
      w.privacy,
    ];
    return { lang: LOCALE[lang], paragraphs };
  });

  // One language: its own subject; both: the English one, which every mail client shows whole.
  return {
    subject: WORDING[language ?? 'EN'].subject(complaint.reference, n, overdue !== undefined),
    text: plainText(sections),
    html: htmlDocument(sections),
  };
}
