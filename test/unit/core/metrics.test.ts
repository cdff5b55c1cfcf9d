import { nextVersion, type Complaint } from '../../../functions/core/complaint';
import { stopClock } from '../../../functions/core/clocks/running-clock';
import { advanceComplaint } from '../../../functions/core/lifecycle/advance-complaint';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import type { MetricDimensions, MetricName } from '../../../functions/core/metric-names';
import { countChange, type Metrics } from '../../../functions/core/metrics';
import { sendPendingNotifications } from '../../../functions/core/notifications';
import type { EmailMessage } from '../../../functions/core/ports';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { receivedComplaint } from '../lifecycle/fixtures';
import { DEFAULTS, SETTINGS, recordingLogger } from './test-policy';

/** Each count as `Name` or `Name{Dimension=value}`. */
function recordingMetrics(): Metrics & { counted: string[] } {
  const counted: string[] = [];
  const count = (name: MetricName, dimensions: MetricDimensions = {}) => {
    const dims = Object.entries(dimensions).map(([k, v]) => `${k}=${v}`);
    counted.push(dims.length ? `${name}{${dims.join(',')}}` : name);
  };
  return { counted, count };
}

async function stored(complaint: Complaint) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  await store.create({ complaint, audit: { complaintId: complaint.id, version: complaint.version, at: complaint.receivedAt, actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
  const clock = new FakeClock(complaint.receivedAt);
  const metrics = recordingMetrics();
  return { clock, metrics, deps: { store, clock, logger: recordingLogger(), settingsDefaults: DEFAULTS, metrics } };
}

describe('what the platform counts for its operators', () => {
  it('counts a complaint received, by its channel', async () => {
    const store = new InMemoryStore();
    store.settings = SETTINGS;
    const metrics = recordingMetrics();
    const deps = { store, clock: new FakeClock('2026-11-30T02:00:00Z'), logger: recordingLogger(), settingsDefaults: DEFAULTS, metrics, workflow: { start: async () => undefined } };
    await submitComplaint(deps, sampleSubmission({ channel: 'EMAIL' }), { kind: 'COMPLAINANT' });
    expect(metrics.counted).toEqual(['ComplaintsReceived{Channel=EMAIL}']);
  });

  it('counts the clock that breached by its source and each escalation by its level, once however often the workflow wakes', async () => {
    const { deps, clock, metrics } = await stored({ ...receivedComplaint(), teamId: 'mobile', handlerId: 'h1', status: 'ASSIGNED' });
    clock.set('2026-12-01T17:00:00Z');
    await advanceComplaint(deps, 'c1', 1);
    await advanceComplaint(deps, 'c1', 1);
    expect(metrics.counted).toEqual(['ClocksBreached{Source=SLA}', 'Escalations{Level=HANDLER}', 'Escalations{Level=SUPERVISOR}']);
  });

  it('counts acceptance and resolution, and a clock stopped after its due instant as breached', () => {
    const metrics = recordingMetrics();
    const received = receivedComplaint();
    const staff = { kind: 'STAFF' as const, id: 'h1' };
    countChange(metrics, received, nextVersion(received, { status: 'ACCEPTED' }, 'ACCEPTED', staff, new Date('2026-11-30T03:00:00Z')));
    const late = new Date('2026-12-20T03:00:00Z');
    const resolved = nextVersion(received, { status: 'RESOLVED', clocks: received.clocks.map((c) => stopClock(c, late)) }, 'RESOLVED', staff, late);
    countChange(metrics, received, resolved);
    const breached = resolved.complaint.clocks.filter((c) => c.state === 'BREACHED');
    expect(breached.map((c) => c.source)).toContain('CN');
    expect(metrics.counted).toEqual(['ComplaintsAccepted', 'ComplaintsResolved', ...breached.map((c) => `ClocksBreached{Source=${c.source}}`)]);
  });

  it('counts emails sent and failed, one per attempt', async () => {
    const store = new InMemoryStore();
    store.settings = SETTINGS;
    const metrics = recordingMetrics();
    let failures = 1;
    const mailer = {
      send: (m: EmailMessage) => (failures-- > 0 ? Promise.reject(new Error(`cannot reach ${m.to}`)) : Promise.resolve({ messageId: 'ses-1' })),
    };
    const deps = { store, clock: new FakeClock('2026-11-30T02:00:00Z'), logger: recordingLogger(), mailer, settingsDefaults: DEFAULTS, trackingUrl: 'https://track.example/', metrics };
    const { complaint } = await submitComplaint({ ...deps, workflow: { start: async () => undefined } }, sampleSubmission(), { kind: 'COMPLAINANT' });
    await expect(sendPendingNotifications(deps, complaint.id)).rejects.toThrow();
    await sendPendingNotifications(deps, complaint.id);
    expect(metrics.counted).toEqual(['ComplaintsReceived{Channel=WEB}', 'EmailsFailed', 'EmailsSent']);
  });
});
