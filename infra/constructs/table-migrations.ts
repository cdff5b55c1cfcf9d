import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import * as triggers from 'aws-cdk-lib/triggers';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge, wildcardResource } from '../nag';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface TableMigrationsProps {
  table: ComplaintTable;
  /** The configuration every handler reads at start. */
  environment: Record<string, string>;
  /** What must be deployed before the migrations run: the functions that write the new format. */
  after: IConstruct[];
}

/** A run stops, saved, 30 s before this (functions/migrations/runner.ts STOP_MARGIN_MS). */
export const MIGRATION_TIMEOUT = Duration.minutes(10);
/** A migration too big for one run is continued this often until it is done; with nothing pending a run reads one item. */
export const MIGRATION_CONTINUE_SCHEDULE = 'rate(15 minutes)';

/**
 * Applies the table's pending migrations (functions/migrations) in this region: a CDK trigger runs
 * the function in every deployment that changes it, after the table and the functions that write the
 * new format are updated, and a schedule continues a migration one run could not finish.
 */
export class TableMigrations extends Construct {
  readonly fn: NodejsFunction;
  readonly trigger: triggers.Trigger;

  constructor(scope: Construct, id: string, props: TableMigrationsProps) {
    super(scope, id);
    this.fn = new PlatformFunction(this, 'Runner', {
      entry: 'migrations/handler.ts',
      exportName: 'handler',
      description: 'Applies the pending migrations of the complaint table',
      environment: props.environment,
      memorySize: 256,
      timeout: MIGRATION_TIMEOUT,
    }).fn;
    props.table.grantReadWriteData(this.fn);

    this.trigger = new triggers.Trigger(this, 'OnDeploy', {
      handler: this.fn,
      // The deployment waits for the first run; a run that must continue later still ends in time.
      timeout: MIGRATION_TIMEOUT.plus(Duration.minutes(1)),
      executeAfter: [props.table, ...props.after],
    });
    const invoker = new iam.Role(this, 'ScheduleRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    new scheduler.Schedule(this, 'Continue', {
      description: 'Continues a table migration that one run could not finish',
      schedule: scheduler.ScheduleExpression.expression(MIGRATION_CONTINUE_SCHEDULE),
      timeWindow: scheduler.TimeWindow.off(),
      target: new schedulerTargets.LambdaInvoke(this.fn, { role: invoker, retryAttempts: 0 }),
    });
    acknowledge(invoker, {
      id: wildcardResource(this, `${this.fn.functionArn}:*`),
      reason: "The versions and aliases of the migration function (CDK's grantInvoke): this one function and no other.",
    });
  }
}
