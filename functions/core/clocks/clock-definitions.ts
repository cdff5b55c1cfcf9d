import type { ClockEvent, ClockSource } from '../../graphql/generated/types';
import type { DurationUnit } from './durations';

/** ClockEvent: the lifecycle events that start and stop clocks. ClockSource: the organization's own SLA, or a jurisdiction's rules. */
export type { ClockEvent, ClockSource };

export interface ClockDefinition {
  /** Stable, e.g. 'CN_ACCEPTANCE', 'SLA_FIRST_RESPONSE'. */
  id: string;
  source: ClockSource;
  label: { en: string; zhCN: string };
  startsOn: ClockEvent;
  /** The event that meets the clock. */
  stopsOn: ClockEvent;
  amount: number;
  unit: DurationUnit;
  /** SLA clocks pause while the organization awaits the complainant; statutory ones run on. */
  pausable: boolean;
  /** Statutory clocks count on their jurisdiction's calendar; without one, the organization's. */
  calendarId?: string;
}

export type StatutoryRegime = Exclude<ClockSource, 'SLA'>;

export const STATUTORY_PROFILES: Record<StatutoryRegime, ClockDefinition[]> = {
  CN: [
    {
      id: 'CN_ACCEPTANCE',
      source: 'CN',
      label: { en: 'Decision on acceptance (7 working days)', zhCN: '受理决定（7个工作日）' },
      startsOn: 'RECEIVED',
      stopsOn: 'ACCEPTANCE_DECISION',
      amount: 7,
      unit: 'WORKING_DAYS',
      pausable: false,
      calendarId: 'CN',
    },
    {
      id: 'CN_MEDIATION',
      source: 'CN',
      label: { en: 'Mediation (45 working days)', zhCN: '调解期限（45个工作日）' },
      startsOn: 'ACCEPTED',
      stopsOn: 'RESOLUTION',
      amount: 45,
      unit: 'WORKING_DAYS',
      pausable: false,
      calendarId: 'CN',
    },
  ],
  UK_FCA: [
    {
      id: 'UK_FCA_SUMMARY_RESOLUTION',
      source: 'UK_FCA',
      label: { en: 'Summary resolution (3 business days)', zhCN: '简易处理（3个工作日）' },
      startsOn: 'RECEIVED',
      stopsOn: 'RESOLUTION',
      amount: 3,
      unit: 'WORKING_DAYS',
      pausable: false,
      calendarId: 'UK',
    },
    {
      id: 'UK_FCA_FINAL_RESPONSE',
      source: 'UK_FCA',
      label: { en: 'Final response (8 weeks)', zhCN: '最终答复（8周）' },
      startsOn: 'RECEIVED',
      stopsOn: 'RESOLUTION',
      amount: 8,
      unit: 'WEEKS',
      pausable: false,
      calendarId: 'UK',
    },
  ],
  US_CFPB: [
    {
      id: 'US_CFPB_COMPANY_RESPONSE',
      source: 'US_CFPB',
      label: { en: 'Company response (15 days)', zhCN: '企业回复（15天）' },
      startsOn: 'RECEIVED',
      stopsOn: 'FIRST_RESPONSE',
      amount: 15,
      unit: 'CALENDAR_DAYS',
      pausable: false,
    },
    {
      id: 'US_CFPB_FINAL_RESPONSE',
      source: 'US_CFPB',
      label: { en: 'Final response (60 days)', zhCN: '最终答复（60天）' },
      startsOn: 'RECEIVED',
      stopsOn: 'RESOLUTION',
      amount: 60,
      unit: 'CALENDAR_DAYS',
      pausable: false,
    },
  ],
};
