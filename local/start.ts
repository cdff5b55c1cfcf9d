import { demoOrganizationWanted, describeDemoOrganization } from './demo-organization';
import { PreflightError } from './preflight';
import { startLocalStack } from './stack';
import { DATA_DIR, DEV_ISSUER_FILE, SMTP_PORT, WEB_DIR } from './start-options';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<void> {
  // Ctrl-C while the parts start waits for the start, then stops what started.
  let stopRequested = false;
  const early = () => {
    stopRequested = true;
  };
  process.on('SIGINT', early);
  process.on('SIGTERM', early);
  const stack = await startLocalStack({
    dataDir: DATA_DIR,
    devIssuerFile: DEV_ISSUER_FILE,
    webDir: WEB_DIR,
    demoOrganization: demoOrganizationWanted(process.env),
    ports: { api: port('API_PORT', 4000), dynamodb: port('DYNAMODB_PORT', 8000), ses: port('SES_PORT', 8005), workflow: port('WORKFLOW_PORT', 8083) },
    smtpPort: SMTP_PORT,
  });
  console.log(`
Complaint platform is running locally.
  Complaint portal   ${stack.urls.portal}
  Staff workspace    ${stack.urls.staff}
  GraphQL API        ${stack.urls.graphql}
  GraphQL explorer   ${stack.urls.explorer}
  Analytics          ${stack.urls.staff}analytics   (in the workspace; /dashboard/ leads there)
  Email inbox (SES)  ${stack.urls.inbox}${stack.urls.smtp ? `\n  Inbound SMTP       ${stack.urls.smtp}   (mail to ${process.env.INBOUND_ADDRESS})` : ''}
  DynamoDB Local     ${stack.urls.dynamodb}   (data in ${DATA_DIR})
  Workflow runner    ${stack.urls.workflow}   (${stack.runner.running()} workflows resumed)
  Audit digests      ${stack.auditDigests.dir}   (signed daily; npm run verify-audit)
Staff token for the explorer's Authorization header:  npm run -s token -- --role admin
Press Ctrl-C to stop.
`);
  if (stack.demoOrganization?.created) console.log(describeDemoOrganization(stack.demoOrganization.settings, stack.urls));
  process.off('SIGINT', early);
  process.off('SIGTERM', early);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    stack.stop().then(
      () => {
        console.log('Stopped. Pending workflows resume on the next npm start.');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  if (stopRequested) shutdown();
}

main().catch((error: unknown) => {
  console.error(error instanceof PreflightError ? `\n${error.message}\n` : error);
  process.exit(1);
});
