import type { LocalStack } from '../../local/stack';
import { captureOutput, logLines } from '../harness/captured-output';
import { allSent, ok, waitForComplaint } from '../harness/lifecycle';
import { asStaff, graphql, mailTo, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * One correlation id follows a complaint's request: the API's log line, the tasks of the
 * workflow execution that request started, and the email it queued, sent by the outbox
 * (with SES's message id).
 */

const SUBMITTED_AS = '0b7c6d2e-3f41-4a5b-8c9d-0e1f2a3b4c5d';
const ACCEPTED_AS = '9a8b7c6d-5e4f-4321-9abc-def012345678';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let stack: LocalStack;
let output: ReturnType<typeof captureOutput>;

beforeAll(async () => {
  output = captureOutput();
  // Executions begin by waiting for their deadline: woken every few milliseconds, their tasks run (and log) now.
  stack = await startTestStack({ waitPollMs: 25 });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  output.restore();
});

/** The product's log lines about one complaint. */
const linesOf = (complaintId: string) => logLines(output.chunks).filter((l) => l.complaintId === complaintId);

describe('a correlation id', () => {
  let complaintId: string;
  const email = `correlated.${process.pid}@example.com`;

  it("is taken from the caller's x-correlation-id and named in the answer", async () => {
    const res = await fetch(stack.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': SUBMITTED_AS },
      body: JSON.stringify({ query: SUBMIT, variables: { input: sampleSubmission({ complainant: { name: 'Sam', email } }) } }),
    });
    expect(res.headers.get('x-correlation-id')).toBe(SUBMITTED_AS);
    complaintId = ((await res.json()) as { data: { submitComplaint: { complaint: { id: string } } } }).data.submitComplaint.complaint.id;
  });

  it('follows the submission into the API log, the workflow task it started and the acknowledgement sent, with its SES message id', async () => {
    await waitForComplaint(stack, complaintId, 'the acknowledgement', allSent);
    // A task's line is written when it returns, just after what it did.
    const logged = (state: string) => linesOf(complaintId).some((l) => l.message === 'workflow.task' && l.code === state);
    await waitForComplaint(stack, complaintId, 'the Advance task to return', () => logged('Advance'));
    const [acknowledgement] = await mailTo(stack, email);
    const lines = linesOf(complaintId);
    expect(lines.find((l) => l.message === 'complaint.received')).toMatchObject({ correlationId: SUBMITTED_AS, code: 'WEB' });
    const tasks = lines.filter((l) => l.message === 'workflow.task');
    expect(tasks.map((l) => l.code)).toContain('Advance');
    expect(tasks.every((l) => l.correlationId === SUBMITTED_AS)).toBe(true);
    expect(lines.find((l) => l.message === 'notification.sent')).toMatchObject({ correlationId: SUBMITTED_AS, code: 'ACKNOWLEDGEMENT', messageId: acknowledgement.messageId });
  });

  it("follows a member of staff's step into the workflow execution it starts", async () => {
    const { version } = await ok<{ version: number }>(graphql(stack, 'query($id: ID!) { complaint(id: $id) { version } }', { id: complaintId }, asStaff('admin')));
    await ok(graphql(stack, 'mutation($id: ID!, $v: Int!) { acceptComplaint(id: $id, expectedVersion: $v) { version } }', { id: complaintId, v: version }, { ...asStaff('admin'), 'x-correlation-id': ACCEPTED_AS }));
    await waitForComplaint(stack, complaintId, 'the acceptance to be handled by the workflow', () => linesOf(complaintId).some((l) => l.message === 'workflow.task' && l.correlationId === ACCEPTED_AS));
    expect(linesOf(complaintId).find((l) => l.message === 'complaint.step')).toMatchObject({ code: 'ACCEPTED', correlationId: ACCEPTED_AS });
  });

  it('is made afresh for a request without one, or with one that is not a UUID', async () => {
    const res = await fetch(stack.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'sam@example.com' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-correlation-id')).toMatch(UUID);
    expect(res.headers.get('x-correlation-id')).not.toBe(SUBMITTED_AS);
  });
});
