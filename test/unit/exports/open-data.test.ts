import { parse } from 'csv-parse/sync';
import type { Complaint } from '../../../functions/core/complaint';
import { erasure } from '../../../functions/core/data-protection';
import { csvRecord } from '../../../functions/core/exports/csv';
import { OPEN_DATA_HEADER, openDataRow } from '../../../functions/core/exports/open-data';
import { complaintFromCfpbRow } from '../../../functions/core/import/cfpb-row';
import { englishComplaint, sampleComplaint } from '../messages/sample-complaint';

const context = { now: new Date('2027-01-31T00:00:00.000Z'), timeZone: 'Asia/Shanghai' };
const published = (c: Complaint) => Object.fromEntries(OPEN_DATA_HEADER.map((h, i) => [h, openDataRow(c, context)[i]]));

/** Received in Shanghai on 30 November, decided in the evening UTC (1 December there), refunded, rated well. */
function handled(overrides: Partial<Complaint> = {}): Complaint {
  return englishComplaint({
    status: 'CLOSED',
    channel: 'LETTER',
    region: 'Greater London',
    receivedOn: '2026-11-30',
    decision: { accepted: true, at: '2026-11-30T17:00:00.000Z' },
    firstResponseAt: '2026-11-30T17:00:00.000Z',
    finalResponse: {
      outcome: 'UPHELD',
      reasons: 'r',
      remedies: ['REFUND'],
      followUpMeasures: 'f',
      rootCause: 'BILLING',
      furtherRecourse: 'FOS',
      at: '2026-12-10T08:00:00.000Z',
    },
    feedback: { rating: 5, resolved: true, at: '2026-12-12T08:00:00.000Z' },
    ...overrides,
  });
}

describe('the OPEN_DATA export', () => {
  it("has the CFPB's public columns in the CFPB's order", () => {
    expect(OPEN_DATA_HEADER).toEqual([
      'Date received', 'Product', 'Sub-product', 'Issue', 'Sub-issue', 'Consumer complaint narrative', 'Company public response', 'Company',
      'State', 'ZIP code', 'Tags', 'Consumer consent provided?', 'Submitted via', 'Date sent to company', 'Company response to consumer',
      'Timely response?', 'Consumer disputed?', 'Complaint ID',
    ]);
  });

  it("maps a platform complaint onto the CFPB's columns, leaving out the region its complainant typed", () => {
    expect(published(handled())).toEqual({
      'Date received': '2026-11-30',
      Product: 'Prepaid plan',
      'Sub-product': '',
      Issue: 'Mobile network',
      'Sub-issue': '',
      'Consumer complaint narrative': '',
      'Company public response': '',
      Company: 'Acme Bank plc',
      State: '',
      'ZIP code': '',
      Tags: '',
      'Consumer consent provided?': 'Consent not provided',
      'Submitted via': 'Postal mail',
      'Date sent to company': '2026-12-01',
      'Company response to consumer': 'Closed with monetary relief',
      'Timely response?': 'Yes',
      'Consumer disputed?': 'No',
      'Complaint ID': 'CP-2026-000123',
    });
  });

  it('publishes a consented narrative scrubbed of the name, email address and phone number', () => {
    const facts = 'I am Jane Smith. I wrote to jane.smith@example.com and to billing@acme.example, and called 020 7946 0958 twice.';
    const row = published(handled({ facts, narrativeConsent: true }));
    expect(row['Consumer complaint narrative']).toBe('I am XXXX. I wrote to XXXX and to XXXX, and called XXXX twice.');
    expect(row['Consumer consent provided?']).toBe('Consent provided');
  });

  it('publishes no narrative without consent', () => {
    const row = published(handled({ facts: 'Nothing personal here at all.', narrativeConsent: false }));
    expect(row['Consumer complaint narrative']).toBe('');
  });

  it('leaves the response fields open while the company still has time to respond', () => {
    const open = published(sampleComplaint({ receivedAt: '2027-01-30T00:00:00.000Z', receivedOn: '2027-01-30' }));
    expect(open).toMatchObject({ 'Date sent to company': '', 'Company response to consumer': 'In progress', 'Timely response?': '', 'Consumer disputed?': '' });
  });

  it('leaks nothing of a complainant whose personal data was erased, even with consent given', () => {
    const complaint = handled({ facts: 'I am Jane Smith of 12 Baker Street.', narrativeConsent: true });
    const erased = erasure({ complaint, history: [], entries: [], notifications: [] }, { kind: 'STAFF', id: 'admin-1' }, new Date('2027-01-01T00:00:00.000Z')).complaint;
    const csv = csvRecord(openDataRow(erased, context));
    expect(csv).not.toMatch(/Jane|Smith|Baker|example\.com|7946|erased|Greater London/);
    expect(published(erased)['Consumer complaint narrative']).toBe('');
  });
});

describe('the OPEN_DATA export of an imported CFPB complaint', () => {
  const row = {
    'Date received': '2020-01-15',
    Product: 'Credit card or prepaid card',
    'Sub-product': 'General-purpose credit card or charge card',
    Issue: 'Problem with a purchase shown on your statement',
    'Sub-issue': "Credit card company isn't resolving a dispute about a purchase on your statement",
    'Consumer complaint narrative': 'On XX/XX/2019 I disputed a charge of {$25000.00} with account XXXX. The company "ignored" me,\nthen closed the dispute.',
    'Company public response': 'Company has responded to the consumer and the CFPB and chooses not to provide a public response',
    Company: 'CAPITAL ONE FINANCIAL CORPORATION',
    State: 'VA',
    'ZIP code': '22030',
    Tags: 'Older American, Servicemember',
    'Consumer consent provided?': 'Consent provided',
    'Submitted via': 'Web',
    'Date sent to company': '2020-01-16',
    'Company response to consumer': 'Closed with monetary relief',
    'Timely response?': 'Yes',
    'Consumer disputed?': 'N/A',
    'Complaint ID': '3499123',
  };
  const imported = (record: Record<string, string>) => {
    const result = complaintFromCfpbRow(record, { organizationId: 'org-1', importedAt: new Date('2026-11-30T00:00:00.000Z') });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.change.complaint;
  };

  it('gives back the values it was imported with, through CSV and back, except the ZIP code', () => {
    const csv = csvRecord(OPEN_DATA_HEADER) + csvRecord(openDataRow(imported(row), context));
    expect(parse(csv, { columns: true })).toEqual([{ ...row, 'ZIP code': '' }]);
  });

  it('tells a fax from a letter, though both are filed as LETTER', () => {
    expect(published(imported({ ...row, 'Submitted via': 'Fax' }))['Submitted via']).toBe('Fax');
    expect(published(imported({ ...row, 'Submitted via': 'Postal mail' }))['Submitted via']).toBe('Postal mail');
  });

  it('gives back no narrative where the consumer did not consent to publishing it', () => {
    const withheld = { ...row, 'Consumer consent provided?': 'Consent not provided', 'Consumer complaint narrative': 'My account number is 12345678.' };
    expect(published(imported(withheld))).toEqual({ ...withheld, 'Consumer complaint narrative': '', 'ZIP code': '' });
  });
});
