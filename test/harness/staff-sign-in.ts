import type { Page } from 'playwright-core';
import type { Role } from '../../functions/core/identity';
import type { LocalStack } from '../../local/stack';
import { asStaff } from './local-stack';

export interface StaffIdentity {
  staffId: string;
  role: Role;
  organizationId?: string;
}

/**
 * Signs a browser tab in to the workspace as a member of staff, before its first page
 * loads. Interim: hands the tab a development token; it becomes the development sign-in
 * page's flow (OAuth 2.0 with PKCE) once that lands, without changing its callers.
 */
export async function signInAsStaff(page: Page, _stack: LocalStack, who: StaffIdentity): Promise<void> {
  const { authorization } = asStaff(who.staffId, who.role, who.organizationId ?? 'default');
  const token = authorization.replace(/^Bearer /, '');
  await page.addInitScript({ content: `sessionStorage.setItem('complaint-platform.staff-token', ${JSON.stringify(token)});` });
}
