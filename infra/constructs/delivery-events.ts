import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface DeliveryEventsProps {
  configurationSet: ses.ConfigurationSet;
  table: ComplaintTable;
  environment: Record<string, string>;
}

/** The SES events the platform records, and their EventBridge detail types. */
export const RECORDED_SES_EVENTS = {
  [ses.EmailSendingEvent.DELIVERY]: 'Email Delivered',
  [ses.EmailSendingEvent.BOUNCE]: 'Email Bounced',
  [ses.EmailSendingEvent.COMPLAINT]: 'Email Complaint Received',
} as const;

/**
 * What became of each email sent through the configuration set: its delivery, bounce and
 * complaint events go to the account's default EventBridge bus (the only bus SES publishes
 * to), and a rule hands them to the function that records them (functions/delivery-events/handler.ts).
 */
export class DeliveryEvents extends Construct {
  readonly fn: LambdaFunction;

  constructor(scope: Construct, id: string, props: DeliveryEventsProps) {
    super(scope, id);
    const bus = events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    props.configurationSet.addEventDestination('ToEventBridge', {
      destination: ses.EventDestination.eventBus(bus),
      events: Object.keys(RECORDED_SES_EVENTS) as ses.EmailSendingEvent[],
    });

    const recorder = new PlatformFunction(this, 'Recorder', {
      entry: 'delivery-events/handler.ts',
      exportName: 'handler',
      description: 'Records the deliveries, bounces and complaints of sent emails',
      environment: props.environment,
      memorySize: 256,
      timeout: Duration.seconds(30),
    });
    this.fn = recorder.fn;
    props.table.grantReadWriteData(this.fn);

    new events.Rule(this, 'Rule', {
      description: 'SES delivery, bounce and complaint events of the platform’s emails',
      eventBus: bus,
      // Only this stack's configuration set: another deployment in the account has its own rule.
      eventPattern: {
        source: ['aws.ses'],
        detailType: Object.values(RECORDED_SES_EVENTS),
        detail: { mail: { tags: { 'ses:configuration-set': [props.configurationSet.configurationSetName] } } },
      },
      // A failed run is tried again (the recorder is idempotent) for up to a day.
      targets: [new targets.LambdaFunction(recorder.alias, { retryAttempts: 20, maxEventAge: Duration.hours(24) })],
    });
  }
}
