import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { startDynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';
import { startTestStack, stopStartedStacks, waitFor } from '../harness/local-stack';
import { descendants, isRunning } from '../harness/processes';

const JAR = 'DynamoDBLocal.jar';

/** What `root` runs for DynamoDB Local: Java names the jar, anything else started for it names DynamoDB Local too. */
const forDynamoDb = (root: number) => descendants(root).filter((p) => /dynamodb/i.test(p.command));

// Whatever a failing test leaves running is ended here, so that the failure itself leaves no JVM behind.
const seen: number[] = [];
afterAll(() => {
  for (const pid of seen) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
});

/** Resolves once the child says DynamoDB Local answers; fails with its error output if it exits first. */
function ready(child: ChildProcessByStdio<null, Readable, Readable>): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready ')) resolveReady();
    });
    child.once('exit', (code) => reject(new Error(`the child exited (code ${code}) before DynamoDB Local answered: ${err.slice(-500)}`)));
  });
}

describe('DynamoDB Local lives no longer than the process that started it', () => {
  it('stops when that process is killed with SIGKILL, which runs no exit handler (as Jest does to a stuck worker)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../harness/dynamodb-local-child.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
    seen.push(child.pid!);
    await ready(child);
    const started = forDynamoDb(child.pid!);
    seen.push(...started.map((p) => p.pid));
    expect(started.filter((p) => p.command.includes(JAR))).toHaveLength(1);

    child.kill('SIGKILL');

    await waitFor('every DynamoDB Local process to end after its parent was killed', async () => started.every((p) => !isRunning(p.pid)), 20_000);
  });

  it('leaves no Java process after a normal stop', async () => {
    const before = new Set(forDynamoDb(process.pid).map((p) => p.pid));
    const dynamodb = await startDynamoDbLocal(await freePort());
    const started = forDynamoDb(process.pid).filter((p) => !before.has(p.pid));
    seen.push(...started.map((p) => p.pid));
    expect(started.filter((p) => p.command.includes(JAR))).toHaveLength(1);

    await dynamodb.stop();

    await waitFor('every DynamoDB Local process to end after stop()', async () => started.every((p) => !isRunning(p.pid)), 20_000);
  });
});

describe('a test file that gave up waiting for its stack', () => {
  it('still has the stack stopped after its tests, once the start finishes', async () => {
    const before = new Set(forDynamoDb(process.pid).map((p) => p.pid));
    // Not awaited, as a beforeAll that timed out leaves it.
    const starting = startTestStack();

    await stopStartedStacks();

    const stack = await starting;
    await expect(fetch(stack.urls.graphql)).rejects.toThrow();
    expect(forDynamoDb(process.pid).filter((p) => !before.has(p.pid) && isRunning(p.pid))).toEqual([]);
  });
});
