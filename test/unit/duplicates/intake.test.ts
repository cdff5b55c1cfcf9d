import type { ComplaintChange } from '../../../functions/core/complaint';
import type { DuplicateIndex } from '../../../functions/core/duplicates/ports';
import type { IdempotencyRecord } from '../../../functions/core/partners/idempotency';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';

/** An index over what the store was given: the buckets and phone hashes each new complaint carries. */
class RecordingStore extends InMemoryStore {
  readonly indexed: ComplaintChange[] = [];
  override async create(change: ComplaintChange, idempotency?: IdempotencyRecord): Promise<void> {
    await super.create(change, idempotency);
    this.indexed.push(change);
  }
}

function indexOver(store: RecordingStore): DuplicateIndex {
  const ids = (has: (c: ComplaintChange) => boolean) => store.indexed.filter(has).map((c) => c.complaint.id).reverse();
  return {
    bucket: async (_org, band) => ids((c) => c.duplicateIndex?.bands.includes(band) ?? false),
    samePhone: async (_org, hash) => ids((c) => c.duplicateIndex?.phoneHash === hash),
    sameEmail: async () => [],
    candidates: async (wanted) => (await Promise.all(wanted.map((id) => store.get(id)))).flatMap((c) => c ?? []),
  };
}

function setup(duplicates?: (store: RecordingStore) => DuplicateIndex) {
  const store = new RecordingStore();
  store.settings = SETTINGS;
  const logger = recordingLogger();
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  const deps = { store, clock, settingsDefaults: DEFAULTS, logger, workflow: { start: async () => undefined }, duplicates: duplicates?.(store) };
  return { deps, store, logger, clock };
}

const FACTS = '家中两周没有信号，客服热线一直无人接听，营业厅说基站维修但一直没有修好，要求退还两周月租并赔偿损失。';

describe('duplicate suggestions at intake', () => {
  it('stores the suggestion with the new complaint and writes its own buckets and phone hash for later ones', async () => {
    const { deps, store, clock } = setup(indexOver);
    const first = await submitComplaint(deps, sampleSubmission({ facts: FACTS }), { kind: 'COMPLAINANT' });
    clock.advance(3_600_000);
    const second = await submitComplaint(deps, sampleSubmission({ facts: `${FACTS}请尽快处理。`, channel: 'PHONE' }), { kind: 'COMPLAINANT' });
    expect(second.complaint.duplicateSuggestions).toEqual([
      { complaintId: first.complaint.id, reference: first.complaint.reference, score: expect.any(Number), reasons: ['SAME_CONTACT', 'SIMILAR_TEXT'], status: 'OPEN' },
    ]);
    expect(first.complaint.duplicateSuggestions).toBeUndefined();
    const index = store.indexed[1].duplicateIndex!;
    expect(index.bands).toHaveLength(16);
    expect(index.phoneHash).toMatch(/^[0-9a-f]{64}$/);
    // Buckets live for the 180-day text window, the phone for the 30-day contact window.
    expect(index.bandsExpireAt).toBe(Date.parse('2026-11-30T03:00:00Z') / 1000 + 180 * 86_400);
    expect(index.phoneExpiresAt).toBe(Date.parse('2026-11-30T03:00:00Z') / 1000 + 30 * 86_400);
  });

  it('still receives the complaint when the lookup fails, logging the error name only', async () => {
    const failing = (): DuplicateIndex => {
      const boom = async (): Promise<string[]> => {
        throw Object.assign(new Error(`lookup failed for ${FACTS}`), { name: 'ProvisionedThroughputExceededException' });
      };
      return { bucket: boom, samePhone: boom, sameEmail: boom, candidates: async () => [] };
    };
    const { deps, store, logger } = setup(failing);
    const { complaint } = await submitComplaint(deps, sampleSubmission({ facts: FACTS }), { kind: 'COMPLAINANT' });
    expect((await store.get(complaint.id))?.status).toBe('RECEIVED');
    expect(complaint.duplicateSuggestions).toBeUndefined();
    expect(store.indexed[0].duplicateIndex?.bands).toHaveLength(16);
    expect(logger.lines).toContain(JSON.stringify({ level: 'warn', event: 'intake.duplicate_check_failed', errorName: 'ProvisionedThroughputExceededException' }));
    expect(logger.lines.join('\n')).not.toContain('信号');
  });
});
