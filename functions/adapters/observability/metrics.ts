import { Metrics as PowertoolsMetrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../core/metric-names';
import { noMetrics, type Metrics } from '../../core/metrics';

/**
 * Powertools Metrics: CloudWatch embedded metric format (EMF) lines on stdout, which Lambda's
 * log delivery turns into metrics in POWERTOOLS_METRICS_NAMESPACE. Every metric carries the
 * `service` dimension (POWERTOOLS_SERVICE_NAME).
 */
const newPowertoolsMetrics = (): PowertoolsMetrics =>
  new PowertoolsMetrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? METRICS_NAMESPACE, serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? SERVICE_NAME });

/**
 * The domain's Metrics on Powertools. Each count is stored and published with the invocation's
 * others (publishStoredMetrics, at the end of each invocation) under the `service` dimension only:
 * the total an alarm watches. One with dimensions is also published at once split by them (a
 * single-metric document: each document has one set of dimension values).
 */
export function powertoolsCounter(metrics: PowertoolsMetrics): Metrics {
  return {
    count(name, dimensions = {}) {
      metrics.addMetric(name, MetricUnit.Count, 1);
      if (Object.keys(dimensions).length === 0) return;
      const single = metrics.singleMetric();
      single.addDimensions(dimensions);
      single.addMetric(name, MetricUnit.Count, 1);
    },
  };
}

/** EMF reaches CloudWatch only from Lambda's logs: elsewhere (the local stack, scripts) nothing is counted. */
const inLambda = process.env.AWS_LAMBDA_FUNCTION_NAME !== undefined;

export const powertoolsMetrics: PowertoolsMetrics | undefined = inLambda ? newPowertoolsMetrics() : undefined;

/** The one the functions count through. */
export const metrics: Metrics = powertoolsMetrics ? powertoolsCounter(powertoolsMetrics) : noMetrics;
