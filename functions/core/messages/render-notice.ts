import { finalResponsesOf, type Complaint, type Language, type Notification } from '../complaint';
import type { EmailMessage } from '../ports';
import { furtherRecourse } from '../resolution/final-response';
import { WORDING, type ComplainantNoticeKind, type NoticeFacts } from './complainant-notices';
import { complainantMessageNotice } from './complainant-message-notice';
import { escalationNotice } from './escalation-notice';
import { phrasedFinalResponse } from './final-response-text';
import { LOCALE, calendarDate, longDate } from './format';
import { htmlDocument, plainText } from './html';
import { required } from './missing-content';
import { trackingLink } from './tracking-link';
import { REJECTION_REASON } from './phrases';

export interface NoticeContext {
  /** The portal's track page (TRACKING_URL); each email links to it with the complaint's reference filled in. */
  trackingUrl: string;
  /** The zone dates are shown in. */
  timeZone: string;
  staffName?: (id: string) => string | undefined;
  /** The language a member of staff reads email in, when they set one. */
  staffLanguage?: (id: string) => Language | undefined;
  /** The email carries the complaint's reply address: the footer says a reply joins the complaint. */
  replyable?: boolean;
}

/** The statutory CN limit first: the acknowledgement's "7 working days" is that limit. */
const ACCEPTANCE_CLOCKS = ['CN_ACCEPTANCE', 'SLA_ACCEPTANCE'];

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The email for a notification: to the complainant in their language, or (ESCALATION,
 * COMPLAINANT_MESSAGE) to staff in theirs, else Chinese and English (WEBHOOK is not an email and is refused). Throws NoticeContentMissing when the complaint lacks
 * what the notice exists to say.
 */
export function renderNotice(notification: Notification, complaint: Complaint, ctx: NoticeContext): Omit<EmailMessage, 'to'> {
  if (notification.kind === 'ESCALATION') return escalationNotice(notification, complaint, ctx.timeZone, ctx.staffLanguage?.(notification.recipient));
  if (notification.kind === 'COMPLAINANT_MESSAGE') return complainantMessageNotice(notification, complaint, ctx.timeZone, ctx.staffLanguage?.(notification.recipient));
  // Webhooks are posted to the partner (core/partners/webhook-delivery.ts), never emailed.
  if (notification.kind === 'WEBHOOK') throw new Error('a webhook notification is not an email');
  const language = complaint.complainant.preferredLanguage;
  const wording = WORDING[language];
  const facts = noticeFacts(notification.kind, notification, complaint, ctx, language);
  const notice = wording.notices[notification.kind](facts);
  const paragraphs = [wording.greeting(complaint.complainant.name), ...notice.happened, ...notice.next, wording.track(facts.trackingUrl), ctx.replyable ? wording.footer.replies : wording.footer.noReplies];
  const sections = [{ lang: LOCALE[language], paragraphs }];
  return { subject: notice.subject, text: plainText(sections), html: htmlDocument(sections) };
}

function noticeFacts(kind: ComplainantNoticeKind, notification: Notification, complaint: Complaint, ctx: NoticeContext, language: Language): NoticeFacts {
  const date = (instant: string) => longDate(instant, language, ctx.timeZone);
  const acceptance = ACCEPTANCE_CLOCKS.map((id) => complaint.clocks.find((c) => c.id === id)).find((c) => c !== undefined);
  const feedbackDueAt = notification.detail?.feedbackDueAt;
  return {
    name: complaint.complainant.name,
    reference: complaint.reference,
    respondent: complaint.respondent.name,
    trackingUrl: trackingLink(ctx.trackingUrl, complaint.reference),
    received: date(complaint.receivedAt),
    acceptanceDue: acceptance && { date: date(acceptance.dueAt), statutory: acceptance.id === 'CN_ACCEPTANCE', provisional: acceptance.provisional === true },
    handlerName: complaint.handlerId ? ctx.staffName?.(complaint.handlerId) : undefined,
    feedbackDue: feedbackDueAt && (CALENDAR_DATE.test(feedbackDueAt) ? calendarDate(feedbackDueAt, language) : date(feedbackDueAt)),
    hasFeedback: complaint.feedback !== undefined,
    furtherRecourse: complaint.finalResponse?.furtherRecourse,
    // Getters: only the notice that carries the content reads it, and fails when it is missing.
    get rejection() {
      const decision = required(complaint.decision, kind, 'the decision');
      return {
        reason: decision.reason && REJECTION_REASON[language][decision.reason],
        explanation: decision.explanation,
        duplicateOf: decision.duplicateOf,
        furtherRecourse: furtherRecourse(complaint.jurisdictions, language, new Date(decision.at), ctx.timeZone),
      };
    },
    get question() {
      return required(notification.detail?.text ?? complaint.pendingRequest, kind, 'the question');
    },
    get reply() {
      return required(notification.detail?.text, kind, 'the reply text');
    },
    get finalResponse() {
      const respondedAt = notification.detail?.respondedAt;
      const response = respondedAt ? finalResponsesOf(complaint).find((r) => r.at === respondedAt) : complaint.finalResponse;
      return phrasedFinalResponse(required(response, kind, 'the final response'), language);
    },
  };
}
