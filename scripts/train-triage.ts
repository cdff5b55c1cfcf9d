import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comprehendTrainingCsv, MIN_EXAMPLES_PER_CLASS } from '../functions/adapters/comprehend/training-csv';
import type { Complaint } from '../functions/core/complaint';
import { train } from '../functions/core/triage/linear-model';
import { organizationExamples } from '../functions/core/triage/training-data';
import { DEFAULT_MODEL_FILE } from '../functions/wiring/triage';
import { devIssuer } from '../local/dev-issuer';
import { DEV_ISSUER_FILE } from '../local/start-options';
import { cfpbExamples, TRAINING_SAMPLE } from './triage-data';

/**
 * npm run train-triage -- [FILE.csv …] [--endpoint URL [--token TOKEN] [--org ID]] [--out model.json | --comprehend-csv FILE]
 * Trains the triage model from CFPB-format files (the in-repository sample when none is
 * named) and, with --endpoint, the organization's own handled complaints and staff
 * corrections read through the API. Writes the shipped model unless --out says otherwise;
 * with --comprehend-csv it writes the same examples as a Comprehend custom classifier's
 * training file instead, and trains nothing.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { endpoint: { type: 'string' }, token: { type: 'string' }, org: { type: 'string' }, out: { type: 'string' }, 'comprehend-csv': { type: 'string' } },
});

type Handled = Pick<Complaint, 'facts' | 'category' | 'status' | 'triageSuggestions'>;
const QUERY = `query Handled($after: String) {
  complaints(first: 100, after: $after) { edges { node { facts category status triageSuggestions { kind value confidence source status correctedTo } } } pageInfo { hasNextPage endCursor } }
}`;

async function organizationComplaints(endpoint: string): Promise<Handled[]> {
  // Locally a supervisor's token from the development issuer `npm start` trusts; the cloud needs a real one.
  const token = values.token || devIssuer(process.env.DEV_ISSUER_FILE ?? DEV_ISSUER_FILE).mint({ organizationId: values.org ?? 'default', role: 'SUPERVISOR', staffId: 'triage-training' });
  const out: Handled[] = [];
  let after: string | null = null;
  do {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { after } }) });
    const body = (await res.json()) as { data?: { complaints: { edges: Array<{ node: Handled }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: Array<{ message: string }> };
    if (!body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
    out.push(...body.data.complaints.edges.map((e) => e.node));
    after = body.data.complaints.pageInfo.hasNextPage ? body.data.complaints.pageInfo.endCursor : null;
  } while (after);
  return out;
}

async function main(): Promise<void> {
  const files = positionals.length ? positionals : [TRAINING_SAMPLE];
  const cfpb = (await Promise.all(files.map(cfpbExamples))).flat();
  const own = values.endpoint ? organizationExamples(await organizationComplaints(values.endpoint)) : [];
  if (values['comprehend-csv']) {
    const { csv, rows, leftOut } = comprehendTrainingCsv([...cfpb, ...own]);
    const file = resolve(values['comprehend-csv']);
    writeFileSync(file, csv);
    const note = leftOut.length ? `; left out, with fewer than ${MIN_EXAMPLES_PER_CLASS} examples: ${leftOut.join('; ')}` : '';
    console.log(`Wrote ${rows} examples (${cfpb.length} CFPB narratives, ${own.length} of the organization's complaints) for a Comprehend custom classifier → ${file}${note}`);
    return;
  }
  const started = performance.now();
  const model = train([...cfpb, ...own]);
  const json = JSON.stringify(model);
  const out = resolve(values.out ?? resolve(__dirname, '..', DEFAULT_MODEL_FILE));
  writeFileSync(out, `${json}\n`);
  console.log(`Trained on ${cfpb.length} CFPB narratives and ${own.length} of the organization's complaints in ${Math.round(performance.now() - started)} ms: ${model.labels.length} labels, ${json.length} bytes → ${out}`);
}

main().catch((error: Error) => {
  console.error(`train-triage failed: ${error.message}`);
  process.exit(1);
});
