import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import type { TriageModel } from '../../../functions/core/triage/suggestions';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';

function setup(triage: TriageModel) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const logger = recordingLogger();
  const deps = { store, clock: new FakeClock('2026-11-30T02:00:00Z'), settingsDefaults: DEFAULTS, logger, workflow: { start: async () => undefined }, triage };
  return { deps, store, logger };
}

describe('triage at intake', () => {
  it('stores the suggestions with the new complaint and leaves its own category and priority as submitted', async () => {
    const seen: string[] = [];
    const { deps, store } = setup({
      suggest: async ({ text }) => {
        seen.push(text);
        return [{ kind: 'PRIORITY', value: 'URGENT', confidence: 0.8, source: 'test', status: 'OPEN' }];
      },
    });
    const input = sampleSubmission({ category: 'Billing', facts: '房子马上被法拍' });
    const { complaint } = await submitComplaint(deps, input, { kind: 'COMPLAINANT' });
    expect(seen).toEqual(['房子马上被法拍']);
    const stored = await store.get(complaint.id);
    expect(stored?.triageSuggestions).toEqual([{ kind: 'PRIORITY', value: 'URGENT', confidence: 0.8, source: 'test', status: 'OPEN' }]);
    expect([stored?.category, stored?.priority]).toEqual(['Billing', 'NORMAL']);
  });

  it('stores the complaint without suggestions when the model fails, and logs it without the text', async () => {
    const { deps, store, logger } = setup({
      suggest: async () => {
        throw new TypeError('model file unreadable');
      },
    });
    const { complaint } = await submitComplaint(deps, sampleSubmission({ facts: '房子马上被法拍' }), { kind: 'COMPLAINANT' });
    expect((await store.get(complaint.id))?.triageSuggestions).toBeUndefined();
    expect(JSON.stringify(logger.lines)).toContain('intake.triage_failed');
    expect(JSON.stringify(logger.lines)).not.toContain('法拍');
  });
});
