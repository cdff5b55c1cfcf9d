import type { Page } from 'playwright-core';
import type { Role } from '../../functions/core/identity';
import type { LocalStack } from '../../local/stack';

export interface StaffIdentity {
  staffId: string;
  role: Role;
  organizationId?: string;
}

const ROLE_NAME: Record<Role, RegExp> = { ADMIN: /Administrator/, SUPERVISOR: /Supervisor/, HANDLER: /Handler/, ANALYST: /Analyst/ };

/**
 * Signs a browser tab in to the workspace as a member of staff, as a person does: the
 * workspace sends it to the development sign-in page (OAuth 2.0 with PKCE against the
 * local issuer), where it picks the organization, the member of staff and the role. The
 * organization must have settings (the page lists only those). Ends on the workspace.
 */
export async function signInAsStaff(page: Page, stack: LocalStack, who: StaffIdentity): Promise<void> {
  const organizationId = who.organizationId ?? stack.config.settingsDefaults.organizationId;
  await page.goto(stack.urls.staff);
  await page.waitForURL(/\/oauth2\/authorize/);
  await page.getByLabel(/Organization/).selectOption(organizationId);
  await page.getByRole('button', { name: /Show its staff/ }).click();
  await page.getByRole('heading', { name: new RegExp(`Sign in to ${organizationId}`) }).waitFor();
  const staff = page.locator('#staff_id');
  if ((await staff.evaluate((e) => e.tagName)) === 'SELECT') await staff.selectOption(who.staffId);
  else await staff.fill(who.staffId);
  await page.getByRole('radio', { name: ROLE_NAME[who.role] }).check();
  await page.getByRole('button', { name: /^Sign in/ }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/staff/') && !url.pathname.startsWith('/staff/callback'));
  // The callback page leaves the address bar before the code is exchanged: only the drawn
  // workspace (its sign-out button) says the tokens are in the tab. Navigating before that
  // would abort the exchange and send the tab to sign in again.
  await page.locator('button.sign-out').waitFor();
}
