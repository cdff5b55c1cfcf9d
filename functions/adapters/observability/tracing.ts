import type { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * X-Ray through Powertools Tracer, in Lambda only (active tracing: the stack sets
 * POWERTOOLS_TRACE_ENABLED=true and Tracing.ACTIVE). The Tracer (aws-xray-sdk-core) is loaded
 * with a dynamic import, so a function decides when it pays for loading it: at start, or (the
 * GraphQL function, whose cold start is measured) once its first answer is out.
 */
const enabled = process.env.AWS_LAMBDA_FUNCTION_NAME !== undefined && process.env.POWERTOOLS_TRACE_ENABLED === 'true';

let tracer: Tracer | undefined;
let loading: Promise<Tracer | undefined> | undefined;
/** SDK clients built before the Tracer was loaded: captured when it is. */
const waiting: object[] = [];

/** Records the client's AWS calls as X-Ray subsegments (captureAWSv3Client), now or once the Tracer is loaded. */
export function traced<C extends object>(client: C): C {
  if (tracer) tracer.captureAWSv3Client(client);
  else if (enabled) waiting.push(client);
  return client;
}

/** Loads the Tracer once, if tracing is on; undefined when it is off. */
export function loadTracer(): Promise<Tracer | undefined> {
  loading ??= enabled
    ? import('@aws-lambda-powertools/tracer').then(({ Tracer: PowertoolsTracer }) => {
        // Neither responses nor errors go into traces: both may carry personal data.
        tracer = new PowertoolsTracer({ captureHTTPsRequests: true });
        for (const client of waiting.splice(0)) tracer.captureAWSv3Client(client);
        return tracer;
      })
    : Promise.resolve(undefined);
  return loading;
}

/** The Tracer if it is loaded by now. */
export const loadedTracer = (): Tracer | undefined => tracer;

/** Runs an invocation in its own `## handler` subsegment, annotated with cold start and service, as captureLambdaHandler does. */
export async function inHandlerSubsegment<R>(active: Tracer, run: () => Promise<R>): Promise<R> {
  const segment = active.getSegment();
  if (!segment) return run();
  const subsegment = segment.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
  active.setSegment(subsegment);
  active.annotateColdStart();
  active.addServiceNameAnnotation();
  try {
    return await run();
  } finally {
    subsegment.close();
    active.setSegment(segment);
  }
}
