import type { ComplaintStatus, EscalationLevel, Language, Outcome, RejectionReason, Remedy } from '../../graphql/generated/schema-types';

/** The enums as readers see them, one table per language. */

/** Fits "结论：…。" / "Outcome: your complaint is …." */
export const OUTCOME: Record<Language, Record<Outcome, string>> = {
  ZH_CN: { UPHELD: '投诉成立', PARTLY_UPHELD: '投诉部分成立', NOT_UPHELD: '投诉不成立' },
  EN: { UPHELD: 'upheld', PARTLY_UPHELD: 'partly upheld', NOT_UPHELD: 'not upheld' },
};

/** Items of a list of what is offered. */
export const REMEDY: Record<Language, Record<Remedy, string>> = {
  ZH_CN: {
    REFUND: '退款',
    REPLACEMENT: '更换',
    REPAIR: '维修',
    COMPENSATION: '赔偿',
    APOLOGY: '赔礼道歉',
    EXPLANATION: '作出解释',
    OTHER: '其他补救措施（详见下文）',
  },
  EN: {
    REFUND: 'a refund',
    REPLACEMENT: 'a replacement',
    REPAIR: 'a repair',
    COMPENSATION: 'compensation',
    APOLOGY: 'an apology',
    EXPLANATION: 'an explanation',
    OTHER: 'another remedy, described below',
  },
};

/** Fits "原因：…。" / "Reason: …." */
export const REJECTION_REASON: Record<Language, Record<RejectionReason, string>> = {
  ZH_CN: {
    OUT_OF_SCOPE: '投诉事项不属于我们的受理范围',
    DUPLICATE: '与已经提出的投诉重复',
    INSUFFICIENT_INFORMATION: '所提供的信息不足以处理该投诉',
    TIME_BARRED: '已超过提出投诉的期限',
    BEFORE_COURT_OR_MEDIATOR: '同一事项已由法院、仲裁机构或调解组织受理',
    OTHER: '其他原因',
  },
  EN: {
    OUT_OF_SCOPE: 'the matter is outside the scope of the complaints we handle',
    DUPLICATE: 'it repeats a complaint already made',
    INSUFFICIENT_INFORMATION: 'we do not have enough information to handle it',
    TIME_BARRED: 'it was made after the time limit for complaints',
    BEFORE_COURT_OR_MEDIATOR: 'the same matter is already before a court, arbitrator or mediator',
    OTHER: 'another reason',
  },
};

export const STATUS: Record<Language, Record<ComplaintStatus, string>> = {
  ZH_CN: {
    RECEIVED: '已收到',
    ACCEPTED: '已受理',
    REJECTED: '不予受理',
    ASSIGNED: '已分配处理人',
    INVESTIGATING: '调查中',
    AWAITING_COMPLAINANT: '等待投诉人补充信息',
    RESOLVED: '已答复',
    FEEDBACK_PENDING: '等待评价',
    CLOSED: '已办结',
    REOPENED: '已重新开启',
    WITHDRAWN: '已撤回',
  },
  EN: {
    RECEIVED: 'received',
    ACCEPTED: 'accepted',
    REJECTED: 'rejected',
    ASSIGNED: 'assigned',
    INVESTIGATING: 'investigating',
    AWAITING_COMPLAINANT: 'awaiting the complainant',
    RESOLVED: 'resolved',
    FEEDBACK_PENDING: 'awaiting feedback',
    CLOSED: 'closed',
    REOPENED: 'reopened',
    WITHDRAWN: 'withdrawn',
  },
};

export type RaisedLevel = Exclude<EscalationLevel, 'NONE'>;

/** The number staff know the levels by: L1 handler, L2 supervisor, L3 manager. */
export const LEVEL_NUMBER: Record<RaisedLevel, number> = { HANDLER: 1, SUPERVISOR: 2, MANAGER: 3 };

export const ESCALATION_LEVEL: Record<Language, Record<RaisedLevel, string>> = {
  ZH_CN: { HANDLER: '处理人', SUPERVISOR: '主管', MANAGER: '经理' },
  EN: { HANDLER: 'handler', SUPERVISOR: 'supervisor', MANAGER: 'manager' },
};

/** Said of a clock whose due time was counted on estimated holidays (RunningClock.provisional). */
export const PROVISIONAL_DUE: Record<Language, string> = {
  ZH_CN: '暂定：该年度的官方放假和调休安排尚未公布，截止时间按法定节假日估算，公布后可能调整。',
  EN: "Provisional: that year's official holidays are not published yet, so the due time is counted on the statutory holidays and may change once they are.",
};
