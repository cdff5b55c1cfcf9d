import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { devIssuer } from '../local/dev-issuer';
import { DEV_ISSUER_FILE } from '../local/start-options';

/**
 * npm run export -- --from 2020-01-01 --to 2020-03-31 [--format full|open-data] [--out file.csv]
 *   [--endpoint http://127.0.0.1:4000/graphql] [--token <token>] [--first 500] [--org default]
 * Pages through complaintExport and writes each page as it arrives, so memory holds one page.
 */
const USAGE =
  'Usage: npm run export -- --from YYYY-MM-DD --to YYYY-MM-DD [--format full|open-data] [--out file.csv] [--endpoint URL] [--token TOKEN] [--first 1-1000] [--org ID]';
const FORMATS: Record<string, string> = { full: 'FULL', 'open-data': 'OPEN_DATA' };
const QUERY = `query Export($period: PeriodInput!, $format: ExportFormat!, $first: Int, $after: String) {
  complaintExport(period: $period, format: $format, first: $first, after: $after) { csv rows nextCursor }
}`;

interface ExportPage {
  csv: string;
  rows: number;
  nextCursor: string | null;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string', default: 'full' },
    out: { type: 'string' },
    endpoint: { type: 'string' },
    token: { type: 'string' },
    first: { type: 'string', default: '500' },
    org: { type: 'string' },
  },
});
const format = FORMATS[values.format ?? ''];
const first = Number(values.first);
if (!values.from || !values.to || !format || !Number.isInteger(first) || first < 1 || first > 1000) {
  console.error(USAGE);
  process.exit(2);
}
const endpoint = values.endpoint ?? process.env.EXPORT_ENDPOINT ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}/graphql`;
// Locally an analyst's token from the development issuer that `npm start` trusts; the cloud needs a real one.
// An empty EXPORT_TOKEN counts as unset.
const token =
  values.token ||
  process.env.EXPORT_TOKEN ||
  devIssuer(process.env.DEV_ISSUER_FILE ?? DEV_ISSUER_FILE).mint({ organizationId: values.org ?? process.env.ORGANIZATION_ID ?? 'default', role: 'ANALYST', staffId: 'analyst-1' });

async function page(after: string | null): Promise<ExportPage> {
  const variables = { period: { from: values.from, to: values.to }, format, first, after };
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables }),
  }).catch(() => fail(`Cannot reach ${endpoint}: is the stack running (npm start), or is --endpoint wrong?`));
  const body = (await res.json().catch(() => ({}))) as { data?: { complaintExport: ExportPage }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) fail(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  if (!res.ok || !body.data) fail(`The API at ${endpoint} answered HTTP ${res.status}.`);
  return body.data.complaintExport;
}

/** Waits when the output is full, so a slow disk or pipe does not make pages pile up in memory. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function main(): Promise<void> {
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  let rows = 0;
  let after: string | null = null;
  do {
    const next = await page(after);
    await write(out, next.csv);
    rows += next.rows;
    after = next.nextCursor;
  } while (after);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  console.error(`${rows} complaints exported${values.out ? ` to ${values.out}` : ''}.`);
}

main().catch((error: Error) => fail(`Export failed: ${error.message}`));
