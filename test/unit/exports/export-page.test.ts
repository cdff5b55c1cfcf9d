import { csvRecord } from '../../../functions/core/exports/csv';
import { wireBytes } from '../../../functions/core/exports/export-page';

describe('the size of an export page on the wire', () => {
  it('counts a CSV line as it travels, escaped inside the GraphQL JSON and again inside the Lambda response body', () => {
    const line = csvRecord(['"quoted"\nnarrative']);
    const response = JSON.stringify({ statusCode: 200, body: JSON.stringify({ data: { complaintExport: { csv: line } } }) });
    const envelope = JSON.stringify({ statusCode: 200, body: JSON.stringify({ data: { complaintExport: { csv: '' } } }) });
    expect(wireBytes(line)).toBe(Buffer.byteLength(response) - Buffer.byteLength(envelope));
    // Quotes and line breaks grow (here to twice the CSV's own bytes), which counting the CSV alone would miss.
    expect(wireBytes(line)).toBe(2 * Buffer.byteLength(line));
  });
});
