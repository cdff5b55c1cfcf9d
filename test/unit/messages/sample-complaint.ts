import type { RunningClock } from '../../../functions/core/clocks/running-clock';
import type { Complaint, Notification, NotificationKind } from '../../../functions/core/complaint';

/** A running CN working-day clock; notices read its id, due instant and whether it is paused or stopped. */
export const clock = (id: string, dueAt: string, overrides: Partial<RunningClock> = {}): RunningClock => ({
  id,
  source: 'CN',
  stopsOn: 'ACCEPTANCE_DECISION',
  unit: 'WORKING_DAYS',
  pausable: false,
  startedAt: '2026-11-30T02:00:00.000Z',
  dueAt,
  atRiskAt: dueAt,
  state: 'ON_TRACK',
  ...overrides,
});

/** A complaint received 2026-11-30 10:00 in Shanghai, with the CN 7-working-day acceptance clock. */
export function sampleComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'c-1',
    organizationId: 'org-1',
    reference: 'CP-2026-000123',
    accessCodeHash: 'f3a9c2e1d4b5a6978877665544332211',
    status: 'RECEIVED',
    channel: 'WEB',
    category: 'Mobile network',
    product: 'Prepaid plan',
    facts: '家中两周没有信号,客服热线一直无人接听。',
    remedyRequested: '修复信号并退还两周月租。',
    occurredOn: '2026-11-01',
    receivedAt: '2026-11-30T02:00:00.000Z',
    priority: 'NORMAL',
    region: '上海',
    jurisdictions: ['CN'],
    complainant: {
      name: '王小明',
      email: 'wang.xiaoming@example.com',
      phone: '+86 138 0013 8000',
      postalAddress: '上海市浦东新区世纪大道 100 号',
      preferredLanguage: 'ZH_CN',
    },
    respondent: { name: '某电信有限公司', address: '北京市西城区金融大街 1 号' },
    clocks: [clock('CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z')],
    escalation: { level: 'NONE' },
    workflowEpoch: 1,
    version: 1,
    ...overrides,
  };
}

/** The same complaint from an English-speaking complainant under the FCA. */
export function englishComplaint(overrides: Partial<Complaint> = {}): Complaint {
  const base = sampleComplaint();
  return sampleComplaint({
    jurisdictions: ['UK_FCA'],
    complainant: { ...base.complainant, name: 'Jane Smith', email: 'jane.smith@example.com', preferredLanguage: 'EN' },
    respondent: { name: 'Acme Bank plc' },
    ...overrides,
  });
}

export function notification(kind: NotificationKind, detail?: Record<string, string>, recipient = 'COMPLAINANT'): Notification {
  return { complaintId: 'c-1', version: 2, kind, recipient, state: 'PENDING', attempts: 0, updatedAt: '2026-11-30T02:00:00.000Z', detail };
}
