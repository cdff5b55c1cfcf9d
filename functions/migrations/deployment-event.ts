import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import type { MigrationRun } from './runner';

/** What CloudFormation sends the function when the stack's `Custom::TableMigrations` resource is deployed. */
export const isDeploymentEvent = (event: unknown): event is CloudFormationCustomResourceEvent =>
  typeof event === 'object' && event !== null && 'RequestType' in event && 'ResponseURL' in event;

/**
 * Runs the migrations for a deployment and answers CloudFormation at the presigned URL it gave:
 * SUCCESS when they are applied or saved to continue on the schedule, FAILED (the deployment rolls
 * back) when the run threw. Deleting the resource (a rollback of its creation, or the stack's
 * deletion) runs nothing.
 */
export async function answerDeployment(event: CloudFormationCustomResourceEvent, run: () => Promise<MigrationRun>): Promise<void> {
  let status: 'SUCCESS' | 'FAILED' = 'SUCCESS';
  let reason = 'Nothing to run on delete.';
  if (event.RequestType !== 'Delete') {
    try {
      const result = await run();
      reason = result.done ? 'Every migration is applied.' : `Continuing on the schedule: ${result.pending.join(', ')}.`;
    } catch (error) {
      status = 'FAILED';
      reason = `The migration run failed (${error instanceof Error ? error.name : 'error'}); see the migration function's log.`;
    }
  }
  await put(
    event.ResponseURL,
    JSON.stringify({
      Status: status,
      Reason: reason,
      PhysicalResourceId: 'PhysicalResourceId' in event ? event.PhysicalResourceId : `${event.LogicalResourceId}-migrations`,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
    }),
  );
}

/** The URL is presigned with an empty content type, so the body goes with exactly that (fetch would add its own). */
function put(url: string, body: string): Promise<void> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => ((res.statusCode ?? 500) < 300 ? resolve() : reject(new Error(`CloudFormation's response URL answered HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}
