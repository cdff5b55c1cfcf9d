import { CustomResource, Duration } from 'aws-cdk-lib';
import { LambdaDeploymentConfig } from 'aws-cdk-lib/aws-codedeploy';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct, type IConstruct } from 'constructs';
import { MIGRATIONS } from '../../functions/migrations/migrations';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface TableMigrationsProps {
  table: ComplaintTable;
  /** The configuration every handler reads at start. */
  environment: Record<string, string>;
  /** What must be deployed before the migrations run: the live aliases of the functions that write the table (each waits for its traffic shift). */
  after: IConstruct[];
}

/** A run stops, saved, 30 s before this (functions/migrations/runner.ts STOP_MARGIN_MS). */
export const MIGRATION_TIMEOUT = Duration.minutes(10);
/** A migration too big for one run is continued this often until it is done; with nothing pending a run reads one item. */
export const MIGRATION_CONTINUE_SCHEDULE = 'rate(15 minutes)';

/**
 * Applies the table's pending migrations (functions/migrations) in this region: a custom resource
 * whose provider is the migration function itself (no provider function, role or managed policy of
 * CDK's) runs it in every deployment that adds a migration, after the table is updated and every
 * function's traffic has shifted to the version that writes the new format; a schedule continues a
 * migration one run could not finish.
 */
export class TableMigrations extends Construct {
  readonly fn: lambda.Function;
  readonly run: CustomResource;

  constructor(scope: Construct, id: string, props: TableMigrationsProps) {
    super(scope, id);
    const runner = new PlatformFunction(this, 'Runner', {
      entry: 'migrations/handler.ts',
      exportName: 'handler',
      description: 'Applies the pending migrations of the complaint table',
      environment: props.environment,
      memorySize: 256,
      timeout: MIGRATION_TIMEOUT,
      // Run by the deployment and a schedule: a shifting window would not see it run.
      deployment: LambdaDeploymentConfig.ALL_AT_ONCE,
    });
    this.fn = runner.fn;
    props.table.grantReadWriteData(this.fn);

    // Its properties change when a migration is added: that deployment runs it (and CloudFormation waits for the answer).
    this.run = new CustomResource(this, 'OnDeploy', {
      serviceToken: runner.alias.functionArn,
      resourceType: 'Custom::TableMigrations',
      properties: { Migrations: MIGRATIONS.map((m) => m.id) },
      serviceTimeout: MIGRATION_TIMEOUT.plus(Duration.minutes(1)),
    });
    this.run.node.addDependency(props.table, ...props.after);

    const invoker = new iam.Role(this, 'ScheduleRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    new scheduler.Schedule(this, 'Continue', {
      description: 'Continues a table migration that one run could not finish',
      schedule: scheduler.ScheduleExpression.expression(MIGRATION_CONTINUE_SCHEDULE),
      timeWindow: scheduler.TimeWindow.off(),
      target: new schedulerTargets.LambdaInvoke(runner.alias, { role: invoker, retryAttempts: 0 }),
    });
  }
}
