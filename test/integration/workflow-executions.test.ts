import { DescribeExecutionCommand, ExecutionDoesNotExist, SFNClient } from '@aws-sdk/client-sfn';
import type { LocalStack } from '../../local/stack';
import { STATE_MACHINE_ARN } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { act, allSent, configure, mailAbout, person, submit, waitForComplaint } from '../harness/lifecycle';
import { startTestStack } from '../harness/local-stack';

const handler = person('we-wu', 'Wu Fang');
const supervisor = person('we-feng', 'Feng Jing');

describe('workflow executions on the local runner, through the Step Functions API', () => {
  const time = new FakeClock('2026-11-30T02:00:00.000Z');
  let stack: LocalStack;
  let sfn: SFNClient;
  const execution = (complaintId: string, epoch: number) =>
    sfn.send(new DescribeExecutionCommand({ executionArn: `${STATE_MACHINE_ARN.replace(':stateMachine:', ':execution:')}:${complaintId}-${epoch}` }));

  beforeAll(async () => {
    // Every wait a minute long: the test's clock is in the past, so the real deadlines would not hold an execution
    // waiting, and one woken while its epoch is replaced ends by itself (Superseded, SUCCEEDED) before the stop.
    stack = await startTestStack({ clock: time, waitPollMs: 60_000 });
    sfn = new SFNClient({ endpoint: stack.urls.workflow, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await configure(stack, {
      staff: [handler, supervisor],
      teams: [{ id: 'mobile', name: 'Mobile', memberIds: [handler.id], supervisorId: supervisor.id }],
      managerId: supervisor.id,
    });
  });
  afterAll(async () => {
    sfn?.destroy();
    await stack?.stop();
  });

  it('stops the execution a newer epoch replaces (ABORTED, error Superseded), starts none when the next deadline stays, and sends each email once', async () => {
    const s = await submit(stack, { category: 'Mobile network' });
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    expect((await execution(s.id, 1)).status).toBe('RUNNING');

    // Acceptance moves the clocks: epoch 2 starts and epoch 1 is stopped, not left to wake only to end.
    const accepted = await act(stack, supervisor.id, 'accept', s.id);
    expect((await execution(s.id, 2)).status).toBe('RUNNING');
    expect(await execution(s.id, 1)).toMatchObject({ status: 'ABORTED', error: 'Superseded' });

    // Designating the handler leaves the next deadline where it was: no execution for its version.
    const assigned = await act(stack, supervisor.id, 'assign', s.id, { handlerId: handler.id });
    expect(assigned.version).toBe(accepted.version + 1);
    await expect(execution(s.id, assigned.version)).rejects.toBeInstanceOf(ExecutionDoesNotExist);
    expect(stack.runner.running()).toBe(1);

    // Its email and the acceptance's went out through the outbox, each once.
    await waitForComplaint(stack, s.id, 'the emails', allSent);
    await stack.streams.idle();
    expect((await mailAbout(stack, s.reference, s.email)).length).toBe(3);
  });
});
