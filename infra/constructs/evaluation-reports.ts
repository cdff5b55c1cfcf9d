import { Duration } from 'aws-cdk-lib';
import { LambdaDeploymentConfig } from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import { acknowledge, wildcardAction } from '../nag';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';
import { grantSendEmail } from './ses-sending';

export interface EvaluationReportsProps {
  table: ComplaintTable;
  /** The configuration every handler reads at start. */
  environment: Record<string, string>;
  senderIdentity: ses.EmailIdentity;
  configurationSet: ses.ConfigurationSet;
}

/**
 * Hourly, at five past: each organization's Monday (or 1st) begins at a different UTC hour,
 * so an hourly run sends its report early in its own day, and a run that failed is made
 * good an hour later; the report's claim keeps it to one email per recipient.
 */
export const REPORT_SCHEDULE = 'cron(5 * * * ? *)';
export const REPORT_RETRY_ATTEMPTS = 3;

/** The periodic evaluation reports: a function that sends those due, and the schedule that runs it. */
export class EvaluationReports extends Construct {
  readonly fn: LambdaFunction;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: EvaluationReportsProps) {
    super(scope, id);
    const { table, configurationSet } = props;
    const sender = new PlatformFunction(this, 'Sender', {
      entry: 'reports/handler.ts',
      exportName: 'handler',
      description: 'Emails the evaluation reports that are due',
      environment: { ...props.environment, SES_CONFIGURATION_SET: configurationSet.configurationSetName },
      memorySize: 512,
      // Within the report claim's 15-minute lease (core/reports/send-reports.ts), so two runs never hold one report.
      timeout: Duration.minutes(5),
      // Runs hourly: a shifting window would not see it run.
      deployment: LambdaDeploymentConfig.ALL_AT_ONCE,
    });
    this.fn = sender.fn;

    // Reads settings, aggregates and actions. It writes only report claims, but IAM can narrow writes to a
    // partition, not a sort-key prefix: any item of an organization's partition (README, known limits).
    table.grantReadData(this.fn);
    iam.Grant.addToPrincipal({
      grantee: this.fn,
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
      resourceArns: [table.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [keys.reportClaim('*', '', '').PK] } },
    });
    table.table.encryptionKey!.grantEncrypt(this.fn);
    acknowledge(this.fn.role!, ...['kms:ReEncrypt*', 'kms:GenerateDataKey*'].map((action) => ({
      id: wildcardAction(action),
      reason: "CDK's encrypt grant on the table's own key, which DynamoDB uses on the caller's behalf when it writes a report claim: one key, one action family.",
    })));
    grantSendEmail(this.fn, props.senderIdentity, configurationSet);

    // A role of its own: LambdaInvoke would otherwise share one per stack.
    const invoker = new iam.Role(this, 'ScheduleRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'Sends the evaluation reports that are due',
      schedule: scheduler.ScheduleExpression.expression(REPORT_SCHEDULE),
      timeWindow: scheduler.TimeWindow.off(),
      target: new schedulerTargets.LambdaInvoke(sender.alias, {
        role: invoker,
        retryAttempts: REPORT_RETRY_ATTEMPTS,
        // A run that cannot start within the hour is superseded by the next one.
        maxEventAge: Duration.hours(1),
      }),
    });
  }
}
