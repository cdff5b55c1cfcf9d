import { DescribeExecutionCommand, ExecutionAlreadyExists, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { WorkflowStarter } from '../../core/ports';

/**
 * Starts one execution per complaint, named after it: Step Functions treats a second
 * start of a running execution with the same name and input as the same execution.
 * A finished execution whose complaint still has an open workflow (its last task
 * failed) is started afresh under a new name; every task is idempotent.
 */
export class StepFunctionsStarter implements WorkflowStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(complaintId: string): Promise<void> {
    const input = JSON.stringify({ complaintId });
    try {
      await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name: complaintId, input }));
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
      const executionArn = `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${complaintId}`;
      const existing = await this.client.send(new DescribeExecutionCommand({ executionArn }));
      if (existing.status === 'RUNNING') return;
      await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name: `${complaintId}-${Date.now()}`, input }));
    }
  }
}
