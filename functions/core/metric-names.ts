/**
 * The platform's CloudWatch metrics (EMF, published by the functions): names, dimensions and
 * namespace, in one place for the functions that count them and the alarms and dashboard that
 * read them. Renaming one breaks those alarms: add a new name instead.
 */

/** The namespace when POWERTOOLS_METRICS_NAMESPACE is not set (the CDK stack sets it to this). */
export const METRICS_NAMESPACE = 'ComplaintPlatform';

/** POWERTOOLS_SERVICE_NAME of every function: Powertools adds it to every metric as the `service` dimension. */
export const SERVICE_NAME = 'complaint-platform';

/** Each metric is a count (unit Count, one per event). */
export const METRIC = {
  /** A complaint was taken in, by any channel (dimension Channel). Imports are counted apart. */
  ComplaintsReceived: 'ComplaintsReceived',
  ComplaintsAccepted: 'ComplaintsAccepted',
  ComplaintsResolved: 'ComplaintsResolved',
  /** By staff or by the workflow (dimension Level: SUPERVISOR, MANAGER…). */
  Escalations: 'Escalations',
  /** A statutory or SLA clock passed its due instant (dimension Source: CN, UK_FCA, US_CFPB, SLA). */
  ClocksBreached: 'ClocksBreached',
  EmailsSent: 'EmailsSent',
  /** One per failed attempt: the outbox's stream delivers it again. */
  EmailsFailed: 'EmailsFailed',
  /** A bounce SES reported for an email we sent. */
  EmailsBounced: 'EmailsBounced',
  /**
   * Each run of the outbox's schedule counts every notification it no longer tries (FAILED after
   * all its scheduled tries), again on every run, until an operator's resend settles it.
   */
  NotificationsGivenUp: 'NotificationsGivenUp',
  /** One per failed attempt to post a partner's webhook. */
  WebhookDeliveriesFailed: 'WebhookDeliveriesFailed',
  /** Complaints loaded from another system's export (the CFPB import), counted by the stream function. */
  ComplaintsImported: 'ComplaintsImported',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** The dimensions a metric may carry besides `service`; each such count is also published without it (the total). */
export const METRIC_DIMENSION = { Channel: 'Channel', Level: 'Level', Source: 'Source' } as const;

export type MetricDimensions = Partial<Record<(typeof METRIC_DIMENSION)[keyof typeof METRIC_DIMENSION], string>>;
