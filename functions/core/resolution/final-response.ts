import type { FinalResponseInput, Jurisdiction, Language, Remedy } from '../../graphql/generated/schema-types';
import { addDays, localDate } from '../clocks/time-zone';
import type { FieldIssue } from '../errors';
import { calendarDate } from '../messages/format';

/** Documented limits of FinalResponseInput (also in schema.graphql), in characters. */
export const FINAL_RESPONSE_LIMITS = { reasons: 5000, followUpMeasures: 2000, remedyDetails: 2000 } as const;

/** Remedies whose substance the complainant can only know from the details (how much, what exactly). */
const NEEDS_DETAILS: Remedy[] = ['OTHER', 'COMPENSATION'];

/**
 * Checks a final response against the documented rules. Returns every issue, fields named
 * from the mutation argument (`response.reasons`); messages name the rule, never the value.
 * NOT_UPHELD with a refund or compensation is allowed: a firm may offer redress without
 * accepting the complaint (FCA DISP 1.6.2R(1)(b)).
 */
export function checkFinalResponse(input: FinalResponseInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = (field: keyof typeof FINAL_RESPONSE_LIMITS, value: string | null | undefined, required: boolean): boolean => {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (required) issues.push({ field: `response.${field}`, message: 'is required' });
      return false;
    }
    const max = FINAL_RESPONSE_LIMITS[field];
    if ([...trimmed].length > max) issues.push({ field: `response.${field}`, message: `must be at most ${max} characters` });
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(trimmed)) issues.push({ field: `response.${field}`, message: 'contains control characters' });
    return true;
  };

  text('reasons', input.reasons, true);
  if (input.remedies.length === 0 && input.outcome !== 'NOT_UPHELD') {
    issues.push({ field: 'response.remedies', message: 'needs at least one remedy unless the outcome is NOT_UPHELD' });
  }
  if (new Set(input.remedies).size !== input.remedies.length) {
    issues.push({ field: 'response.remedies', message: 'must not list the same remedy twice' });
  }
  const hasDetails = text('remedyDetails', input.remedyDetails, false);
  if (!hasDetails && input.remedies.some((r) => NEEDS_DETAILS.includes(r))) {
    issues.push({ field: 'response.remedyDetails', message: 'is required when the remedies include OTHER or COMPENSATION' });
  }
  text('followUpMeasures', input.followUpMeasures, true);
  return issues;
}

interface RecourseWording {
  CN: string;
  UK_FCA(lastDay: string): string;
  US_CFPB(lastDay: string): string;
  none: string;
}

const RECOURSE: Record<Language, RecourseWording> = {
  ZH_CN: {
    // Full-width punctuation; a web address is followed by a space, so mail clients do not take the punctuation into the link.
    CN: '您可以通过全国 12315 平台（www.12315.cn 或拨打 12315）或向当地市场监督管理部门投诉，也可以依法申请调解、仲裁，或者向人民法院提起诉讼。',
    UK_FCA: (lastDay) =>
      `您有权将投诉免费提交英国金融申诉专员服务机构（Financial Ombudsman Service，网址 www.financial-ombudsman.org.uk ），但须在本最终答复之日起六个月内（即 ${lastDay} 前）提交。逾期提交的，申诉专员只能在极少数情况下受理。`,
    US_CFPB: (lastDay) =>
      `您可以在 consumerfinance.gov/complaint 向美国消费者金融保护局（CFPB）投诉。如您的投诉是经 CFPB 转来的，您可以在 60 天内（即 ${lastDay} 前）在该处就本答复提交反馈。`,
    none: '您可以向当地负责消费者权益保护的主管部门反映。',
  },
  EN: {
    CN: "You can complain through the national 12315 platform (www.12315.cn, or call 12315) or to your local market regulation department, or seek mediation or arbitration, or bring a claim in the people's court.",
    UK_FCA: (lastDay) =>
      `You can refer your complaint to the Financial Ombudsman Service (www.financial-ombudsman.org.uk), free of charge, but you must do so within six months of the date of this final response, that is by ${lastDay}. If you do not refer it in time, the Ombudsman will only be able to consider it in very limited circumstances.`,
    US_CFPB: (lastDay) =>
      `You can submit a complaint to the Consumer Financial Protection Bureau at consumerfinance.gov/complaint. If your complaint reached us through the CFPB, you can give feedback on this response there within 60 days, that is by ${lastDay}.`,
    none: 'You can contact the consumer protection authority responsible for your area.',
  },
};

const FOS_MONTHS = 6;
const CFPB_FEEDBACK_DAYS = 60;

/** `date` plus whole months; a day the target month lacks becomes its last day (31 Aug + 6 = 28/29 Feb). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * How to take a complaint further, one passage per jurisdiction (each once, in the given
 * order), in the complainant's language. Time limits count from the response's calendar
 * day in `timeZone`, the day printed on it.
 */
export function furtherRecourse(jurisdictions: Jurisdiction[], language: Language, respondedAt: Date, timeZone: string): string {
  const w = RECOURSE[language];
  const day = localDate(respondedAt, timeZone);
  const passage: Record<Jurisdiction, () => string> = {
    CN: () => w.CN,
    UK_FCA: () => w.UK_FCA(calendarDate(addMonths(day, FOS_MONTHS), language)),
    US_CFPB: () => w.US_CFPB(calendarDate(addDays(day, CFPB_FEEDBACK_DAYS), language)),
  };
  const unique = [...new Set(jurisdictions)];
  return unique.length === 0 ? w.none : unique.map((j) => passage[j]()).join('\n');
}
