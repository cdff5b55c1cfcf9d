import { parse } from 'csv-parse/sync';
import type { Complaint } from '../../../functions/core/complaint';
import { csvRecord } from '../../../functions/core/exports/csv';
import { FULL_EXPORT_HEADER, fullExportRow } from '../../../functions/core/exports/full-export';
import { clock, sampleComplaint } from '../messages/sample-complaint';

const PERSONAL = /王小明|wang\.xiaoming|138 0013 8000|世纪大道|家中两周|修复信号|called from|rang twice/;

function resolved(): Complaint {
  return sampleComplaint({
    status: 'CLOSED',
    receivedOn: '2026-11-30',
    decision: { accepted: true, at: '2026-12-01T01:00:00.000Z', explanation: '王小明 rang twice' },
    firstResponseAt: '2026-12-01T01:00:00.000Z',
    finalResponse: {
      outcome: 'UPHELD',
      reasons: 'The mast failed; 王小明 called from 138 0013 8000.',
      remedies: ['REFUND', 'APOLOGY'],
      followUpMeasures: 'Weekly inspections.',
      rootCause: 'SYSTEM_FAILURE',
      furtherRecourse: '可向工信部申诉',
      at: '2026-12-10T08:00:00.000Z',
    },
    feedback: { rating: 2, resolved: false, comment: '王小明 is still unhappy', at: '2026-12-12T08:00:00.000Z' },
    clocks: [
      clock('CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z', { state: 'MET' }),
      clock('SLA_RESOLUTION', '2026-12-05T15:59:59.999Z', { state: 'BREACHED' }),
      clock('SLA_FIRST_RESPONSE', '2026-12-02T15:59:59.999Z', { state: 'MET' }),
    ],
    escalation: { level: 'SUPERVISOR', at: '2026-12-06T00:00:00.000Z', reason: 'SLA_RESOLUTION' },
    reopenCount: 1,
    handlerId: 'h1',
  });
}

const asRecord = (c: Complaint) => Object.fromEntries(FULL_EXPORT_HEADER.map((h, i) => [h, fullExportRow(c)[i]]));

describe('the FULL export', () => {
  it('has one column per field staff analyse, and no complainant, facts, notes or free text', () => {
    expect(FULL_EXPORT_HEADER).toEqual([
      'reference', 'id', 'receivedAt', 'receivedOn', 'status', 'channel', 'category', 'product', 'respondent', 'region', 'priority',
      'outcome', 'remedies', 'rootCause', 'decision', 'rejectionReason', 'decidedAt', 'firstResponseAt', 'resolvedAt',
      'clocksMet', 'clocksBreached', 'escalationLevel', 'rating', 'resolved', 'reopenCount',
      'responseCount', 'responseOutcomes', 'respondedAt', 'feedbackCount', 'feedbackRatings', 'feedbackResolved', 'feedbackAt',
    ]);
  });

  it('writes a resolved complaint as its outcome, clocks, escalation and feedback', () => {
    expect(asRecord(resolved())).toEqual({
      reference: 'CP-2026-000123',
      id: 'c-1',
      receivedAt: '2026-11-30T02:00:00.000Z',
      receivedOn: '2026-11-30',
      status: 'CLOSED',
      channel: 'WEB',
      category: 'Mobile network',
      product: 'Prepaid plan',
      respondent: '某电信有限公司',
      region: '上海',
      priority: 'NORMAL',
      outcome: 'UPHELD',
      remedies: 'REFUND;APOLOGY',
      rootCause: 'SYSTEM_FAILURE',
      decision: 'ACCEPTED',
      rejectionReason: '',
      decidedAt: '2026-12-01T01:00:00.000Z',
      firstResponseAt: '2026-12-01T01:00:00.000Z',
      resolvedAt: '2026-12-10T08:00:00.000Z',
      clocksMet: '2',
      clocksBreached: '1',
      escalationLevel: 'SUPERVISOR',
      rating: '2',
      resolved: 'false',
      reopenCount: '1',
      // Stored before earlier answers were kept: its one answer and rating stand for all.
      responseCount: '1',
      responseOutcomes: 'UPHELD',
      respondedAt: '2026-12-10T08:00:00.000Z',
      feedbackCount: '1',
      feedbackRatings: '2',
      feedbackResolved: 'false',
      feedbackAt: '2026-12-12T08:00:00.000Z',
    });
  });

  it("carries none of the complainant's personal data, nor the facts, reasons, explanations or comments", () => {
    expect(csvRecord(fullExportRow(resolved()))).not.toMatch(PERSONAL);
  });

  it('leaves what has not happened yet empty, and counts a complaint stored before receivedOn on its UTC day', () => {
    const fresh = asRecord(sampleComplaint({ receivedAt: '2026-11-29T20:00:00.000Z' }));
    expect(fresh).toMatchObject({ receivedOn: '2026-11-29', outcome: '', remedies: '', decision: '', firstResponseAt: '', rating: '', resolved: '', reopenCount: '0', responseCount: '0', responseOutcomes: '', feedbackCount: '0', feedbackRatings: '' });
  });

  it('names the rejection reason of a rejected complaint', () => {
    const rejected = asRecord(sampleComplaint({ status: 'REJECTED', decision: { accepted: false, reason: 'TIME_BARRED', explanation: '王小明 waited too long', at: '2026-12-01T01:00:00.000Z' } }));
    expect(rejected).toMatchObject({ decision: 'REJECTED', rejectionReason: 'TIME_BARRED' });
  });

  it('reads back with its header, field for field', () => {
    const csv = csvRecord(FULL_EXPORT_HEADER) + csvRecord(fullExportRow(resolved()));
    expect(parse(csv, { columns: true })).toEqual([asRecord(resolved())]);
  });
});
