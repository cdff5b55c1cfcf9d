import { format } from 'node:util';
import { isPlatformLogLine } from '../../functions/adapters/observability/log-lines';

/**
 * Everything the process prints from now until `restore`: stdout, stderr and every console
 * method. The local stack runs in the test's process, so this is what its functions log.
 */
export function captureOutput(): { chunks: string[]; restore: () => void } {
  const chunks: string[] = [];
  const restores: Array<() => void> = [];
  for (const stream of [process.stdout, process.stderr]) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back as it was, never called unbound
    const original = stream.write;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    });
    restores.push(() => (stream.write = original));
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void chunks.push(format(...args)));
    restores.push(() => spy.mockRestore());
  }
  return { chunks, restore: () => restores.splice(0).reverse().forEach((restore) => restore()) };
}

/** The product's log lines among what was printed (Powertools Logger's JSON, one object per line), parsed. */
export function logLines(chunks: readonly string[]): Array<Record<string, unknown>> {
  return chunks
    .flatMap((chunk) => chunk.split('\n'))
    .filter(isPlatformLogLine)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
