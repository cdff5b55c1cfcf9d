import { DescribeExecutionCommand, ExecutionAlreadyExists, ExecutionDoesNotExist, StartExecutionCommand, StopExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { WorkflowStarter } from '../../core/ports';
import type { WorkflowInput } from '../../workflow/definition';
import { currentCorrelationId } from '../observability/correlation';

/**
 * What a stop records as the execution's error: its status is ABORTED like any stop, and
 * this error (in DescribeExecution, the history and the EventBridge status-change event)
 * tells a replaced epoch from a stop by hand.
 */
const SUPERSEDED_ERROR = 'Superseded';

/**
 * Starts one execution per complaint and epoch, named after both: Step Functions treats
 * a second start of a running execution with the same name and input as the same
 * execution (with another input, e.g. another correlation id, it is asked whether that one
 * runs), and the name gives the ARN a newer epoch stops it by. A finished execution whose
 * epoch is still open (its last task failed) is started afresh under a new name; every
 * task is idempotent.
 */
export class StepFunctionsStarter implements WorkflowStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(complaintId: string, epoch: number, wakeAt?: string): Promise<void> {
    // With no wake given (a resumed workflow), the execution looks at the complaint at once.
    // The correlation id of the request that starts it, so its tasks log under the same one.
    const correlationId = currentCorrelationId();
    const body: WorkflowInput = { complaintId, epoch, next: { wakeAt: wakeAt ?? new Date().toISOString() }, ...(correlationId ? { correlationId } : {}) };
    const input = JSON.stringify(body);
    const name = executionName(complaintId, epoch);
    try {
      await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name, input }));
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
      const existing = await this.client.send(new DescribeExecutionCommand({ executionArn: this.executionArn(name) }));
      if (existing.status === 'RUNNING') return;
      await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name: `${name}-${Date.now()}`, input }));
    }
  }

  async stop(complaintId: string, epoch: number): Promise<void> {
    try {
      await this.client.send(
        new StopExecutionCommand({ executionArn: this.executionArn(executionName(complaintId, epoch)), error: SUPERSEDED_ERROR, cause: `epoch ${epoch} replaced by a newer one` }),
      );
    } catch (error) {
      // Its start had failed and the reconciler had not started it yet: nothing runs.
      if (!(error instanceof ExecutionDoesNotExist)) throw error;
    }
  }

  private executionArn(name: string): string {
    return `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }
}

const executionName = (complaintId: string, epoch: number) => `${complaintId}-${epoch}`;
