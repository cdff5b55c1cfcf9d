import type { RunningClock } from '../clocks/running-clock';
import type { Complaint, Language, Notification } from '../complaint';
import type { EmailMessage } from '../ports';
import { LOCALE, longDate, longDateTime } from './format';
import { htmlDocument, plainText } from './html';
import { NoticeContentMissing } from './missing-content';
import { ESCALATION_LEVEL, LEVEL_NUMBER, STATUS, type RaisedLevel } from './phrases';

interface Due {
  id: string;
  due: string;
  paused: boolean;
}

interface EscalationWording {
  raised(reference: string, n: number, level: string): string;
  overdue(clock: Due): string;
  reason(text: string): string;
  summary(status: string, category: string, received: string): string;
  clocks(clocks: Due[]): string;
  privacy: string;
}

const WORDING: Record<Language, EscalationWording> = {
  ZH_CN: {
    raised: (reference, n, level) => `投诉 ${reference} 已升级至第 ${n} 级(${level})。`,
    overdue: (c) => `原因:时限 ${c.id} 已于 ${c.due} 到期。`,
    reason: (text) => `原因:${text}`,
    summary: (status, category, received) => `状态:${status};类别:${category};收到日期:${received}。`,
    clocks: (clocks) => (clocks.length ? ['时限:', ...clocks.map((c) => `${c.id}:${c.due} 到期${c.paused ? '(已暂停)' : ''}`)].join('\n') : '时限:无'),
    privacy: '为保护投诉人的个人信息,本邮件不含投诉人信息及投诉内容;请在投诉处理系统中查看。',
  },
  EN: {
    raised: (reference, n, level) => `Complaint ${reference} has been escalated to level ${n} (${level}).`,
    overdue: (c) => `Reason: clock ${c.id} was due ${c.due}.`,
    reason: (text) => `Reason: ${text}`,
    summary: (status, category, received) => `Status: ${status}; category: ${category}; received: ${received}.`,
    clocks: (clocks) => (clocks.length ? ['Clocks:', ...clocks.map((c) => `${c.id}: due ${c.due}${c.paused ? ' (paused)' : ''}`)].join('\n') : 'Clocks: none'),
    privacy: "To protect the complainant's personal data, this message leaves out who they are and what they wrote; open the complaint in the complaint system.",
  },
};

/** Chinese first: the platform's home language; English follows for staff elsewhere. */
const LANGUAGES: Language[] = ['ZH_CN', 'EN'];

const isRaisedLevel = (level: string | undefined): level is RaisedLevel => level !== undefined && Object.hasOwn(LEVEL_NUMBER, level);

/**
 * The escalation email to a member of staff, in Chinese then English. It goes to people
 * who may not need the complainant's personal data, so it carries none: no name, contact
 * details or facts, only the complaint's reference, state and running clocks.
 */
export function escalationNotice(notification: Notification, complaint: Complaint, timeZone: string): Omit<EmailMessage, 'to'> {
  const level = notification.detail?.level ?? complaint.escalation.level;
  if (!isRaisedLevel(level)) throw new NoticeContentMissing('ESCALATION', 'a level of HANDLER, SUPERVISOR or MANAGER');
  const n = LEVEL_NUMBER[level];
  const reason = notification.detail?.reason ?? complaint.escalation.reason;
  const overdue = complaint.clocks.find((c) => c.id === reason);
  // Stopped clocks have done their work; the reader needs the deadlines still ahead or missed.
  const running = complaint.clocks.filter((c) => c.stoppedAt === undefined);

  const sections = LANGUAGES.map((language) => {
    const w = WORDING[language];
    const due = (c: RunningClock): Due => ({ id: c.id, due: longDateTime(c.dueAt, language, timeZone), paused: c.pausedAt !== undefined });
    const paragraphs = [
      w.raised(complaint.reference, n, ESCALATION_LEVEL[language][level]),
      ...(overdue ? [w.overdue(due(overdue))] : reason ? [w.reason(reason)] : []),
      w.summary(STATUS[language][complaint.status], complaint.category, longDate(complaint.receivedAt, language, timeZone)),
      w.clocks(running.map(due)),
      w.privacy,
    ];
    return { lang: LOCALE[language], paragraphs };
  });

  return {
    subject: `[Escalation L${n}] ${complaint.reference} ${overdue ? 'overdue' : 'escalated'}`,
    text: plainText(sections),
    html: htmlDocument(sections),
  };
}
