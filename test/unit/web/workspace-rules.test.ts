import { availableSteps, duplicateActions } from '../../../web/staff/case/available-steps';
import { composerChecks } from '../../../web/staff/case/composer/composer-checks';
import { timelineOf } from '../../../web/staff/case/timeline';
import { whatChanged } from '../../../web/staff/case/what-changed';
import { complaintFilterOf, listFromQuery, queryOf } from '../../../web/staff/complaints/list-filters';
import { mostUrgentClock } from '../../../web/staff/layout/urgent-clock';

// The workspace's pure rules: what it offers, what it sends, and what it tells a user whose view went stale.

describe('the steps offered on the case page', () => {
  const as = (role: 'ADMIN' | 'SUPERVISOR' | 'HANDLER' | 'ANALYST', id = 'h-li') => ({ role, id });
  const at = (status: Parameters<typeof availableSteps>[0]['status'], handlerId?: string) => ({ status, handlerId });

  it('offers acceptance or rejection on a received complaint, and assignment only to roles that may assign', () => {
    expect(availableSteps(at('RECEIVED'), as('HANDLER'))).toEqual(['accept', 'reject', 'note', 'evidence', 'reply', 'escalate']);
    expect(availableSteps(at('ACCEPTED'), as('SUPERVISOR'))).toContain('assign');
    expect(availableSteps(at('ACCEPTED'), as('HANDLER'))).not.toContain('assign');
  });

  it('offers the final response only while investigating, and nothing to an analyst', () => {
    expect(availableSteps(at('INVESTIGATING', 'h-li'), as('HANDLER'))).toEqual(expect.arrayContaining(['requestInformation', 'resolve']));
    expect(availableSteps(at('AWAITING_COMPLAINANT', 'h-li'), as('HANDLER'))).not.toContain('resolve');
    expect(availableSteps(at('INVESTIGATING'), as('ANALYST'))).toEqual([]);
    expect(availableSteps(at('CLOSED'), as('ADMIN'))).toEqual([]);
  });

  it('offers a handler nothing on a complaint designated to another, and a supervisor everything', () => {
    expect(availableSteps(at('INVESTIGATING', 'h-chen'), as('HANDLER'))).toEqual([]);
    expect(availableSteps(at('INVESTIGATING', 'h-chen'), as('SUPERVISOR', 's-zhao'))).toContain('resolve');
  });

  it('merges a duplicate only where rejecting is allowed', () => {
    expect(duplicateActions(at('RECEIVED'), as('HANDLER'))).toEqual({ merge: true, dismiss: true });
    expect(duplicateActions(at('INVESTIGATING', 'h-li'), as('HANDLER'))).toEqual({ merge: false, dismiss: true });
  });
});

describe('the final-response composer’s checks', () => {
  const draft = { outcome: 'UPHELD' as const, reasons: 'Found at fault.', remedies: [], remedyDetails: '', followUpMeasures: 'More checks.', rootCause: 'BILLING' as const };

  it('asks for a remedy when the complaint is upheld, as resolveComplaint would', () => {
    expect(composerChecks(draft)).toEqual({ remedies: { message: 'check.remedyNeeded' } });
    expect(composerChecks({ ...draft, outcome: 'NOT_UPHELD' })).toEqual({});
  });

  it('asks for details with compensation, and names the limit of a text too long', () => {
    expect(composerChecks({ ...draft, remedies: ['COMPENSATION'] })).toEqual({ remedyDetails: { message: 'check.detailsNeeded' } });
    expect(composerChecks({ ...draft, remedies: ['REFUND'], reasons: 'x'.repeat(5001) })).toEqual({ reasons: { message: 'check.tooLong', values: { max: 5000 } } });
    expect(composerChecks({ ...draft, remedies: ['REFUND'], followUpMeasures: ' ' })).toEqual({ followUpMeasures: { message: 'check.required' } });
  });
});

describe('what changed since the version a user saw', () => {
  const seen = { status: 'RECEIVED' as const, version: 1, handler: null, history: [{ at: '2026-12-01T01:00:00.000Z', action: 'COMPLAINT_RECEIVED' as const, actor: { kind: 'COMPLAINANT' as const, id: null } }] };

  it('names the new status, the new handler and each step taken since, with who took it', () => {
    const accepted = { at: '2026-12-01T02:00:00.000Z', action: 'ACCEPTED' as const, actor: { kind: 'STAFF' as const, id: 's-zhao' } };
    const assigned = { at: '2026-12-01T02:05:00.000Z', action: 'HANDLER_ASSIGNED' as const, actor: { kind: 'STAFF' as const, id: 's-zhao' } };
    const current = { status: 'ASSIGNED' as const, version: 3, handler: { id: 'h-li', name: '李娜' }, history: [...seen.history, accepted, assigned] };
    expect(whatChanged(seen, current)).toEqual({ status: { from: 'RECEIVED', to: 'ASSIGNED' }, handler: { from: undefined, to: '李娜' }, steps: [accepted, assigned] });
  });

  it('reports only the steps when the status stayed', () => {
    const note = { at: '2026-12-01T03:00:00.000Z', action: 'INTERNAL_NOTE_ADDED' as const, actor: { kind: 'STAFF' as const, id: 'h-li' } };
    expect(whatChanged(seen, { ...seen, version: 2, history: [...seen.history, note] })).toEqual({ steps: [note] });
  });
});

describe('the timeline', () => {
  it('shows each entry under the step that wrote it, oldest first', () => {
    const received = { at: '2026-12-01T01:00:00.000Z', action: 'COMPLAINT_RECEIVED' as const, actor: { kind: 'COMPLAINANT' as const, id: null } };
    const noted = { at: '2026-12-01T02:00:00.000Z', action: 'INTERNAL_NOTE_ADDED' as const, actor: { kind: 'STAFF' as const, id: 'h-li' } };
    const note = { kind: 'INTERNAL_NOTE' as const, at: noted.at, author: noted.actor, text: 'Called the site.', evidence: null };
    const orphan = { kind: 'INFORMATION_RESPONSE' as const, at: '2026-12-01T01:30:00.000Z', author: { kind: 'COMPLAINANT' as const, id: null }, text: 'Here it is.', evidence: null };
    expect(timelineOf({ history: [received, noted], entries: [orphan, note] })).toEqual([
      { at: received.at, step: received, entries: [] },
      { at: orphan.at, entries: [orphan] },
      { at: noted.at, step: noted, entries: [note] },
    ]);
  });
});

describe('the lists', () => {
  it('keep their filters in the query string and read them back, ignoring what is not a filter', () => {
    const query = queryOf('all', { status: 'INVESTIGATING', channel: 'PHONE', from: '2026-12-01', to: '2026-12-31' });
    expect(query).toBe('list=all&status=INVESTIGATING&channel=PHONE&from=2026-12-01&to=2026-12-31');
    expect(listFromQuery(`${query}&search=someone@example.com&from=yesterday`)).toEqual({ list: 'all', filters: { status: 'INVESTIGATING', channel: 'PHONE', from: '2026-12-01', to: '2026-12-31' } });
    expect(listFromQuery('list=nonsense').list).toBe('all');
  });

  it('ask the API for whole days of the organization’s calendar, and for the list’s own condition', () => {
    expect(complaintFilterOf('unassigned', { from: '2026-12-01', to: '2026-12-01' }, '  李 ', 'Asia/Shanghai')).toEqual({
      unassigned: true,
      receivedFrom: '2026-11-30T16:00:00.000Z',
      receivedTo: '2026-12-01T16:00:00.000Z',
      search: '李',
    });
    expect(complaintFilterOf('team', { team: 'consumer-team', clockState: 'BREACHED' }, '', 'UTC')).toEqual({ teamId: 'consumer-team', clockState: 'BREACHED' });
  });

  it('show the most urgent clock: a breach before a risk, the earliest due among equals', () => {
    const clocks = [
      { id: 'a', state: 'ON_TRACK' as const, dueAt: '2026-12-01T00:00:00.000Z' },
      { id: 'b', state: 'AT_RISK' as const, dueAt: '2026-12-09T00:00:00.000Z' },
      { id: 'c', state: 'AT_RISK' as const, dueAt: '2026-12-05T00:00:00.000Z' },
      { id: 'd', state: 'MET' as const, dueAt: '2026-11-01T00:00:00.000Z' },
    ];
    expect(mostUrgentClock(clocks)?.id).toBe('c');
    expect(mostUrgentClock([...clocks, { id: 'e', state: 'BREACHED' as const, dueAt: '2026-12-20T00:00:00.000Z' }])?.id).toBe('e');
    expect(mostUrgentClock([])).toBeUndefined();
  });
});
