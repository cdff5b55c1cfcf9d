import { DescribeExecutionCommand, ExecutionAlreadyExists, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { WorkflowStarter } from '../../core/ports';
import { currentCorrelationId } from '../observability/correlation';

/**
 * Starts one execution per complaint and epoch, named after both: Step Functions treats
 * a second start of a running execution with the same name and input as the same
 * execution (with another input, e.g. another correlation id, it is asked whether that one runs). A finished execution whose epoch is still open (its last task failed) is
 * started afresh under a new name; every task is idempotent.
 */
export class StepFunctionsStarter implements WorkflowStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(complaintId: string, epoch: number): Promise<void> {
    // The correlation id of the request that starts it, so its tasks log under the same one.
    const correlationId = currentCorrelationId();
    const input = JSON.stringify({ complaintId, epoch, ...(correlationId ? { correlationId } : {}) });
    const name = `${complaintId}-${epoch}`;
    try {
      await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name, input }));
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
      const executionArn = `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
      const existing = await this.client.send(new DescribeExecutionCommand({ executionArn }));
      if (existing.status === 'RUNNING') return;
      await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name: `${name}-${Date.now()}`, input }));
    }
  }
}
