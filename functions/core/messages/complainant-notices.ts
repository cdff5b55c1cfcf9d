import type { Language, NotificationKind } from '../../graphql/generated/schema-types';

/** Every kind but the escalation (to staff) and the webhook (to a partner, not an email). */
export type ComplainantNoticeKind = Exclude<NotificationKind, 'ESCALATION' | 'WEBHOOK' | 'COMPLAINANT_MESSAGE'>;

/**
 * What a complainant notice may say, already in the reader's language (dates and enum
 * phrases formatted). The last four are what particular notices exist to carry: reading
 * one the complaint lacks throws NoticeContentMissing.
 */
export interface NoticeFacts {
  name: string;
  reference: string;
  respondent: string;
  /** The portal's track page for this complaint: its reference filled in, never the access code. */
  trackingUrl: string;
  received: string;
  /** The acceptance decision's due date; `statutory` when it is the CN 7-working-day limit. */
  acceptanceDue?: { date: string; statutory: boolean; provisional: boolean };
  handlerName?: string;
  feedbackDue?: string;
  hasFeedback: boolean;
  /** From the final response, when there is one. */
  furtherRecourse?: string;
  /** duplicateOf: the reference of the complainant's earlier complaint this one was merged into. */
  rejection: { reason?: string; explanation?: string; duplicateOf?: string; furtherRecourse: string };
  question: string;
  reply: string;
  finalResponse: { outcome: string; reasons: string; remedies?: string; remedyDetails?: string; followUpMeasures: string; furtherRecourse: string };
}

/** Greeting, then what happened, then what happens next; the renderer adds how to track and the footer. */
export interface NoticeText {
  subject: string;
  happened: string[];
  next: string[];
}

export interface Wording {
  greeting(name: string): string;
  /** Every link in the wording is followed by a space or a line end: mail clients take touching punctuation into it. */
  /** `link` opens the track page with the reference filled in; the reader types the access code. */
  track(link: string): string;
  /** `replies` when a reply joins the complaint (the email has its reply address); `noReplies` on a deployment that takes no email in. */
  footer: { replies: string; noReplies: string };
  notices: Record<ComplainantNoticeKind, (f: NoticeFacts) => NoticeText>;
}

/** Optional lines are written `cond ? line : []` and flattened, so a table entry stays one expression. */
const lines = (...parts: (string | string[])[]): string[] => parts.flat();

/** A final response as the complainant reads it: in the email, and on each RESOLVED step of their timeline. */
export const ANSWER: Record<Language, (r: NoticeFacts['finalResponse']) => string[]> = {
  ZH_CN: (r) =>
    lines(
      `结论：${r.outcome}。`,
      `理由：${r.reasons}`,
      r.remedies ? `补救措施：${r.remedies}。` : '我们不提供补救措施。',
      r.remedyDetails ? `具体安排：${r.remedyDetails}` : [],
      `改进措施：${r.followUpMeasures}`,
    ),
  EN: (r) =>
    lines(
      `Outcome: your complaint is ${r.outcome}.`,
      `Our reasons: ${r.reasons}`,
      r.remedies ? `What we offer: ${r.remedies}.` : 'We are not offering a remedy.',
      r.remedyDetails ? `Details: ${r.remedyDetails}` : [],
      `What we are changing so that it does not happen again: ${r.followUpMeasures}`,
    ),
};

export const WORDING: Record<Language, Wording> = {
  ZH_CN: {
    greeting: (name) => `尊敬的${name}：`,
    track: (url) => `查询进度：请打开以下链接（投诉编号已填好），输入提交投诉时获得的查询码。\n${url}`,
    footer: { replies: '您可以直接回复此邮件：回复内容将加入您的投诉，由处理人查看。', noReplies: '此邮件由系统自动发送，回复不会被处理；请通过上方链接查询或补充信息。' },
    notices: {
      ACKNOWLEDGEMENT: (f) => ({
        subject: `我们已收到您的投诉（编号 ${f.reference}）`,
        happened: [`我们已于 ${f.received} 收到您对“${f.respondent}”的投诉，投诉编号为 ${f.reference}。请保存此编号。`],
        next: lines(
          `接下来：${
            !f.acceptanceDue
              ? '我们将决定是否受理'
              : f.acceptanceDue.statutory
                ? `我们将在 7 个工作日内（${f.acceptanceDue.date} 前）决定是否受理`
                : `我们将在 ${f.acceptanceDue.date} 前决定是否受理`
          }，并通知您结果。受理后，将由专人负责调查处理。`,
          f.acceptanceDue?.provisional ? '该日期按法定节假日估算，官方放假安排公布后可能调整。' : [],
        ),
      }),
      ACCEPTED: (f) => ({
        subject: `您的投诉已受理（编号 ${f.reference}）`,
        happened: [`我们已受理您对“${f.respondent}”的投诉（编号 ${f.reference}）。`],
        next: ['接下来：我们将安排专人调查处理，并在有进展时通知您。'],
      }),
      REJECTED: (f) => ({
        subject: `您的投诉未被受理（编号 ${f.reference}）`,
        happened: lines(
          `经审查，我们决定不予受理您对“${f.respondent}”的投诉（编号 ${f.reference}）。`,
          f.rejection.reason ? `原因：${f.rejection.reason}。` : [],
          f.rejection.explanation ? `说明：${f.rejection.explanation}` : [],
          f.rejection.duplicateOf ? `此投诉与您此前提交的投诉（编号 ${f.rejection.duplicateOf}）内容相同，我们将在该投诉中一并处理。请以编号 ${f.rejection.duplicateOf} 查询后续进展。` : [],
        ),
        next: ['如您不同意此决定，可以通过以下途径进一步处理：', f.rejection.furtherRecourse],
      }),
      HANDLER_ASSIGNED: (f) => ({
        subject: `您的投诉已有专人负责（编号 ${f.reference}）`,
        happened: [
          f.handlerName ? `您的投诉（编号 ${f.reference}）已交由 ${f.handlerName} 负责处理。` : `您的投诉（编号 ${f.reference}）已安排专人负责处理。`,
        ],
        next: ['接下来：处理人将调查核实有关情况，如需您补充信息会与您联系。'],
      }),
      INFORMATION_REQUESTED: (f) => ({
        subject: `请补充投诉信息（编号 ${f.reference}）`,
        happened: [`为处理您的投诉（编号 ${f.reference}），我们需要您补充以下信息：`, f.question],
        next: [`请访问 ${f.trackingUrl} 作答。在您答复之前，我们的处理时限暂停计算。`],
      }),
      PUBLIC_REPLY: (f) => ({
        subject: `关于您投诉的回复（编号 ${f.reference}）`,
        happened: [`关于您的投诉（编号 ${f.reference}），处理人回复如下：`, f.reply],
        next: ['我们会继续处理您的投诉，并告知您进展。'],
      }),
      FINAL_RESPONSE: (f) => ({
        subject: `投诉处理结果（编号 ${f.reference}）`,
        happened: [`我们已完成对您就“${f.respondent}”所提投诉（编号 ${f.reference}）的调查，现作出最终答复。`, ...ANSWER.ZH_CN(f.finalResponse)],
        next: ['如您对本答复不满意，可以通过以下途径进一步处理：', f.finalResponse.furtherRecourse, '稍后我们会请您评价本次处理。'],
      }),
      FEEDBACK_SURVEY: (f) => ({
        subject: `请评价我们对您投诉的处理（编号 ${f.reference}）`,
        happened: [`我们已就您的投诉（编号 ${f.reference}）作出最终答复。`],
        next: [
          `请访问 ${f.trackingUrl} 为我们的处理打分（1 分表示非常不满意，5 分表示非常满意），并告诉我们问题是否已经解决${f.feedbackDue ? `；请在 ${f.feedbackDue} 前评价` : ''}。`,
          '如您表示问题未解决，我们会重新审视您的投诉。',
        ],
      }),
      CLOSED: (f) => ({
        subject: `您的投诉已办结（编号 ${f.reference}）`,
        happened: lines(`您的投诉（编号 ${f.reference}）已办结。`, f.hasFeedback ? '感谢您的评价。' : []),
        next: f.furtherRecourse ? ['如您对处理结果仍不满意，可以通过以下途径进一步处理：', f.furtherRecourse] : [],
      }),
      REOPENED: (f) => ({
        subject: `您的投诉已重新开启（编号 ${f.reference}）`,
        happened: [`我们已重新开启您的投诉（编号 ${f.reference}）。`],
        next: ['接下来：我们会安排专人重新审视您的投诉，并将结果告知您。'],
      }),
      WITHDRAWN: (f) => ({
        subject: `您的投诉已撤回（编号 ${f.reference}）`,
        happened: [`按照您的要求，您对“${f.respondent}”的投诉（编号 ${f.reference}）已撤回。`],
        next: ['我们不会再就此投诉采取进一步行动。如有需要，您可以随时重新提交投诉。'],
      }),
    },
  },
  EN: {
    greeting: (name) => `Dear ${name},`,
    track: (url) => `Track your complaint at ${url} (your reference is filled in) with the access code you were given when you submitted it.`,
    footer: {
      replies: 'You can reply to this email: your reply is added to your complaint for your handler to read.',
      noReplies: 'This message was sent automatically and replies to it are not read; use the link above to follow or add to your complaint.',
    },
    notices: {
      ACKNOWLEDGEMENT: (f) => ({
        subject: `We have received your complaint (reference ${f.reference})`,
        happened: [`We received your complaint about "${f.respondent}" on ${f.received}. Your reference is ${f.reference}; please keep it.`],
        next: lines(
          `What happens next: ${
            !f.acceptanceDue
              ? 'we will decide whether we can take your complaint on'
              : f.acceptanceDue.statutory
                ? `within 7 working days (by ${f.acceptanceDue.date}) we will decide whether we can take your complaint on`
                : `by ${f.acceptanceDue.date} we will decide whether we can take your complaint on`
          } and tell you. Once accepted, a named handler investigates it.`,
          f.acceptanceDue?.provisional ? "That date is an estimate: that year's official holidays are not published yet." : [],
        ),
      }),
      ACCEPTED: (f) => ({
        subject: `We have accepted your complaint (reference ${f.reference})`,
        happened: [`We have accepted your complaint about "${f.respondent}" (reference ${f.reference}).`],
        next: ['What happens next: a named handler will investigate it and keep you informed.'],
      }),
      REJECTED: (f) => ({
        subject: `We cannot take on your complaint (reference ${f.reference})`,
        happened: lines(
          `We have reviewed your complaint about "${f.respondent}" (reference ${f.reference}) and cannot take it on.`,
          f.rejection.reason ? `Reason: ${f.rejection.reason}.` : [],
          f.rejection.explanation ? `Explanation: ${f.rejection.explanation}` : [],
          f.rejection.duplicateOf
            ? `It repeats the complaint you made earlier, reference ${f.rejection.duplicateOf}, which we are handling: please follow that reference for progress.`
            : [],
        ),
        next: ['If you disagree with this decision, you can take it further:', f.rejection.furtherRecourse],
      }),
      HANDLER_ASSIGNED: (f) => ({
        subject: `A handler is looking after your complaint (reference ${f.reference})`,
        happened: [
          f.handlerName
            ? `${f.handlerName} is now handling your complaint (reference ${f.reference}).`
            : `A handler has been assigned to your complaint (reference ${f.reference}).`,
        ],
        next: ['What happens next: your handler will look into what happened and will contact you if they need more information.'],
      }),
      INFORMATION_REQUESTED: (f) => ({
        subject: `We need more information about your complaint (reference ${f.reference})`,
        happened: [`To handle your complaint (reference ${f.reference}) we need you to tell us:`, f.question],
        next: [`Our handling time is paused until you answer. Please answer at:\n${f.trackingUrl}`],
      }),
      PUBLIC_REPLY: (f) => ({
        subject: `A reply about your complaint (reference ${f.reference})`,
        happened: [`Your handler has replied about your complaint (reference ${f.reference}):`, f.reply],
        next: ['We will keep working on your complaint and tell you how it progresses.'],
      }),
      FINAL_RESPONSE: (f) => ({
        subject: `Our final response to your complaint (reference ${f.reference})`,
        happened: [
          `We have finished investigating your complaint about "${f.respondent}" (reference ${f.reference}). This is our final response.`,
          ...ANSWER.EN(f.finalResponse),
        ],
        next: [
          'If you are not satisfied with this response, you can take it further:',
          f.finalResponse.furtherRecourse,
          'We will shortly ask you how satisfied you are with how we handled your complaint.',
        ],
      }),
      FEEDBACK_SURVEY: (f) => ({
        subject: `How did we handle your complaint? (reference ${f.reference})`,
        happened: [`We have sent our final response to your complaint (reference ${f.reference}).`],
        next: [
          `Please go to ${f.trackingUrl} to rate how we handled it from 1 (very dissatisfied) to 5 (very satisfied) and tell us whether the problem is resolved${f.feedbackDue ? ` by ${f.feedbackDue}` : ''}.`,
          'If you tell us it is not resolved, we will look at your complaint again.',
        ],
      }),
      CLOSED: (f) => ({
        subject: `Your complaint is closed (reference ${f.reference})`,
        happened: lines(`We have closed your complaint (reference ${f.reference}).`, f.hasFeedback ? 'Thank you for your feedback.' : []),
        next: f.furtherRecourse ? ['If you are still not satisfied with the outcome, you can take it further:', f.furtherRecourse] : [],
      }),
      REOPENED: (f) => ({
        subject: `We have reopened your complaint (reference ${f.reference})`,
        happened: [`We have reopened your complaint (reference ${f.reference}).`],
        next: ['What happens next: someone will look at it again and write to you with the outcome.'],
      }),
      WITHDRAWN: (f) => ({
        subject: `Your complaint has been withdrawn (reference ${f.reference})`,
        happened: [`As you asked, your complaint about "${f.respondent}" (reference ${f.reference}) has been withdrawn.`],
        next: ['We will take no further action on it. You can make a new complaint at any time.'],
      }),
    },
  },
};
