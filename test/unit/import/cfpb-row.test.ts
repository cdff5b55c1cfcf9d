import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Complaint } from '../../../functions/core/complaint';
import { CFPB_COLUMNS, cfpbComplaintId, complaintFromCfpbRow, type CfpbRowResult } from '../../../functions/core/import/cfpb-row';
import { cfpbFields } from '../../../functions/core/resolution/cfpb-fields';

const IMPORTED_AT = new Date('2026-11-30T08:00:00.000Z');
const ctx = { organizationId: 'org-1', importedAt: IMPORTED_AT };
type Row = Record<string, string>;

const row = (overrides: Partial<Record<(typeof CFPB_COLUMNS)[number], string>> = {}): Row => ({
  'Date received': '2019-09-24',
  Product: 'Debt collection',
  'Sub-product': 'I do not know',
  Issue: 'Attempts to collect debt not owed',
  'Sub-issue': 'Debt is not yours',
  'Consumer complaint narrative': 'They are trying to collect a debt\nthat is not mine.',
  'Company public response': '',
  Company: 'TRANSWORLD SYSTEMS INC',
  State: 'FL',
  'ZIP code': '335XX',
  Tags: 'Older American',
  'Consumer consent provided?': 'Consent provided',
  'Submitted via': 'Web',
  'Date sent to company': '2019-09-25',
  'Company response to consumer': 'Closed with explanation',
  'Timely response?': 'Yes',
  'Consumer disputed?': 'N/A',
  'Complaint ID': '3384392',
  ...overrides,
});

function imported(result: CfpbRowResult): Complaint {
  if (!result.ok) throw new Error(`expected a complaint, got ${JSON.stringify(result.issues)}`);
  return result.change.complaint;
}

const issuesOf = (result: CfpbRowResult) => (result.ok ? [] : result.issues);

describe('complaintFromCfpbRow: mapping', () => {
  it('maps a closed, timely web complaint to a closed complaint with its final response', () => {
    const result = complaintFromCfpbRow(row(), ctx);
    const complaint = imported(result);
    expect(complaint).toMatchObject({
      id: cfpbComplaintId('3384392'),
      organizationId: 'org-1',
      reference: 'CFPB-3384392',
      status: 'CLOSED',
      channel: 'WEB',
      category: 'Attempts to collect debt not owed',
      product: 'Debt collection',
      facts: 'They are trying to collect a debt\nthat is not mine.',
      remedyRequested: 'Not stated (imported)',
      receivedAt: '2019-09-24T00:00:00.000Z',
      receivedOn: '2019-09-24',
      priority: 'NORMAL',
      region: 'FL',
      jurisdictions: ['US_CFPB'],
      complainant: { name: 'CFPB consumer', preferredLanguage: 'EN' },
      respondent: { name: 'TRANSWORLD SYSTEMS INC' },
      escalation: { level: 'NONE' },
      decision: { accepted: true, at: '2019-09-25T00:00:00.000Z' },
      firstResponseAt: '2019-09-25T00:00:00.000Z',
      narrativeConsent: true,
      workflowEpoch: 0,
      version: 1,
    });
    expect(complaint.finalResponse).toMatchObject({ outcome: 'NOT_UPHELD', remedies: ['EXPLANATION'], rootCause: 'NONE_FOUND', at: '2019-09-25T00:00:00.000Z' });
    expect(complaint.complainant).toEqual({ name: 'CFPB consumer', preferredLanguage: 'EN' });
    expect(result.ok && result.change.audit).toEqual({ complaintId: complaint.id, version: 1, at: IMPORTED_AT.toISOString(), actor: { kind: 'SYSTEM' }, action: 'IMPORTED' });
    expect(result.ok && result.change.notifications).toBeUndefined();
  });

  it('keeps the source fields the platform has no place for, and drops the ZIP code', () => {
    expect(imported(complaintFromCfpbRow(row(), ctx)).source).toEqual({
      system: 'CFPB',
      id: '3384392',
      fields: {
        subProduct: 'I do not know',
        subIssue: 'Debt is not yours',
        companyPublicResponse: '',
        tags: 'Older American',
        consumerConsent: 'Consent provided',
        consumerDisputed: 'N/A',
        companyResponse: 'Closed with explanation',
        timelyResponse: 'Yes',
        submittedVia: 'Web',
      },
    });
    expect(JSON.stringify(imported(complaintFromCfpbRow(row(), ctx)))).not.toContain('335XX');
  });

  it('names the same complaint every time a row is imported, with a UUID-shaped id', () => {
    const id = cfpbComplaintId('3384392');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cfpbComplaintId('3384392')).toBe(id);
    expect(cfpbComplaintId('3384393')).not.toBe(id);
  });

  it('stores an access code hash nobody holds the code to, different for each import', () => {
    const a = imported(complaintFromCfpbRow(row(), ctx)).accessCodeHash;
    const b = imported(complaintFromCfpbRow(row(), ctx)).accessCodeHash;
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
  });

  it.each([
    ['Web', 'WEB'],
    ['Email', 'EMAIL'],
    ['Phone', 'PHONE'],
    ['Postal mail', 'LETTER'],
    ['Fax', 'LETTER'],
    ['Referral', 'PARTNER_API'],
  ])('takes Submitted via %s as the %s channel', (via, channel) => {
    expect(imported(complaintFromCfpbRow(row({ 'Submitted via': via }), ctx)).channel).toBe(channel);
  });

  it.each([
    ['Closed with explanation', 'CLOSED', 'NOT_UPHELD', ['EXPLANATION']],
    ['Closed', 'CLOSED', 'NOT_UPHELD', []],
    ['Closed with monetary relief', 'CLOSED', 'UPHELD', ['COMPENSATION']],
    ['Closed with non-monetary relief', 'CLOSED', 'PARTLY_UPHELD', ['OTHER']],
  ])('closes a complaint the company answered "%s"', (response, status, outcome, remedies) => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Company response to consumer': response }), ctx));
    expect(complaint.status).toBe(status);
    expect(complaint.finalResponse).toMatchObject({ outcome, remedies });
  });

  it.each(['In progress', 'Untimely response'])('leaves a complaint answered "%s" accepted and open, without a final response', (response) => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Company response to consumer': response, 'Timely response?': response === 'In progress' ? 'Yes' : 'No' }), ctx));
    expect(complaint.status).toBe('ACCEPTED');
    expect(complaint.decision).toEqual({ accepted: true, at: '2019-09-25T00:00:00.000Z' });
    expect(complaint.finalResponse).toBeUndefined();
  });

  it('writes a neutral text from Issue and Sub-issue when the row has no narrative', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Consumer complaint narrative': '' }), ctx));
    expect(complaint.facts).toContain('Attempts to collect debt not owed (Debt is not yours)');
  });

  it('leaves the region out when the row has no state, and takes consent only when it was provided', () => {
    const complaint = imported(complaintFromCfpbRow(row({ State: '', 'Consumer consent provided?': 'Consent not provided' }), ctx));
    expect(complaint).not.toHaveProperty('region');
    expect(complaint.narrativeConsent).toBe(false);
  });

  it('publishes nothing in place of a narrative the consumer did not write, consent or not', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Consumer complaint narrative': '', 'Consumer consent provided?': 'Consent provided' }), ctx));
    expect(complaint.facts).toContain('no narrative');
    expect(complaint.narrativeConsent).toBe(false);
  });
});

describe('complaintFromCfpbRow: the company response clock', () => {
  it('is met when the CFPB says the response was timely, stopped on the day the company got the complaint', () => {
    const [clock] = imported(complaintFromCfpbRow(row(), ctx)).clocks;
    expect(clock).toMatchObject({
      id: 'US_CFPB_COMPANY_RESPONSE',
      source: 'US_CFPB',
      stopsOn: 'FIRST_RESPONSE',
      unit: 'CALENDAR_DAYS',
      startedAt: '2019-09-24T00:00:00.000Z',
      dueAt: '2019-10-09T00:00:00.000Z',
      stoppedAt: '2019-09-25T00:00:00.000Z',
      state: 'MET',
    });
  });

  it('is met by its due instant when the CFPB sent the complaint on later but calls the response timely', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Date sent to company': '2019-11-01' }), ctx));
    expect(complaint.clocks[0]).toMatchObject({ state: 'MET', stoppedAt: '2019-10-09T00:00:00.000Z' });
    expect(complaint.firstResponseAt).toBe('2019-10-09T00:00:00.000Z');
  });

  it('is breached, stopped just after its due instant, when a closed complaint was answered late', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Timely response?': 'No' }), ctx));
    expect(complaint.clocks[0]).toMatchObject({ state: 'BREACHED', stoppedAt: '2019-10-09T00:00:00.001Z' });
    expect(complaint.firstResponseAt).toBe('2019-10-09T00:00:00.001Z');
  });

  it('keeps running, breached, when the company never answered', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Company response to consumer': 'Untimely response', 'Timely response?': 'No' }), ctx));
    expect(complaint.clocks[0].state).toBe('BREACHED');
    expect(complaint.clocks[0].stoppedAt).toBeUndefined();
    expect(complaint.firstResponseAt).toBeUndefined();
  });
});

describe('complaintFromCfpbRow: validation', () => {
  it.each([
    ['Complaint ID', { 'Complaint ID': '' }, 'is required'],
    ['Complaint ID', { 'Complaint ID': '33x4' }, 'must be digits'],
    ['Date received', { 'Date received': '2019-02-30' }, 'must be a date YYYY-MM-DD'],
    ['Date received', { 'Date received': '09/24/2019' }, 'must be a date YYYY-MM-DD'],
    ['Date received', { 'Date received': '2026-12-01' }, 'must not be in the future'],
    ['Date sent to company', { 'Date sent to company': '' }, 'is required'],
    ['Product', { Product: ' ' }, 'is required'],
    ['Issue', { Issue: '' }, 'is required'],
    ['Company', { Company: '' }, 'is required'],
    ['Submitted via', { 'Submitted via': 'Carrier pigeon' }, 'must be one of: Web, Email, Phone, Postal mail, Fax, Referral'],
    ['Company response to consumer', { 'Company response to consumer': 'Settled' }, expect.stringContaining('must be one of')],
    ['Timely response?', { 'Timely response?': 'Maybe' }, 'must be one of: Yes, No'],
    ['Product', { Product: 'P'.repeat(101) }, 'must be at most 100 characters'],
    ['Issue', { Issue: 'I'.repeat(101) }, 'must be at most 100 characters'],
    ['Company', { Company: 'C'.repeat(201) }, 'must be at most 200 characters'],
    ['Consumer complaint narrative', { 'Consumer complaint narrative': 'n'.repeat(32_001) }, 'must be at most 32000 characters'],
    ['Consumer complaint narrative', { 'Consumer complaint narrative': 'bell \u0007' }, 'contains control characters'],
    ['Date sent to company', { 'Date received': '2020-03-18', 'Date sent to company': '2020-03-17' }, 'is before Date received'],
  ])('refuses a row whose %s is wrong', (field, overrides, message) => {
    expect(issuesOf(complaintFromCfpbRow(row(overrides), ctx))).toEqual([{ field, message }]);
  });

  it('lists every wrong field of a row at once', () => {
    const issues = issuesOf(complaintFromCfpbRow(row({ 'Complaint ID': 'x', Product: '', 'Submitted via': 'Telex' }), ctx));
    expect(issues.map((i) => i.field)).toEqual(['Complaint ID', 'Product', 'Submitted via']);
  });

  it('refuses a row without the 18 columns of the export', () => {
    const { Tags: _dropped, ...short } = row();
    expect(issuesOf(complaintFromCfpbRow(short, ctx))).toEqual([{ field: 'row', message: 'must have the 18 columns of the CFPB export' }]);
    expect(issuesOf(complaintFromCfpbRow({ ...row(), Extra: '' }, ctx))).toEqual([{ field: 'row', message: 'must have the 18 columns of the CFPB export' }]);
  });

  it('never quotes a value in its messages', () => {
    const secret = 'Jane Doe 555-0100';
    const issues = issuesOf(complaintFromCfpbRow(row({ Company: secret.repeat(20), 'Submitted via': secret, 'Date received': secret }), ctx));
    expect(issues).toHaveLength(3);
    expect(JSON.stringify(issues)).not.toContain('Jane');
  });
});

describe('complaintFromCfpbRow: the CFPB fields read back', () => {
  const fixture = readFileSync(resolve(__dirname, '../../fixtures/cfpb/sample-50.csv'));
  const records = parse(fixture, { columns: true }) as Row[];
  const CATEGORY: Record<string, string> = {
    'Closed with explanation': 'CLOSED_WITH_EXPLANATION',
    // The platform has no plain "closed" category; the source keeps the original.
    Closed: 'CLOSED_WITH_EXPLANATION',
    'Closed with monetary relief': 'CLOSED_WITH_MONETARY_RELIEF',
    'Closed with non-monetary relief': 'CLOSED_WITH_NON_MONETARY_RELIEF',
    'In progress': 'IN_PROGRESS',
    'Untimely response': 'UNTIMELY_RESPONSE',
  };

  it('covers every channel and company response of the export', () => {
    expect(new Set(records.map((r) => r['Submitted via']))).toEqual(new Set(['Web', 'Email', 'Phone', 'Postal mail', 'Fax', 'Referral']));
    expect(new Set(records.map((r) => r['Company response to consumer']))).toEqual(new Set(Object.keys(CATEGORY)));
  });

  it.each(records.map((r) => [r['Complaint ID'], r] as const))('gives back the response category and timeliness of row %s', (_id, record) => {
    const fields = cfpbFields(imported(complaintFromCfpbRow(record, ctx)), IMPORTED_AT);
    expect(fields.responseCategory).toBe(CATEGORY[record['Company response to consumer']]);
    expect(fields.timelyResponse).toBe(record['Timely response?'] === 'Yes');
  });
});
