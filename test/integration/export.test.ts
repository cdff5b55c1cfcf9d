import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { LocalStack } from '../../local/stack';
import type { Role } from '../../functions/core/identity';
import { devIssuer } from '../../local/dev-issuer';
import { graphql, startTestStack, SUBMIT, type GraphqlResponse } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

const EXPORT = `query($period: PeriodInput!, $format: ExportFormat!, $first: Int, $after: String) {
  complaintExport(period: $period, format: $format, first: $first, after: $after) { csv rows nextCursor }
}`;
// The stack trusts an issuer kept in a file, as `npm start` does, so the CLI can mint its own token from it.
const workDir = mkdtempSync(join(tmpdir(), 'export-'));
const issuerFile = join(workDir, 'dev-issuer.json');
const asStaff = (staffId: string, role: Role) => ({ authorization: `Bearer ${devIssuer(issuerFile).mint({ organizationId: 'default', role, staffId })}` });
const analyst = asStaff('analyst-1', 'ANALYST');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Today in any time zone lies between yesterday and tomorrow in UTC.
const period = { from: day(-1), to: day(1) };

let stack: LocalStack;
const submitted: string[] = [];

async function submit(overrides: Parameters<typeof sampleSubmission>[0] = {}): Promise<string> {
  const res = await graphql(stack, SUBMIT, { input: sampleSubmission(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.submitComplaint.reference;
}

beforeAll(async () => {
  stack = await startTestStack({ devIssuerFile: issuerFile });
  // One after another, so each is received after the one before.
  for (let i = 0; i < 7; i += 1) submitted.push(await submit());
});
afterAll(async () => {
  await stack?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('complaintExport', () => {
  it('lets an analyst page through seven complaints three at a time: the header once, each complaint once, oldest first', async () => {
    type Page = { csv: string; rows: number; nextCursor: string | null };
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const res: GraphqlResponse<{ complaintExport: Page }> = await graphql(stack, EXPORT, { period, format: 'FULL', first: 3, after }, analyst);
      expect(res.errors).toBeUndefined();
      pages.push(res.data!.complaintExport);
      after = res.data!.complaintExport.nextCursor;
    } while (after);

    expect(pages.map((p) => p.rows)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.csv.startsWith('reference,id,receivedAt,'))).toEqual([true, false, false]);
    const rows = parse<Record<string, string>>(pages.map((p) => p.csv).join(''), { columns: true });
    expect(rows.map((r) => r.reference)).toEqual(submitted);
    expect(rows[0]).toMatchObject({ status: 'RECEIVED', channel: 'WEB', category: 'Mobile network', respondent: '某电信有限公司' });
    expect(pages.map((p) => p.csv).join('')).not.toMatch(/王小明|example\.com|138 0013 8000|世纪大道|家中两周/);
  });

  it('publishes, in the open-data export, the narrative of a complainant who consented, with their email address replaced', async () => {
    const reference = await submit({ consentToPublishNarrative: true, facts: 'No signal for two weeks. Write to me at li.lei@mail.example.org please.' });
    const res = await graphql(stack, EXPORT, { period, format: 'OPEN_DATA', first: 1000 }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data!.complaintExport).toMatchObject({ rows: 8, nextCursor: null });
    const rows = parse<Record<string, string>>(res.data!.complaintExport.csv, { columns: true });
    const consented = rows.find((r) => r['Complaint ID'] === reference)!;
    expect(consented['Consumer complaint narrative']).toBe('No signal for two weeks. Write to me at XXXX please.');
    expect(rows.filter((r) => r['Complaint ID'] !== reference).map((r) => r['Consumer complaint narrative'])).toEqual(Array(7).fill(''));
  });

  it('is refused to a handler', async () => {
    const res = await graphql(stack, EXPORT, { period, format: 'FULL' }, asStaff('h1', 'HANDLER'));
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('refuses a period longer than two years, and a page of more than 1,000', async () => {
    const long = await graphql(stack, EXPORT, { period: { from: '2020-01-01', to: '2022-01-02' }, format: 'FULL' }, analyst);
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    const big = await graphql(stack, EXPORT, { period, format: 'FULL', first: 1001 }, analyst);
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it("is written to a file by the CLI, page by page, as an analyst with a token from the stack's development issuer", async () => {
    const out = join(workDir, 'export.csv');
    const args = ['scripts/export.ts', '--endpoint', stack.urls.graphql, '--from', period.from, '--to', period.to, '--first', '3', '--out', out];
    const env = { ...process.env, DEV_ISSUER_FILE: issuerFile, EXPORT_TOKEN: '' };
    const { stderr } = await promisify(execFile)('node_modules/.bin/tsx', args, { cwd: join(__dirname, '../..'), env });
    expect(stderr).toContain(`8 complaints exported to ${out}.`);
    const csv = readFileSync(out, 'utf8');
    expect(csv.match(/^reference,/gm)).toHaveLength(1);
    expect(parse<Record<string, string>>(csv, { columns: true }).map((r) => r.reference).slice(0, 7)).toEqual(submitted);
  });
});
