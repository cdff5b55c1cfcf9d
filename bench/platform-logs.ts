import { isPlatformLogLine } from '../functions/adapters/observability/log-lines';

const counts: Record<string, number> = {};
let held = false;

/**
 * The local stack runs in the bench's process, and its functions log JSON lines (Powertools
 * Logger, straight to stdout and stderr): hundreds per section. From this call on they are
 * counted by level and message, not printed; everything else is printed as before.
 */
export function holdPlatformLogs(): void {
  if (held) return;
  held = true;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (!isPlatformLogLine(chunk)) return write(chunk, ...rest);
      for (const line of chunk.split('\n').filter(Boolean)) {
        try {
          const { level, message } = JSON.parse(line) as { level?: string; message?: string };
          const key = `${String(level).toLowerCase()}: ${message}`;
          counts[key] = (counts[key] ?? 0) + 1;
        } catch {
          counts['(unreadable line)'] = (counts['(unreadable line)'] ?? 0) + 1;
        }
      }
      rest.find((r): r is () => void => typeof r === 'function')?.();
      return true;
    };
  }
}

/** The platform's log lines counted so far, by `level: message`. */
export const platformLogCounts = (): Readonly<Record<string, number>> => ({ ...counts });

/** What was counted since `before` (a platformLogCounts() taken earlier). */
export function countedSince(before: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([k, n]): [string, number] => [k, n - (before[k] ?? 0)]).filter(([, n]) => n > 0));
}
