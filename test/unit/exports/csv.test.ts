import { parse } from 'csv-parse/sync';
import { csvField, csvRecord } from '../../../functions/core/exports/csv';

describe('CSV records (RFC 4180)', () => {
  it('leave plain fields as they are and end each record with CRLF', () => {
    expect(csvRecord(['CP-20261130-ABC123', 'Mobile network', '2026-11-30'])).toBe('CP-20261130-ABC123,Mobile network,2026-11-30\r\n');
  });

  it('quote a field holding a comma, a quote, CR or LF, doubling its quotes', () => {
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('the "premium" plan')).toBe('"the ""premium"" plan"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it('read back as the same fields, embedded newlines and quotes included', () => {
    const fields = ['a,b', 'say "no"', 'first\r\nsecond', '', '家中两周没有信号，客服热线一直无人接听。'];
    const csv = csvRecord(['h1', 'h2', 'h3', 'h4', 'h5']) + csvRecord(fields);
    expect(parse(csv)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], fields]);
  });
});

describe('CSV fields a spreadsheet would run as a formula', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTAB', '\r=1'])('start with an apostrophe: %j', (value) => {
    const [[read]] = parse(csvRecord([value]));
    expect(read).toBe(`'${value}`);
  });

  it('are left alone when the character is not the first', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('2026-11-30')).toBe('2026-11-30');
  });
});
