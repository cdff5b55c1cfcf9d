import type { Complaint, Language } from '../complaint';
import type { EmailMessage } from '../ports';

export interface AcknowledgementContext {
  /** Where the complainant tracks the complaint. */
  trackingUrl: string;
  /** Zone the due date is shown in. */
  timeZone: string;
  /** Working days the acceptance decision may take. */
  acceptanceDecisionWorkingDays: number;
}

interface Template {
  subject(reference: string): string;
  paragraphs(c: Complaint, dates: { received: string; due: string }, ctx: AcknowledgementContext): string[];
  locale: string;
}

const TEMPLATES: Record<Language, Template> = {
  ZH_CN: {
    locale: 'zh-CN',
    subject: (reference) => `我们已收到您的投诉(编号 ${reference})`,
    paragraphs: (c, { received, due }, ctx) => [
      `尊敬的${c.complainant.name}:`,
      `我们已于 ${received} 收到您对"${c.respondent.name}"的投诉,投诉编号为 ${c.reference}。请保存此编号。`,
      `接下来:我们将在 ${ctx.acceptanceDecisionWorkingDays} 个工作日内(${due} 前)决定是否受理,并通知您结果。受理后,将由专人负责调查处理。`,
      `查询进度:请访问 ${ctx.trackingUrl},输入投诉编号和提交投诉时获得的查询码。`,
      '此邮件由系统自动发送,请勿直接回复。',
    ],
  },
  EN: {
    locale: 'en-GB',
    subject: (reference) => `We have received your complaint (reference ${reference})`,
    paragraphs: (c, { received, due }, ctx) => [
      `Dear ${c.complainant.name},`,
      `We received your complaint about "${c.respondent.name}" on ${received}. Your reference is ${c.reference}; please keep it.`,
      `What happens next: within ${ctx.acceptanceDecisionWorkingDays} working days (by ${due}) we will decide whether we can take your complaint on and tell you. Once accepted, a named handler investigates it.`,
      `Track your complaint at ${ctx.trackingUrl} with your reference and the access code you were given when you submitted it.`,
      'This message was sent automatically; please do not reply to it.',
    ],
  },
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** The acknowledgement (受理回执) in the complainant's language. */
export function acknowledgementEmail(complaint: Complaint, to: string, ctx: AcknowledgementContext): EmailMessage {
  const template = TEMPLATES[complaint.complainant.preferredLanguage];
  const deadline = complaint.deadlines.find((d) => d.kind === 'ACCEPTANCE_DECISION');
  const format = new Intl.DateTimeFormat(template.locale, { timeZone: ctx.timeZone, dateStyle: 'long' });
  const paragraphs = template.paragraphs(
    complaint,
    { received: format.format(new Date(complaint.receivedAt)), due: deadline ? format.format(new Date(deadline.dueAt)) : '' },
    ctx,
  );
  return {
    to,
    subject: template.subject(complaint.reference),
    text: paragraphs.join('\n\n'),
    html: `<!doctype html><html lang="${template.locale}"><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
  };
}
