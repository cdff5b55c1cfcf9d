import type { Context } from 'aws-lambda';
import { powertoolsLogger } from './logger';
import { powertoolsMetrics } from './metrics';
import { inHandlerSubsegment, loadedTracer, loadTracer } from './tracing';

export interface ObservedOptions {
  /**
   * Load the Tracer only once the first answer is out, so the first request does not wait for it
   * (the GraphQL function); later invocations are traced. Otherwise it loads before the first.
   */
  traceAfterFirstAnswer?: boolean;
}

/**
 * A Lambda handler with Powertools around it, what injectLambdaContext, captureLambdaHandler and
 * logMetrics do as middleware: the Lambda context on every log line (cold start, function name,
 * request id), debug sampling decided afresh, a trace subsegment, the invocation's metrics published
 * when it ends. The correlation id is set inside, where the event is read (the GraphQL handler, the workflow tasks).
 */
export function observed<A extends [event?: unknown, context?: Context, ...rest: unknown[]], R>(handler: (...args: A) => Promise<R>, options: ObservedOptions = {}): (...args: A) => Promise<R> {
  const tracerReady = options.traceAfterFirstAnswer ? undefined : loadTracer();
  return async (...args) => {
    const started = performance.now();
    // The local stack calls the same handlers without a Lambda context.
    if (args[1]) powertoolsLogger.addContext(args[1]);
    powertoolsLogger.refreshSampleRateCalculation();
    const tracer = (await tracerReady) ?? loadedTracer();
    const run = () => handler(...args);
    try {
      return await (tracer ? inHandlerSubsegment(tracer, run) : run());
    } finally {
      if (powertoolsMetrics?.hasStoredMetrics()) powertoolsMetrics.publishStoredMetrics();
      powertoolsLogger.debug('invocation.finished', { ms: Math.round(performance.now() - started) });
      if (!tracer && options.traceAfterFirstAnswer) setImmediate(() => void loadTracer());
    }
  };
}
