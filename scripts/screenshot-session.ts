import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../local/stack';
import { launchBrowser, type TestBrowser } from '../test/harness/browser';

/** Where the README's pictures are kept. */
export const SCREENSHOTS = join(__dirname, '..', 'docs', 'screenshots');

/** Ends the script's process with its outcome: the stack's and the browser's handles must not keep it alive. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Runs a screenshot script against a local stack in memory with Debian's Chromium (a desktop
 * window), and stops both whatever happens.
 */
export function takeScreenshots(take: (stack: LocalStack, browser: TestBrowser) => Promise<void>): void {
  runScript(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, ses: 0, workflow: 0 } });
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      await take(stack, browser);
    } finally {
      await browser.close();
      await stack.stop();
    }
  });
}
