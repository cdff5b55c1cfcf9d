import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recordFromApiComplaint } from '../../../functions/core/import/cfpb-api';
import { complaintFromCfpbRow, type CfpbRecord } from '../../../functions/core/import/cfpb-row';

const ctx = { organizationId: 'org-1', importedAt: new Date('2026-11-30T08:00:00.000Z') };

const apiComplaint = {
  date_received: '2019-05-01T12:00:00-05:00',
  product: 'Debt collection',
  sub_product: 'Credit card debt',
  issue: 'Written notification about debt',
  sub_issue: "Didn't receive enough information to verify debt",
  complaint_what_happened: 'They never sent me a letter.',
  company_public_response: null,
  company: 'EXAMPLE BANK',
  state: 'GA',
  zip_code: '303XX',
  tags: null,
  consumer_consent_provided: 'Consent provided',
  submitted_via: 'Web',
  date_sent_to_company: '2019-05-01T12:00:00-05:00',
  company_response: 'Closed with explanation',
  timely: 'Yes',
  consumer_disputed: 'N/A',
  complaint_id: 3226411,
  has_narrative: true,
};

function recordOf(item: unknown): CfpbRecord {
  const result = recordFromApiComplaint(item);
  if (!('record' in result)) throw new Error(`expected a record, got ${result.unreadable}`);
  return result.record;
}

describe('recordFromApiComplaint', () => {
  it("puts the API's snake_case fields in the export's columns, its nulls as empty fields and its numeric id as text", () => {
    expect(recordOf(apiComplaint)).toEqual({
      'Date received': '2019-05-01T12:00:00-05:00',
      Product: 'Debt collection',
      'Sub-product': 'Credit card debt',
      Issue: 'Written notification about debt',
      'Sub-issue': "Didn't receive enough information to verify debt",
      'Consumer complaint narrative': 'They never sent me a letter.',
      'Company public response': '',
      Company: 'EXAMPLE BANK',
      State: 'GA',
      'ZIP code': '303XX',
      Tags: '',
      'Consumer consent provided?': 'Consent provided',
      'Submitted via': 'Web',
      'Date sent to company': '2019-05-01T12:00:00-05:00',
      'Company response to consumer': 'Closed with explanation',
      'Timely response?': 'Yes',
      'Consumer disputed?': 'N/A',
      'Complaint ID': '3226411',
    });
  });

  it('reads the complaint of a search hit from its _source', () => {
    expect(recordOf({ _index: 'complaint-public-v2', _id: '3226411', _score: 1, _source: apiComplaint })).toEqual(recordOf(apiComplaint));
  });

  it('joins tags given as a list the way the export writes them', () => {
    expect(recordOf({ ...apiComplaint, tags: ['Older American', 'Servicemember'] }).Tags).toBe('Older American, Servicemember');
  });

  it('leaves out the fields a complaint does not send, so the row reports what is missing', () => {
    const { company: _company, consumer_disputed: _disputed, ...partial } = apiComplaint;
    const record = recordOf(partial);
    expect(record).not.toHaveProperty('Company');
    expect(complaintFromCfpbRow(record, ctx)).toEqual({ ok: false, issues: [{ field: 'Company', message: 'is required' }] });
  });

  it('makes a complaint of the API the same complaint its CSV row makes, its timestamps read as their days', () => {
    const fromApi = complaintFromCfpbRow(recordOf(apiComplaint), ctx);
    expect(fromApi.ok && fromApi.change.complaint).toMatchObject({ reference: 'CFPB-3226411', receivedOn: '2019-05-01', status: 'CLOSED', narrativeConsent: true });
    expect(fromApi.ok && fromApi.unknownValues).toEqual([]);
  });

  it('imports a complaint whose date_sent_to_company is null, without an acceptance', () => {
    const result = complaintFromCfpbRow(recordOf({ ...apiComplaint, date_sent_to_company: null, company_response: 'In progress', timely: null }), ctx);
    expect(result.ok && result.change.complaint).toMatchObject({ reference: 'CFPB-3226411', status: 'RECEIVED' });
    expect(result.ok && result.change.complaint).not.toHaveProperty('decision');
  });

  it.each([
    ['a list', []],
    ['a number', 7],
    ['null', null],
  ])('calls an item that is %s unreadable', (_what, item) => {
    expect(recordFromApiComplaint(item)).toEqual({ unreadable: 'is not a complaint object' });
  });

  it('calls a field that is not text unreadable, naming the field only', () => {
    expect(recordFromApiComplaint({ ...apiComplaint, product: { name: 'Jane Doe' } })).toEqual({ unreadable: 'product is not text' });
  });

  it('reads every complaint of the search response fixture', () => {
    const search = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/cfpb/api-search.json'), 'utf8')) as { hits: { hits: unknown[] } };
    const results = search.hits.hits.map((hit) => complaintFromCfpbRow(recordOf(hit), ctx));
    expect(results.map((r) => r.ok && r.unknownValues)).toEqual(search.hits.hits.map(() => []));
  });
});
