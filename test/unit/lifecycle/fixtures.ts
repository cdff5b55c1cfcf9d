import type { Complaint } from '../../../functions/core/complaint';
import { receiveComplaint } from '../../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../../functions/core/intake/validate-submission';
import type { StepContext } from '../../../functions/core/lifecycle/steps';
import { sampleSubmission } from '../../harness/sample';
import { SETTINGS } from '../core/test-policy';

/** Monday 30 Nov 2026, 10:00 in Shanghai. */
export const RECEIVED_AT = new Date('2026-11-30T02:00:00.000Z');

export function receivedComplaint(overrides: Parameters<typeof sampleSubmission>[0] = {}): Complaint {
  const submission = validateSubmission(sampleSubmission(overrides), RECEIVED_AT, SETTINGS.timeZone);
  return receiveComplaint(submission, { id: 'c1', reference: 'CP-20261130-AAAAAA', accessCode: 'AAAAA-BBBBB', receivedAt: RECEIVED_AT, actor: { kind: 'COMPLAINANT' } }, SETTINGS).complaint;
}

export const staff = (at: string | Date, id = 'h1'): StepContext => ({ actor: { kind: 'STAFF', id }, now: new Date(at), settings: SETTINGS });
