import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { loadedTracer } from './tracing';

/**
 * The correlation id of the request (or workflow task) being served: one id follows a complaint's
 * request from the API into the workflow executions it starts, their task logs, the emails' SES
 * message ids and the webhooks posted. Kept per async call chain, so requests served at once in
 * one process (the local stack) never share one.
 */
const current = new AsyncLocalStorage<string>();

const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id if it is a UUID-like token (safe to log and pass on: it cannot carry a name or an address). */
export const safeCorrelationId = (value: unknown): string | undefined => (typeof value === 'string' && UUID_LIKE.test(value) ? value.toLowerCase() : undefined);

export const newCorrelationId = (): string => randomUUID();

/** The caller's x-correlation-id when it is safe, else a new one. */
export function correlationIdOf(headers: Record<string, string | undefined> | undefined): string {
  const given = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === CORRELATION_HEADER)?.[1];
  return safeCorrelationId(given) ?? newCorrelationId();
}

/** The header that carries the id in and out: API requests and answers, webhook posts. */
export const CORRELATION_HEADER = 'x-correlation-id';

/** Runs `run` with `id` as the correlation id of its logs, workflow starts and webhook posts, and of the trace. */
export function withCorrelationId<T>(id: string | undefined, run: () => T): T {
  if (!id) return run();
  return current.run(id, () => {
    // An annotation, not metadata: X-Ray finds traces by annotations (annotation.correlationId = "…").
    loadedTracer()?.putAnnotation('correlationId', id);
    return run();
  });
}

export const currentCorrelationId = (): string | undefined => current.getStore();
