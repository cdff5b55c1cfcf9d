import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** A problem the person starting the stack can fix; the message says how. */
export class PreflightError extends Error {}

export function requireJava(command = 'java'): void {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new PreflightError(
      'DynamoDB Local needs a Java runtime (11 or newer) and `java` was not found on the PATH.\n' +
        '  Fix: install one, e.g. `sudo apt-get install openjdk-17-jre-headless` (Debian/Ubuntu) or `brew install openjdk@17` (macOS), then run npm start again.',
    );
  }
}

/** Fails with the name of the setting to change when a port is taken. */
export async function requirePortFree(port: number, setting: string, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new PreflightError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (is another \`npm start\` running?).\n  Fix: stop the process using it, or choose another port: ${setting}=<port> npm start`
            : `Cannot listen on port ${port} (${error.code}).\n  Fix: choose another port: ${setting}=<port> npm start`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A port nobody is listening on right now (for tests, which start several stacks). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
