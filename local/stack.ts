import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ConfigurationError, configFromEnvironment, type PlatformConfig } from '../functions/config/environment';
import type { InboundEmailRecord, ReceivedEmail } from '../functions/core/inbound/inbound-email';
import { createInboundEmailService } from '../functions/wiring/inbound';
import { systemClock, type Clock } from '../functions/core/clock';
import { newCorrelationId, withCorrelationId } from '../functions/adapters/observability/correlation';
import { logger } from '../functions/adapters/observability/logger';
import { resumeOpenWorkflows } from '../functions/core/workflow-reconciler';
import { createGraphqlHandler } from '../functions/graphql/lambda-handler';
import { createWorkflowTasks } from '../functions/workflow/tasks';
import { complaintStore, searchPostings, statsStore } from '../functions/wiring/dynamodb';
import { complaintStreamHandler } from '../functions/streams/complaint-stream';
import { createOutboxStreamHandler, OUTBOX_RETRY_ATTEMPTS, STREAM_ATTEMPTS } from '../functions/streams/outbox-stream';
import { RETRY_SCHEDULE_MINUTES, retryUnsettledNotifications, type RetryOutcome } from '../functions/core/notification-retries';
import { sendPendingNotifications } from '../functions/core/notifications';
import { graphqlServices } from '../functions/wiring/graphql-services';
import { workflowStarter } from '../functions/wiring/step-functions';
import { workflowDependencies } from '../functions/wiring/workflow-dependencies';
import { fromLambdaResult, lambdaContext, readBody, RequestTooLarge, toApiGatewayEvent, type LambdaHttpHandler } from './api-gateway';
import { ensureTable, startDynamoDbLocal } from './dynamodb-local';
import { explorerAsset, explorerPage } from './explorer';
import { webAppsRoutes, type WebAppsRoutes } from './web-apps';
import { buildWebApps } from '../web/build/build-web-apps';
import { localSecretFiles } from './access-code-secret';
import { devIssuer } from './dev-issuer';
import { devOAuthRoutes } from './dev-oauth-server';
import { localStaffAuthConfig } from './staff-auth-config';
import { isLoopbackHost } from './loopback';
import { signInOrganizations } from './sign-in-organizations';
import { setUpDemoOrganization, type DemoOutcome } from './demo-organization';
import { freePort, requireJava, requirePortFree } from './preflight';
import { startSesLocal } from './ses-local';
import { startStreamPoller } from './stream-poller';
import { reportTimerMs, startReportTimer, type ReportTimer } from './report-timer';
import { runScheduledReports } from '../functions/core/reports/scheduled-run';
import { reportDependencies } from '../functions/wiring/report-dependencies';
import { LocalWorkflowRunner, type TaskHandlers } from './workflow-runner';
import { startDigestTimer, type DigestTimer } from './digest-timer';
import { startScheduleTimer, type ScheduleTimer } from './schedule-timer';
import { writeDailyDigests } from '../functions/core/audit/daily-digest';
import { digestDependencies } from '../functions/wiring/audit-digests';
import { fileRoute } from './file-route';
import { startSmtpServer } from './smtp-server';
import { startSimulatedDeliveryEvents } from './simulated-delivery-events';
import { recordDeliveryEvent } from '../functions/core/delivery-events';
import { deliveryEventDependencies } from '../functions/wiring/delivery-events';
import { migrateTable } from '../functions/wiring/migrations';

export interface LocalStackOptions {
  /** 0 picks a free port. */
  ports?: Partial<Record<'api' | 'dynamodb' | 'ses' | 'workflow', number>>;
  /** Where DynamoDB Local keeps its data; in memory when absent. */
  dataDir?: string;
  /** Tests only: a clock they control. Without it the stack runs the exported Lambda handlers as they are. */
  clock?: Clock;
  waitPollMs?: number;
  retryIntervalMs?: number;
  /** Where the development token issuer keeps its key; one for this process when absent (tests). */
  devIssuerFile?: string;
  /**
   * Where the signed daily audit digests are written (one JSON file per organization and
   * day) and their signing key kept: under `dataDir` when given, else a fresh temporary folder.
   */
  auditDigestDir?: string;
  /** Where the web apps are built; a fresh temporary folder when absent. */
  webDir?: string;
  /** Where complaint files are kept: `<dataDir>/files` when a data folder is given, else a fresh temporary folder. */
  filesDir?: string;
  /** Set up the demo organization in the default organization if it has no settings yet (local/demo-organization.ts). */
  demoOrganization?: boolean;
  /** The local SMTP server's port (SMTP_PORT, 2525 by default for npm start); 0 picks a free one. */
  smtpPort?: number;
  /** Tests only: send email here instead of to the local SES (e.g. a closed port). */
  sesEndpointOverride?: string;
  host?: string;
}

export interface LocalStack {
  urls: {
    api: string;
    graphql: string;
    explorer: string;
    portal: string;
    staff: string;
    inbox: string;
    dynamodb: string;
    workflow: string;
    /** `smtp://127.0.0.1:<port>`: the local SMTP server, when the stack takes email in (INBOUND_ADDRESS). */
    smtp?: string;
  };
  config: PlatformConfig;
  runner: LocalWorkflowRunner;
  /** The pollers feeding the table's stream to the stats and search handlers and to the notification outbox; idle() resolves once every write so far is counted, indexed and its notifications sent (or given up). */
  streams: { idle(): Promise<void> };
  /** The evaluation reports' timer (REPORT_TIMER_MS, hourly by default); runNow() runs it at once. */
  reports: Pick<ReportTimer, 'runNow'>;
  /** The daily audit digests: where their files are, and runNow() to sign every finished day now. */
  auditDigests: Pick<DigestTimer, 'runNow'> & { dir: string };
  /** The outbox's schedule (every RETRY_SCHEDULE_MINUTES): runNow() tries again at once what is due. */
  outboxRetries: Pick<ScheduleTimer<RetryOutcome>, 'runNow'>;
  /** The folder behind the local S3-compatible route at `<api>/files` (FILES_ENDPOINT). */
  files: { dir: string };
  graphqlHandler: LambdaHttpHandler;
  /** What the demoOrganization option did; absent without it. */
  demoOrganization?: DemoOutcome;
  /** Takes in an email sent to INBOUND_ADDRESS or its reply addresses, as the SES receipt function does in the cloud. */
  receiveEmail(email: ReceivedEmail): Promise<InboundEmailRecord>;
  /** Stops every part, the last started first; calling it again waits for the same stop. */
  stop: () => Promise<void>;
}

export const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:complaint-workflow';
const FILES_BUCKET = 'complaint-files';
const FILES_PATH = '/files';

const PORT_SETTINGS = { api: 'API_PORT', dynamodb: 'DYNAMODB_PORT', ses: 'SES_PORT', workflow: 'WORKFLOW_PORT' } as const;

async function resolvePorts(ports: LocalStackOptions['ports'], host: string) {
  const wanted = { api: 4000, dynamodb: 8000, ses: 8005, workflow: 8083, ...ports };
  const resolved = { ...wanted };
  for (const key of Object.keys(wanted) as Array<keyof typeof wanted>) {
    await requirePortFree(wanted[key], PORT_SETTINGS[key], host);
    if (wanted[key] === 0) resolved[key] = await freePort();
  }
  return resolved;
}

/**
 * The whole platform on this machine: DynamoDB Local, SES local, the workflow runner
 * and the GraphQL Lambda behind an HTTP server that speaks API Gateway's event format.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? '127.0.0.1';
  // Local runs on Node 20 are expected; Lambda runs Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  requireJava();
  const ports = await resolvePorts(options.ports, host);
  const stops: Array<() => Promise<void>> = [];
  // Once only: a second stop() (a test's afterAll after the harness's) waits for the first.
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const s of stops.reverse()) await s();
    })());
  try {
    const dynamodb = await startDynamoDbLocal(ports.dynamodb, options.dataDir);
    stops.push(dynamodb.stop);
    const ses = await startSesLocal(ports.ses, host);
    stops.push(ses.stop);

    const api = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${ports.api}`;
    const issuer = devIssuer(options.devIssuerFile);
    const audit = auditDigestFolder(options);
    if (audit.temporary) stops.push(() => rm(audit.base, { recursive: true, force: true }));
    const files = filesFolder(options);
    if (files.temporary) stops.push(() => rm(files.dir, { recursive: true, force: true }));
    const secrets = secretsFolder(options);
    if (secrets.temporary) stops.push(() => rm(secrets.dir, { recursive: true, force: true }));
    const secretFiles = localSecretFiles(secrets.dir);
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      TABLE_NAME: 'complaints',
      DYNAMODB_ENDPOINT: dynamodb.endpoint,
      SES_ENDPOINT: options.sesEndpointOverride ?? ses.endpoint,
      STEPFUNCTIONS_ENDPOINT: `http://${host}:${ports.workflow}`,
      STATE_MACHINE_ARN,
      SENDER_EMAIL: process.env.SENDER_EMAIL ?? 'complaints@example.org',
      // The address complainants write to; the local SMTP server takes mail for its domain.
      INBOUND_ADDRESS: process.env.INBOUND_ADDRESS ?? 'complaints@inbound.localhost',
      TRACKING_URL: `${api}/track`,
      DEVELOPMENT_MODE: 'true',
      AUTH_DEV_ISSUER: issuer.issuer,
      AUTH_DEV_AUDIENCE: issuer.audience,
      AUTH_DEV_JWKS: JSON.stringify(issuer.jwks),
      // Where the secrets are read when needed (files standing in for Secrets Manager), never the secrets themselves.
      ACCESS_CODE_SECRET_FILE: secretFiles.accessCode,
      SEARCH_INDEX_SECRET_FILE: secretFiles.searchIndex,
      AUDIT_DIGEST_DIR: join(audit.base, 'digests'),
      AUDIT_DIGEST_KEY_FILE: join(audit.base, 'digest-signing-key.json'),
      // The files bucket's stand-in: a route of this server, so the browser uploads to its own origin.
      FILES_BUCKET: FILES_BUCKET,
      FILES_ENDPOINT: `${api}${FILES_PATH}`,
    });
    const config = configFromEnvironment();
    const tableClient = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: config.region });
    await ensureTable(tableClient, config.tableName);
    // What the deployment's migration trigger does in the cloud: the data folder's items reach this release's format.
    await migrateTable(tableClient, config.tableName, { logger: logger, clock: options.clock });
    const demoOrganization = options.demoOrganization ? await setUpDemoOrganization(complaintStore(config), config.settingsDefaults) : undefined;
    // The aggregates and the search index follow the table's stream, as the event source mapping feeds the stream function in the cloud.
    const streams = startStreamPoller({
      endpoint: dynamodb.endpoint,
      region: config.region,
      tableName: config.tableName,
      logger,
      handler: options.clock ? complaintStreamHandler(statsStore(config), searchPostings(config), logger) : (await import('../functions/streams/handler')).handler,
    });
    stops.push(() => streams.stop());
    // With a clock, the outbox, its schedule and the workflow tasks share one set of dependencies built for it.
    const workflowDeps = options.clock && workflowDependencies(config, options.clock);
    // The notification outbox reads the same stream on its own, as its own event source mapping does in the cloud.
    const outbox = startStreamPoller({
      endpoint: dynamodb.endpoint,
      region: config.region,
      tableName: config.tableName,
      logger: logger,
      retryAttempts: OUTBOX_RETRY_ATTEMPTS,
      handler: workflowDeps ? outboxHandler(workflowDeps) : (await import('../functions/streams/outbox-handler')).handler,
    });
    stops.push(() => outbox.stop());

    const { graphqlHandler, tasks } = options.clock && workflowDeps ? fromFactories(config, options.clock, workflowDeps) : await exportedHandlers();
    const inbound = createInboundEmailService(config, options.clock);
    const runner = new LocalWorkflowRunner({
      tasks,
      stateMachineArn: STATE_MACHINE_ARN,
      waitPollMs: options.waitPollMs,
      retryIntervalMs: options.retryIntervalMs,
      onError: (complaintId, error) => logger.error('workflow.execution_failed', { complaintId, errorName: (error as Error).name }),
    });
    const workflow = await runner.listen(ports.workflow, host);
    stops.push(() => runner.stop());

    const web = webFolder(options);
    if (web.temporary) stops.push(() => rm(web.base, { recursive: true, force: true }));
    const built = await buildWebApps(web.base);
    // The sign-in returns to the name the page was opened at (localhost or 127.0.0.1): the tab's
    // sessionStorage, which holds the PKCE verifier and state, belongs to that origin only.
    const staffAuth = (host: string | undefined) => localStaffAuthConfig(isLoopbackHost(host) ? `http://${host}` : api);
    const webApps = webAppsRoutes({ dirs: built.dirs, config: (app, host) => (app === 'staff' ? { graphqlUrl: '/graphql', auth: staffAuth(host) } : { graphqlUrl: '/graphql' }) });
    const fileObjects = fileRoute({
      basePath: FILES_PATH,
      bucket: FILES_BUCKET,
      dir: files.dir,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local', region: config.region },
      clock: options.clock ?? systemClock,
    });
    // The API's own paths first; the web apps answer every other GET.
    const staffSignIn = devOAuthRoutes({ issuer, organizations: signInOrganizations(config), clock: options.clock ?? systemClock });
    const server = serveApi(graphqlHandler, [fileObjects, staffSignIn], webApps);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ports.api, host, resolve);
    });
    stops.push(() => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }));

    // Executions that were waiting when the stack last stopped pick up where they were.
    await resumeOpenWorkflows({ store: complaintStore(config), workflow: workflowStarter(config), logger });

    // What the cloud's hourly schedule does: send the evaluation reports and calendar notices that are due.
    const reportDeps = options.clock && reportDependencies(config, options.clock);
    const reports = startReportTimer({
      run: reportDeps ? () => runScheduledReports(reportDeps) : (await import('../functions/reports/handler')).handler,
      logger,
      intervalMs: reportTimerMs(),
    });
    stops.push(() => reports.stop());

    // What the outbox's schedule does in the cloud: try again the emails that failed after the stream's retries.
    const outboxRetries = startScheduleTimer<RetryOutcome>({
      run: workflowDeps
        ? () => retryUnsettledNotifications(workflowDeps, STREAM_ATTEMPTS)
        : async () => (await import('../functions/streams/outbox-handler')).handler({ retryUnsettled: true }),
      logger,
      intervalMs: RETRY_SCHEDULE_MINUTES * 60_000,
      failureEvent: 'outbox.retry_timer_failed',
    });
    stops.push(() => outboxRetries.stop());

    // What the cloud's daily schedule does: sign each finished day's audit chain heads.
    const digestDeps = options.clock && digestDependencies(config, options.clock);
    const digests = startDigestTimer({ run: digestDeps ? () => writeDailyDigests(digestDeps) : (await import('../functions/audit/handler')).handler, logger });
    stops.push(() => digests.stop());

    // What the configuration set's event destination does in the cloud, for SES's mailbox simulator addresses.
    const deliveryEvents = deliveryEventDependencies(config);
    const simulator = startSimulatedDeliveryEvents({
      sesEndpoint: ses.endpoint,
      record: (event) => recordDeliveryEvent(deliveryEvents, event),
      clock: options.clock ?? systemClock,
      logger,
    });
    stops.push(simulator.stop);

    // What SES receiving does in the cloud: mail to the inbound address reaches the intake, raw.
    if (inbound && options.smtpPort) await requirePortFree(options.smtpPort, 'SMTP_PORT');
    const smtp =
      inbound &&
      (await startSmtpServer({
        port: options.smtpPort ?? 0,
        domain: config.inboundAddress!.split('@')[1],
        clock: options.clock ?? systemClock,
        logger,
        // Each message is a request of its own, as in the inbound function.
        receive: (email) => withCorrelationId(newCorrelationId(), () => inbound.receive(email)),
      }));
    if (smtp) stops.push(smtp.stop);

    return {
      urls: { api, graphql: `${api}/graphql`, explorer: `${api}/explorer/`, portal: `${api}/`, staff: `${api}/staff/`, inbox: ses.endpoint, dynamodb: dynamodb.endpoint, workflow, smtp: smtp?.url },
      config,
      runner,
      streams: { idle: async () => void (await Promise.all([streams.idle(), outbox.idle()])) },
      reports,
      auditDigests: { runNow: digests.runNow, dir: config.auditDigests.dir! },
      outboxRetries: { runNow: outboxRetries.runNow },
      files: { dir: files.dir },
      graphqlHandler,
      demoOrganization,
      receiveEmail: (email) => (inbound ? inbound.receive(email) : Promise.reject(new ConfigurationError('The local stack takes no email in: INBOUND_ADDRESS is not set.'))),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Where the audit digests and their key live (the cloud's are an S3 bucket and a KMS key); a temporary folder goes with the stack. */
function auditDigestFolder(options: LocalStackOptions): { base: string; temporary: boolean } {
  if (options.auditDigestDir) return { base: options.auditDigestDir, temporary: false };
  if (options.dataDir) return { base: join(options.dataDir, 'audit'), temporary: false };
  return { base: mkdtempSync(join(tmpdir(), 'complaint-audit-')), temporary: true };
}

/** Where the web apps are built: `webDir`, or a temporary folder that goes with the stack. */
function webFolder(options: LocalStackOptions): { base: string; temporary: boolean } {
  if (options.webDir) return { base: options.webDir, temporary: false };
  return { base: mkdtempSync(join(tmpdir(), 'complaint-web-')), temporary: true };
}

/** Where the local files route keeps objects: beside the table's data, or a temporary folder that goes with the stack. */
function filesFolder(options: LocalStackOptions): { dir: string; temporary: boolean } {
  if (options.filesDir) return { dir: options.filesDir, temporary: false };
  if (options.dataDir) return { dir: join(options.dataDir, 'files'), temporary: false };
  return { dir: mkdtempSync(join(tmpdir(), 'complaint-files-')), temporary: true };
}

/** Where the secrets' files are kept: in the data folder (where they always were), or a temporary folder that goes with the stack. */
function secretsFolder(options: LocalStackOptions): { dir: string; temporary: boolean } {
  if (options.dataDir) return { dir: options.dataDir, temporary: false };
  return { dir: mkdtempSync(join(tmpdir(), 'complaint-secrets-')), temporary: true };
}

/** The modules the Lambda functions run, loaded after the environment is set, as Lambda loads them. */
async function exportedHandlers(): Promise<{ graphqlHandler: LambdaHttpHandler; tasks: TaskHandlers }> {
  const api = await import('../functions/graphql/handler');
  const t = await import('../functions/workflow/handlers/task-handlers');
  return {
    graphqlHandler: api.handler,
    tasks: {
      Advance: t.advance,
      CloseWorkflow: t.closeWorkflow,
    },
  };
}

type WorkflowDependencies = ReturnType<typeof workflowDependencies>;

function outboxHandler(deps: WorkflowDependencies) {
  return createOutboxStreamHandler((complaintId) => sendPendingNotifications(deps, complaintId), logger);
}

function fromFactories(config: PlatformConfig, clock: Clock, deps: WorkflowDependencies): { graphqlHandler: LambdaHttpHandler; tasks: TaskHandlers } {
  return {
    graphqlHandler: createGraphqlHandler(graphqlServices(config, clock)),
    tasks: createWorkflowTasks(deps),
  };
}

/** The analytics dashboard's old address: it became the workspace's analytics section. */
const OLD_DASHBOARD = /^\/dashboard(\/|$)/;

/** Answers a request it serves (true), or leaves it to the next route (false). */
type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

function serveApi(graphqlHandler: LambdaHttpHandler, routes: Route[], webApps: WebAppsRoutes): Server {
  return createServer((req, res) => {
    if (routes.some((route) => route(req, res))) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (OLD_DASHBOARD.test(path)) {
      res.writeHead(308, { location: '/staff/analytics' });
      res.end();
      return;
    }
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/graphql') {
      readBody(req)
        .then((body) => graphqlHandler(toApiGatewayEvent(req, body, 'ANY /graphql'), lambdaContext('graphql')))
        .then((result) => {
          const { status, headers, body } = fromLambdaResult(result);
          res.writeHead(status, headers);
          res.end(body);
        })
        .catch((error: unknown) => {
          if (error instanceof RequestTooLarge) {
            send(413, 'application/json', JSON.stringify({ errors: [{ message: 'The request body is larger than API Gateway accepts.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
          }
          else send(500, 'application/json', JSON.stringify({ message: 'Internal Server Error' }));
        });
      return;
    }
    if (path === '/explorer' && req.method === 'GET') {
      res.writeHead(308, { location: '/explorer/' });
      return res.end();
    }
    if (path === '/explorer/' && req.method === 'GET') return send(200, 'text/html; charset=utf-8', explorerPage('/graphql'));
    const asset = path.startsWith('/explorer/') ? explorerAsset(path.slice('/explorer/'.length)) : undefined;
    if (asset) return send(200, asset.type, asset.body);
    if (webApps(req, res)) return;
    send(404, 'application/json', JSON.stringify({ message: 'Not Found' }));
  });
}
