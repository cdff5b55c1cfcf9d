import type { LocalStack } from '../../local/stack';
import { launchBrowser, type TestBrowser } from './browser';
import { startTestStack } from './local-stack';
import { signInAsStaff, type StaffIdentity } from './staff-sign-in';
import { setUpWorkspaceOrganization } from './workspace-organization';

export interface WorkspaceInBrowser {
  /** The file's local stack, its organization set up (test/harness/workspace-organization.ts). */
  readonly stack: LocalStack;
  readonly browser: TestBrowser;
  /** A new tab signed in as the member of staff, opened at a path of the workspace. */
  openAs: (who: StaffIdentity, path: string) => ReturnType<TestBrowser['newPage']>;
}

/**
 * For a browser test file: a whole local stack with the workspace's organization and a Chromium,
 * started before its tests and stopped after them.
 */
export function workspaceInBrowser(): WorkspaceInBrowser {
  let stack: LocalStack | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    stack = await startTestStack();
    await setUpWorkspaceOrganization(stack);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  const started = <T>(part: T | undefined): T => {
    if (!part) throw new Error('the stack and browser start in beforeAll: use them inside tests');
    return part;
  };
  return {
    get stack() {
      return started(stack);
    },
    get browser() {
      return started(browser);
    },
    openAs: async (who, path) => {
      const page = await started(browser).newPage();
      await signInAsStaff(page, started(stack), who);
      await page.goto(`${started(stack).urls.staff}${path}`);
      return page;
    },
  };
}
