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

describe('complaintFromCfpbRow: what the CFPB leaves out', () => {
  it('imports a complaint the CFPB has not sent to a company without an acceptance, open and received', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Date sent to company': '', 'Company response to consumer': 'In progress', 'Timely response?': '' }), ctx));
    expect(complaint.status).toBe('RECEIVED');
    expect(complaint).not.toHaveProperty('decision');
    expect(complaint.finalResponse).toBeUndefined();
    expect(complaint.clocks[0]).toMatchObject({ startedAt: '2019-09-24T00:00:00.000Z', state: 'BREACHED' });
    expect(complaint.clocks[0].stoppedAt).toBeUndefined();
  });

  it('closes such a complaint the company answered, its answer put at the receipt', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Date sent to company': '' }), ctx));
    expect(complaint).toMatchObject({ status: 'CLOSED', finalResponse: { outcome: 'NOT_UPHELD', at: '2019-09-24T00:00:00.000Z' }, firstResponseAt: '2019-09-24T00:00:00.000Z' });
    expect(complaint).not.toHaveProperty('decision');
    expect(complaint.clocks[0]).toMatchObject({ state: 'MET', stoppedAt: '2019-09-24T00:00:00.000Z' });
  });

  it('takes None, as the CSV export of the CFPB API writes a missing value, as empty in every optional column', () => {
    const optional = ['Sub-product', 'Sub-issue', 'Consumer complaint narrative', 'Company public response', 'State', 'ZIP code', 'Tags', 'Consumer consent provided?', 'Consumer disputed?', 'Date sent to company'] as const;
    const result = complaintFromCfpbRow(row(Object.fromEntries(optional.map((column) => [column, 'None']))), ctx);
    const complaint = imported(result);
    expect(complaint).not.toHaveProperty('region');
    expect(complaint).not.toHaveProperty('decision');
    expect(complaint.facts).toBe("Imported from the CFPB's public complaint data, which has no narrative for this complaint. Issue: Attempts to collect debt not owed.");
    expect(complaint.narrativeConsent).toBe(false);
    expect(complaint.source?.fields).toMatchObject({ subProduct: '', subIssue: '', companyPublicResponse: '', tags: '', consumerConsent: '', consumerDisputed: '' });
    expect(result.ok && result.unknownValues).toEqual([]);
  });

  it('counts None as a missing value where the CFPB always publishes one, and keeps it as written in a required column', () => {
    const result = complaintFromCfpbRow(row({ 'Submitted via': 'None', 'Timely response?': 'None', Product: 'None' }), ctx);
    expect(imported(result)).toMatchObject({ channel: 'WEB', product: 'None', source: { fields: { submittedVia: '', timelyResponse: '' } } });
    expect(result.ok && result.unknownValues).toEqual(['Submitted via', 'Timely response?']);
  });
});

describe('complaintFromCfpbRow: validation', () => {
  it.each([
    ['Complaint ID', { 'Complaint ID': '' }, 'is required'],
    ['Complaint ID', { 'Complaint ID': '33x4' }, 'must be digits'],
    ['Date received', { 'Date received': '2019-02-30' }, 'must be a date: YYYY-MM-DD, MM/DD/YYYY or an ISO-8601 timestamp'],
    ['Date received', { 'Date received': '24.09.2019' }, 'must be a date: YYYY-MM-DD, MM/DD/YYYY or an ISO-8601 timestamp'],
    ['Date received', { 'Date received': '13/24/2019' }, 'must be a date: YYYY-MM-DD, MM/DD/YYYY or an ISO-8601 timestamp'],
    ['Date received', { 'Date received': '2026-12-01' }, 'must not be in the future'],
    ['Date received', { 'Date received': '12/01/2026' }, 'must not be in the future'],
    ['Product', { Product: ' ' }, 'is required'],
    ['Issue', { Issue: '' }, 'is required'],
    ['Company', { Company: '' }, 'is required'],
    ['Product', { Product: 'P'.repeat(101) }, 'must be at most 100 characters'],
    ['Issue', { Issue: 'I'.repeat(101) }, 'must be at most 100 characters'],
    ['Company', { Company: 'C'.repeat(201) }, 'must be at most 200 characters'],
    ['Consumer complaint narrative', { 'Consumer complaint narrative': 'n'.repeat(32_001) }, 'must be at most 32000 characters'],
    ['Consumer complaint narrative', { 'Consumer complaint narrative': 'bell \u0007' }, 'contains control characters'],
    ['Date sent to company', { 'Date received': '2020-03-18', 'Date sent to company': '2020-03-17' }, 'is before Date received'],
    ['Date sent to company', { 'Date received': '03/18/2020', 'Date sent to company': '2020-03-17T12:00:00-05:00' }, 'is before Date received'],
  ])('refuses a row whose %s is wrong', (field, overrides, message) => {
    expect(issuesOf(complaintFromCfpbRow(row(overrides), ctx))).toEqual([{ field, message }]);
  });

  it('lists every wrong field of a row at once', () => {
    const issues = issuesOf(complaintFromCfpbRow(row({ 'Complaint ID': 'x', Product: '', 'Date sent to company': 'soon' }), ctx));
    expect(issues.map((i) => i.field)).toEqual(['Complaint ID', 'Date sent to company', 'Product']);
  });

  it('names each required column a row does not have', () => {
    const { Company: _company, 'Date received': _received, ...partial } = row();
    expect(issuesOf(complaintFromCfpbRow(partial, ctx))).toEqual([
      { field: 'Date received', message: 'is required' },
      { field: 'Company', message: 'is required' },
    ]);
  });

  it('never quotes a value in its messages', () => {
    const secret = 'Jane Doe 555-0100';
    const issues = issuesOf(complaintFromCfpbRow(row({ Company: secret.repeat(20), 'Date sent to company': secret, 'Date received': secret }), ctx));
    expect(issues).toHaveLength(3);
    expect(JSON.stringify(issues)).not.toContain('Jane');
  });
});

describe('complaintFromCfpbRow: every value the CFPB has published', () => {
  const unknownOf = (result: CfpbRowResult) => (result.ok ? result.unknownValues : ['refused']);

  it.each([
    ['Closed with relief', 'UPHELD', ['OTHER']],
    ['Closed without relief', 'NOT_UPHELD', []],
  ])('closes a complaint of the early years answered "%s"', (response, outcome, remedies) => {
    const result = complaintFromCfpbRow(row({ 'Date received': '2012-06-14', 'Date sent to company': '2012-06-15', 'Company response to consumer': response }), ctx);
    expect(imported(result)).toMatchObject({ status: 'CLOSED', finalResponse: { outcome, remedies } });
    expect(imported(result).source?.fields.companyResponse).toBe(response);
    expect(unknownOf(result)).toEqual([]);
  });

  it('takes Submitted via Web Referral as a referral from a partner', () => {
    const result = complaintFromCfpbRow(row({ 'Submitted via': 'Web Referral' }), ctx);
    expect(imported(result).channel).toBe('PARTNER_API');
    expect(unknownOf(result)).toEqual([]);
  });

  it.each([
    ['Consent provided', true],
    ['Consent not provided', false],
    ['Consent withdrawn', false],
    ['N/A', false],
    ['Other', false],
    ['', false],
  ])('takes Consumer consent provided? "%s" as narrative consent %s', (consent, narrativeConsent) => {
    const result = complaintFromCfpbRow(row({ 'Consumer consent provided?': consent }), ctx);
    expect(imported(result).narrativeConsent).toBe(narrativeConsent);
    expect(imported(result).source?.fields.consumerConsent).toBe(consent);
    expect(unknownOf(result)).toEqual([]);
  });

  it.each(['Yes', 'No', 'N/A', ''])('keeps Consumer disputed? "%s" as the source gave it', (disputed) => {
    const result = complaintFromCfpbRow(row({ 'Consumer disputed?': disputed }), ctx);
    expect(imported(result).source?.fields.consumerDisputed).toBe(disputed);
    expect(unknownOf(result)).toEqual([]);
  });

  it.each(['', 'Older American', 'Servicemember', 'Older American, Servicemember'])('keeps the Tags "%s"', (tags) => {
    const result = complaintFromCfpbRow(row({ Tags: tags }), ctx);
    expect(imported(result).source?.fields.tags).toBe(tags);
    expect(unknownOf(result)).toEqual([]);
  });

  it('knows a published value whatever its case and spacing, and keeps it as written', () => {
    const result = complaintFromCfpbRow(row({ 'Submitted via': ' postal  MAIL ', 'Company response to consumer': 'closed with monetary relief', 'Timely response?': 'YES' }), ctx);
    expect(imported(result)).toMatchObject({ channel: 'LETTER', status: 'CLOSED', finalResponse: { outcome: 'UPHELD' }, clocks: [{ state: 'MET' }] });
    expect(imported(result).source?.fields.submittedVia).toBe(' postal  MAIL ');
    expect(unknownOf(result)).toEqual([]);
  });

  it('imports a row of the 16-column export, which has no consent or dispute columns', () => {
    const { 'Consumer consent provided?': _consent, 'Consumer disputed?': _disputed, ...sixteen } = row();
    const result = complaintFromCfpbRow(sixteen, ctx);
    expect(imported(result)).toMatchObject({ status: 'CLOSED', narrativeConsent: false });
    expect(imported(result).source?.fields).toMatchObject({ consumerConsent: '', consumerDisputed: '' });
    expect(unknownOf(result)).toEqual([]);
  });
});

describe('complaintFromCfpbRow: a value the CFPB never published', () => {
  const unknownOf = (result: CfpbRowResult) => (result.ok ? result.unknownValues : ['refused']);

  it('imports an unknown Submitted via as a web complaint, keeping its text', () => {
    const result = complaintFromCfpbRow(row({ 'Submitted via': 'Carrier pigeon' }), ctx);
    expect(imported(result).channel).toBe('WEB');
    expect(imported(result).source?.fields.submittedVia).toBe('Carrier pigeon');
    expect(unknownOf(result)).toEqual(['Submitted via']);
  });

  it('leaves a complaint with an unknown company response open, without an outcome, keeping the text', () => {
    const result = complaintFromCfpbRow(row({ 'Company response to consumer': 'Settled out of court' }), ctx);
    expect(imported(result)).toMatchObject({ status: 'ACCEPTED', decision: { accepted: true, at: '2019-09-25T00:00:00.000Z' } });
    expect(imported(result).finalResponse).toBeUndefined();
    expect(imported(result).source?.fields.companyResponse).toBe('Settled out of court');
    expect(unknownOf(result)).toEqual(['Company response to consumer']);
  });

  it('lets the dates judge a closed complaint whose timeliness is unknown', () => {
    const inTime = imported(complaintFromCfpbRow(row({ 'Timely response?': 'Maybe' }), ctx));
    expect(inTime.clocks[0]).toMatchObject({ state: 'MET', stoppedAt: '2019-09-25T00:00:00.000Z' });
    const late = imported(complaintFromCfpbRow(row({ 'Timely response?': '', 'Date sent to company': '2019-11-01' }), ctx));
    expect(late.clocks[0]).toMatchObject({ state: 'BREACHED', stoppedAt: '2019-11-01T00:00:00.000Z' });
    expect(late.firstResponseAt).toBe('2019-11-01T00:00:00.000Z');
  });

  it('keeps the clock of an open complaint with unknown timeliness running, as its dates stand at the import', () => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Company response to consumer': 'In progress', 'Timely response?': '?' }), ctx));
    expect(complaint.clocks[0].state).toBe('BREACHED');
    expect(complaint.clocks[0].stoppedAt).toBeUndefined();
    expect(complaint.firstResponseAt).toBeUndefined();
  });

  it('gives no narrative consent for an unknown consent value', () => {
    const result = complaintFromCfpbRow(row({ 'Consumer consent provided?': 'Consent maybe' }), ctx);
    expect(imported(result).narrativeConsent).toBe(false);
    expect(unknownOf(result)).toEqual(['Consumer consent provided?']);
  });

  it('takes an empty Submitted via, company response or timeliness as unknown rather than refusing the row', () => {
    const result = complaintFromCfpbRow(row({ 'Submitted via': '', 'Company response to consumer': '', 'Timely response?': '' }), ctx);
    expect(imported(result)).toMatchObject({ channel: 'WEB', status: 'ACCEPTED' });
    expect(unknownOf(result)).toEqual(['Submitted via', 'Company response to consumer', 'Timely response?']);
  });

  it('names every column with an unknown value, never the value', () => {
    const result = complaintFromCfpbRow(row({ Tags: 'Jane Doe', 'Consumer disputed?': 'Jane Doe' }), ctx);
    expect(unknownOf(result)).toEqual(['Consumer disputed?', 'Tags']);
  });
});

describe('complaintFromCfpbRow: dates as the CFPB writes them', () => {
  it.each([
    ['2019-09-24', '2019-09-24'],
    ['09/24/2019', '2019-09-24'],
    ['9/4/2019', '2019-09-04'],
    ['09/24/19', '2019-09-24'],
    ['2019-09-24T12:00:00-05:00', '2019-09-24'],
    // The day as published, not moved to UTC's.
    ['2019-09-24T23:30:00-05:00', '2019-09-24'],
    ['2019-09-24T00:00:00Z', '2019-09-24'],
    ['2019-09-24T00:00:00.000Z', '2019-09-24'],
  ])('reads Date received %s as the day %s', (written, day) => {
    const complaint = imported(complaintFromCfpbRow(row({ 'Date received': written }), ctx));
    expect(complaint.receivedOn).toBe(day);
    expect(complaint.receivedAt).toBe(`${day}T00:00:00.000Z`);
  });
});

describe('complaintFromCfpbRow: the CFPB fields read back', () => {
  const fixture = readFileSync(resolve(__dirname, '../../fixtures/cfpb/sample-50.csv'));
  const records = parse<Row>(fixture, { columns: true });
  const CATEGORY: Record<string, string> = {
    'Closed with explanation': 'CLOSED_WITH_EXPLANATION',
    'Closed without relief': 'CLOSED_WITH_EXPLANATION',
    // Relief of a kind the CFPB did not record reads back as the non-monetary kind.
    'Closed with relief': 'CLOSED_WITH_NON_MONETARY_RELIEF',
    // The platform has no plain "closed" category; the source keeps the original.
    Closed: 'CLOSED_WITH_EXPLANATION',
    'Closed with monetary relief': 'CLOSED_WITH_MONETARY_RELIEF',
    'Closed with non-monetary relief': 'CLOSED_WITH_NON_MONETARY_RELIEF',
    'In progress': 'IN_PROGRESS',
    'Untimely response': 'UNTIMELY_RESPONSE',
  };

  it('covers every channel and company response of the export', () => {
    expect(new Set(records.map((r) => r['Submitted via']))).toEqual(new Set(['Web', 'Email', 'Phone', 'Postal mail', 'Fax', 'Referral']));
    const earlyYears = ['Closed with relief', 'Closed without relief'];
    expect(new Set(records.map((r) => r['Company response to consumer']))).toEqual(new Set(Object.keys(CATEGORY).filter((r) => !earlyYears.includes(r))));
  });

  const historical = parse<Row>(readFileSync(resolve(__dirname, '../../fixtures/cfpb/historical-values.csv')), { columns: true });

  it.each(historical.map((r) => [r['Complaint ID'], r['Company response to consumer'], r] as const))(
    'imports historical row %s (%s) with no unknown value and gives back its response category',
    (_id, response, record) => {
      const result = complaintFromCfpbRow(record, ctx);
      expect(result.ok && result.unknownValues).toEqual([]);
      expect(cfpbFields(imported(result), IMPORTED_AT).responseCategory).toBe(CATEGORY[response]);
    },
  );

  it.each(records.map((r) => [r['Complaint ID'], r] as const))('gives back the response category and timeliness of row %s', (_id, record) => {
    const fields = cfpbFields(imported(complaintFromCfpbRow(record, ctx)), IMPORTED_AT);
    expect(fields.responseCategory).toBe(CATEGORY[record['Company response to consumer']]);
    expect(fields.timelyResponse).toBe(record['Timely response?'] === 'Yes');
  });
});
