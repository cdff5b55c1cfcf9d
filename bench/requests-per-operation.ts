/**
 * (b) How many DynamoDB requests each GraphQL operation makes. A count, not a timing.
 * The real GraphQL handler (createGraphqlHandler) over the real store, whose DynamoDB
 * client counts every HTTP request it sends (retries included), against DynamoDB Local
 * in memory. The workflow starter is a counting no-op: the workflow is not under test.
 */
import { devIssuerTokenVerifier } from '../functions/adapters/auth/jwt-verifiers';
import { devIssuer, type DevIssuer } from '../local/dev-issuer';
import { randomUUID } from 'node:crypto';
import { systemClock } from '../functions/core/clock';
import type { GraphqlServices } from '../functions/graphql/context';
import { createGraphqlHandler } from '../functions/graphql/lambda-handler';
import { complaintStore, duplicateIndex } from '../functions/wiring/dynamodb';
import { lambdaContext, type LambdaHttpHandler } from '../local/api-gateway';
import { silent, startBenchTable } from './bench-table';
import { ratio, table } from './report';

const SUMMARY = 'id reference status channel category receivedAt clocks { id dueAt state } version';
const FULL = `${SUMMARY} product facts remedyRequested occurredOn priority region jurisdictions teamId pendingRequest
  complainant { name email phone postalAddress preferredLanguage } respondent { name address } handler { id name }
  escalation { level at reason } decision { accepted reason explanation at } finalResponse { outcome at } feedback { rating resolved at }
  cfpb { timelyResponse responseCategory consumerDisputed } entries { kind at author { kind id } text }
  notifications { kind recipient state attempts updatedAt } history { at actor { kind id } action }`;

const SUBMIT = (selection: string) =>
  `mutation Submit($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference accessCode complaint { ${selection} } } }`;

export const sampleSubmission = (n: number) => ({
  channel: 'WEB',
  complainant: { name: `投诉人 ${n}`, email: `complainant${n}@example.org`, phone: '+86 138 0013 8000', preferredLanguage: 'ZH_CN' },
  respondent: { name: '某某电信有限公司', address: '北京市朝阳区建国路 1 号' },
  category: 'Mobile network',
  product: 'Prepaid plan',
  facts: '我于本月初办理了套餐变更，但账单仍按原套餐收费，多次致电客服未获解决。'.repeat(6),
  remedyRequested: 'Refund the overcharge and apply the new plan from the date of the change.',
  occurredOn: '2026-01-05',
});

interface Operation {
  name: string;
  /** What the client asks for, in words. */
  selection: string;
  /** The fewest requests that access pattern needs with the keys in table-design.ts, and why. */
  minimum: number;
  minimumIs: string;
  query: string;
  variables: () => Record<string, unknown>;
}

export interface OperationCount {
  name: string;
  selection: string;
  requests: string[];
  minimum: number;
  minimumIs: string;
}

export interface RequestsPerOperationResult {
  counts: OperationCount[];
  workflowStarts: number;
  submits: number;
}

/** An API Gateway v2 event POSTing a GraphQL operation, with extra headers (e.g. a staff bearer token). */
/** A signed-in administrator's header (verifying a token makes no DynamoDB request). */
export const staffHeaders = (issuer: DevIssuer, organizationId: string, staffId = 'bench-admin') => ({
  authorization: `Bearer ${issuer.mint({ organizationId, role: 'ADMIN', staffId })}`,
});

export function apiEvent(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: 'ANY /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: 'bench.local', ...headers },
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'bench.local',
      domainPrefix: 'bench',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: randomUUID(),
      routeKey: 'ANY /graphql',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: JSON.stringify({ query, variables }),
    isBase64Encoded: false,
  };
}

export async function runRequestsPerOperation(): Promise<RequestsPerOperationResult> {
  const { client, config, stop } = await startBenchTable();
  try {

    // Below the retry middleware (finalizeRequest), so every attempt on the wire is counted.
    let sent: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(context.commandName?.replace(/Command$/, '') ?? 'unknown');
        return next(args);
      },
      { step: 'deserialize', name: 'benchRequestCounter' },
    );
    let workflowStarts = 0;
    const issuer = devIssuer();
    const services: GraphqlServices = {
      store: complaintStore(config, client),
      duplicates: duplicateIndex(config, client),
      workflow: { start: async () => void (workflowStarts += 1) },
      clock: systemClock,
      settingsDefaults: config.settingsDefaults,
      logger: silent,
      developmentMode: false,
      tokenVerifier: devIssuerTokenVerifier(issuer.issuer, issuer.audience, issuer.jwks),
    };
    const handler = createGraphqlHandler(services) as LambdaHttpHandler;
    let submits = 0;
    const call = async (query: string, variables: Record<string, unknown>) => {
      const result = await handler(apiEvent(query, variables, staffHeaders(issuer, config.settingsDefaults.organizationId)), lambdaContext('graphql'));
      const body = JSON.parse((result as { body: string }).body) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const submit = async (selection: string) => {
      submits += 1;
      const data = await call(SUBMIT(selection), { input: sampleSubmission(submits) });
      return data.submitComplaint as { reference: string; complaint: { id: string } };
    };

    // More complaints than one page holds, so the page below is full and has a next page.
    for (let i = 0; i < 24; i += 1) await submit('id');
    const { complaint, reference } = await submit('id');

    const operations: Operation[] = [
      {
        name: 'submitComplaint',
        selection: 'reference, accessCode, complaint summary (no history/notifications)',
        minimum: 20,
        minimumIs:
          '1 GetItem ORG#<org>/SETTINGS (the SLA targets and calendar the clocks start from) + the duplicate lookup: 16 Queries on its LSH band buckets, 1 on GSI8 (email hash), 1 on its phone hash ' +
          '(then 1 GetItem per candidate scored, at most 8: here every earlier complaint is the same sample, so 8) + 1 TransactWriteItems (reference claim, complaint, audit, notification, workflow marker, 16 band items, phone item)',
        query: SUBMIT(SUMMARY),
        variables: () => ({ input: sampleSubmission(submits) }),
      },
      {
        name: 'submitComplaint',
        selection: 'as above + complaint.history and .notifications',
        minimum: 20,
        minimumIs: 'as above (the resolver holds what it just wrote)',
        query: SUBMIT(FULL),
        variables: () => ({ input: sampleSubmission(submits) }),
      },
      {
        name: 'complaint(id)',
        selection: 'every Complaint field, incl. history and notifications',
        minimum: 1,
        minimumIs: '1 Query on the partition COMPLAINT#<id>',
        query: `query One($id: ID!) { complaint(id: $id) { ${FULL} } }`,
        variables: () => ({ id: complaint.id }),
      },
      {
        name: 'complaintByReference',
        selection: 'every Complaint field, incl. history and notifications',
        minimum: 2,
        minimumIs: '1 GetItem REFERENCE#<ref> (gives the id) + 1 Query on COMPLAINT#<id>',
        query: `query ByRef($reference: String!) { complaintByReference(reference: $reference) { ${FULL} } }`,
        variables: () => ({ reference }),
      },
      {
        name: 'complaints(first: 20)',
        selection: 'one full page of complaint summaries + pageInfo',
        minimum: 1,
        minimumIs: '1 Query on GSI1 (ORG#<org>, newest first, Limit 21)',
        query: `{ complaints(first: 20) { edges { cursor node { ${SUMMARY} } } pageInfo { hasNextPage endCursor } } }`,
        variables: () => ({}),
      },
      {
        name: 'complaints(first: 20)',
        selection: 'as above + notifications of each complaint',
        minimum: 21,
        minimumIs: '1 Query on GSI1 + 1 Query per complaint (begins_with NOTIFICATION#): a notification key holds its version, so the keys cannot be listed for one BatchGetItem',
        query: `{ complaints(first: 20) { edges { cursor node { ${SUMMARY} notifications { kind state } } } pageInfo { hasNextPage endCursor } } }`,
        variables: () => ({}),
      },
    ];

    const counts: OperationCount[] = [];
    for (const op of operations) {
      if (op.name === 'submitComplaint') submits += 1;
      sent = [];
      const data = await call(op.query, op.variables());
      if (op.name.startsWith('complaints(')) {
        const page = data.complaints as { edges: unknown[]; pageInfo: { hasNextPage: boolean } };
        if (page.edges.length !== 20 || !page.pageInfo.hasNextPage) throw new Error('the list page is not a full page with a next page');
      }
      counts.push({ name: op.name, selection: op.selection, requests: sent, minimum: op.minimum, minimumIs: op.minimumIs });
    }
    return { counts, workflowStarts, submits };
  } finally {
    await stop();
  }
}

function summarize(requests: string[]): string {
  const by = new Map<string, number>();
  for (const r of requests) by.set(r, (by.get(r) ?? 0) + 1);
  return [...by].map(([name, n]) => `${n} ${name}`).join(' + ');
}

export function describeRequestsPerOperation(r: RequestsPerOperationResult): string {
  const rows = r.counts.map((c) => [
    `\`${c.name}\``,
    c.selection,
    `**${c.requests.length}**`,
    summarize(c.requests),
    c.minimum,
    `**${ratio(c.requests.length / c.minimum)}**`,
    c.minimumIs,
  ]);
  return [
    '### (b) DynamoDB requests per GraphQL operation',
    '',
    table(['operation', 'fields asked for', 'requests', 'which', 'minimum', 'requests / minimum', 'minimum, as table-design.ts keys it'], rows),
    '',
    'A count, not a timing, so it does not vary between machines or runs. Each operation is one `handler(event, context)` call on',
    '`createGraphqlHandler(...)` with the real `DynamoDbComplaintStore`, whose `DynamoDBClient` carries a counting middleware in the',
    '`deserialize` step (below the retry middleware: every HTTP request is counted, retries included), against DynamoDB Local in memory',
    `holding ${r.submits} complaints (so the page is full and has a next page). *minimum* is the fewest requests the access pattern needs`,
    'with the keys described in `functions/adapters/dynamodb/table-design.ts`; ×1.00 means the operation makes no request it could avoid.',
    `The workflow starter is a counting no-op (${r.workflowStarts} starts for ${r.submits} submits): starting the workflow is a Step Functions`,
    'call, not a DynamoDB request, and the workflow itself is not under test here.',
  ].join('\n');
}
