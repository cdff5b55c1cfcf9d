/**
 * Everything a benchmark starts (DynamoDB Local, the local stack, child processes) is
 * registered here, so run.ts can stop it on Ctrl-C, on a timeout or on a crash, not only
 * in the benchmark's own `finally`.
 */
const active = new Set<() => Promise<void>>();

/** Registers a stop function; the returned one stops at most once and unregisters itself. */
export function guard(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const once = (): Promise<void> => (stopping ??= stop().finally(() => active.delete(once)));
  active.add(once);
  return once;
}

/** Stops whatever is still running, newest first, each given at most `timeoutMs`. */
export async function stopEverything(timeoutMs = 15_000): Promise<void> {
  for (const stop of [...active].reverse()) {
    await Promise.race([stop().catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }
}
