import { receiveComplaint } from '../../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../../functions/core/intake/validate-submission';
import { sampleSubmission } from '../../harness/sample';
import { SETTINGS } from './test-policy';

const receive = (at: string, overrides: Parameters<typeof sampleSubmission>[0] = {}) => {
  const receivedAt = new Date(at);
  const submission = validateSubmission(sampleSubmission(overrides), receivedAt, SETTINGS.timeZone);
  return receiveComplaint(submission, { id: 'c1', reference: 'CP-20261130-AAAAAA', accessCode: 'AAAAA-BBBBB', receivedAt, actor: { kind: 'COMPLAINANT' } }, SETTINGS).complaint;
};

describe('receiving a complaint', () => {
  it("files it under the organization's own day, not the UTC one", () => {
    // 04:00 on 30 November in Shanghai is still 29 November in UTC.
    const c = receive('2026-11-29T20:00:00.000Z');
    expect(c.receivedAt).toBe('2026-11-29T20:00:00.000Z');
    expect(c.receivedOn).toBe('2026-11-30');
  });

  it('records whether the complainant agreed to publish the facts, and assumes not when unsaid', () => {
    expect(receive('2026-11-30T02:00:00.000Z', { consentToPublishNarrative: true }).narrativeConsent).toBe(true);
    expect(receive('2026-11-30T02:00:00.000Z').narrativeConsent).toBe(false);
  });
});
