/**
 * CSV as RFC 4180 writes it: CRLF after every record, and a field that holds a quote,
 * comma, CR or LF wrapped in quotes with its quotes doubled.
 *
 * Spreadsheets run a cell that starts with =, +, - or @ (and, in some, a tab or CR) as a
 * formula, so a complainant could plant one in a field staff open later (CSV injection,
 * OWASP). Such a field gets a leading apostrophe, which spreadsheets show as text; a
 * program reading the file sees the apostrophe as part of the value.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, with its CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
