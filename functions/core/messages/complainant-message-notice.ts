import type { Complaint, Language, Notification } from '../complaint';
import type { EmailMessage } from '../ports';
import { LOCALE, longDateTime } from './format';
import { htmlDocument, plainText } from './html';
import { STATUS } from './phrases';

interface MessageWording {
  subject(reference: string): string;
  wrote(reference: string, at: string): string;
  status(status: string): string;
  open: string;
}

const WORDING: Record<Language, MessageWording> = {
  ZH_CN: {
    subject: (reference) => `【投诉人来信】投诉 ${reference}`,
    wrote: (reference, at) => `投诉 ${reference} 的投诉人于 ${at}通过邮件发来一条新消息。`,
    status: (status) => `当前状态：${status}。`,
    open: '为保护投诉人的个人信息，本邮件不含消息内容；请在投诉处理系统中查看该投诉的时间线。',
  },
  EN: {
    subject: (reference) => `[Complainant message] ${reference}`,
    wrote: (reference, at) => `The complainant of ${reference} wrote a new message by email on ${at}.`,
    status: (status) => `Current status: ${status}.`,
    open: "To protect the complainant's personal data, this message leaves out what they wrote; read it in the complaint's timeline in the complaint system.",
  },
};

/** For a member of staff who has not set a language: Chinese, the platform's home language, then English. */
const BOTH: Language[] = ['ZH_CN', 'EN'];

/**
 * Tells the handler (or whoever stands in) that the complainant wrote, in their language,
 * or in Chinese then English when they have not set one. Like the escalation notice it
 * carries no personal data, only the reference, when and the status: staff read the
 * message itself in the complaint system.
 */
export function complainantMessageNotice(notification: Notification, complaint: Complaint, timeZone: string, language?: Language): Omit<EmailMessage, 'to'> {
  const languages = language ? [language] : BOTH;
  const sections = languages.map((lang) => {
    const w = WORDING[lang];
    return {
      lang: LOCALE[lang],
      paragraphs: [w.wrote(complaint.reference, longDateTime(notification.detail?.at ?? notification.updatedAt, lang, timeZone)), w.status(STATUS[lang][complaint.status]), w.open],
    };
  });
  return { subject: WORDING[language ?? 'EN'].subject(complaint.reference), text: plainText(sections), html: htmlDocument(sections) };
}
