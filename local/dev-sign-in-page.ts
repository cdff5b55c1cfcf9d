import { createHash } from 'node:crypto';
import type { Role } from '../functions/core/identity';

export const ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST'];

/** An organization as the page lists it: its id and its staff (id and name). */
export interface SignInOrganization {
  id: string;
  staff: Array<{ id: string; name: string }>;
}

/** The OAuth parameters of the authorization request, carried through the page's forms unchanged. */
// A type rather than an interface, so that it is a Record<string, string> to Object.entries.
export type AuthorizationParams = {
  client_id: string;
  redirect_uri: string;
  state: string;
  code_challenge: string;
  code_challenge_method: string;
  scope: string;
};

/** English, then the Chinese marked as such for screen readers. */
const both = (en: string, zh: string) => `${en} · <span lang="zh-CN">${zh}</span>`;

const ROLE_TEXT: Record<Role, string> = {
  ADMIN: both('Administrator', '管理员'),
  SUPERVISOR: both('Supervisor', '主管'),
  HANDLER: both('Handler', '处理人'),
  ANALYST: both('Analyst', '分析员'),
};

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.warning{border:2px solid #8a4b00;background:#fff4e5;padding:.5rem 1rem;border-radius:4px}
fieldset{border:1px solid #767676;border-radius:4px;margin:1rem 0;padding:.5rem 1rem}
label{display:block;margin:.25rem 0}select,input[type=text]{font:inherit;padding:.25rem}
button{font:inherit;padding:.4rem 1.2rem;margin-top:.5rem}:focus-visible{outline:3px solid #005fcc;outline-offset:2px}`;

/** The page's only style, allowed by hash in its content security policy: no external assets at all. */
export const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const hidden = (params: AuthorizationParams) =>
  Object.entries<string>(params)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escape(value)}">`)
    .join('');

function staffFields(organization: SignInOrganization): string {
  if (organization.staff.length === 0) {
    return `<label for="staff_id">${both('Staff id', '员工编号')}</label>
<p id="staff-id-hint">${both('This organization has no staff yet: choose any id (letters, digits, . _ -).', '该机构尚无员工，可填写任意编号。')}</p>
<input type="text" id="staff_id" name="staff_id" required pattern="[A-Za-z0-9._\\-]{1,64}" maxlength="64" aria-describedby="staff-id-hint" autocomplete="off">`;
  }
  const options = organization.staff.map((m) => `<option value="${escape(m.id)}">${escape(m.name)} (${escape(m.id)})</option>`).join('');
  return `<label for="staff_id">${both('Member of staff', '员工')}</label><select id="staff_id" name="staff_id" required>${options}</select>`;
}

function roleFields(defaultRole: Role): string {
  const radios = ROLES.map(
    (role) => `<label><input type="radio" name="role" value="${role}"${role === defaultRole ? ' checked' : ''} required> ${ROLE_TEXT[role]}</label>`,
  ).join('');
  return `<fieldset><legend>${both('Role', '角色')}</legend>${radios}</fieldset>`;
}

/**
 * The development sign-in page: plain HTML with two forms and no script. The first picks
 * the organization (a GET back to this page); the second signs in as one of its staff with a
 * role (a POST that issues the authorization code).
 */
export function devSignInPage(params: AuthorizationParams, organizations: SignInOrganization[], chosen: SignInOrganization): string {
  const orgOptions = organizations
    .map((o) => `<option value="${escape(o.id)}"${o.id === chosen.id ? ' selected' : ''}>${escape(o.id)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Development sign-in · 开发用登录</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${both('Development sign-in', '开发用登录')}</h1>
<p class="warning" role="note"><strong>${both('Development only.', '仅供开发使用。')}</strong> ${both(
    "Anyone on this machine can sign in as anyone here; the cloud uses Cognito's sign-in with a password and MFA.",
    '本机任何人都可以以任意身份登录；云端使用 Cognito 登录（密码加多重验证）。',
  )}</p>
<form method="get" action="/oauth2/authorize">
${hidden(params)}<input type="hidden" name="response_type" value="code">
<label for="organization">${both('Organization', '机构')}</label>
<select id="organization" name="organization">${orgOptions}</select>
<button type="submit">${both('Show its staff', '显示员工')}</button>
</form>
<form method="post" action="/oauth2/authorize">
${hidden(params)}<input type="hidden" name="organization" value="${escape(chosen.id)}">
<h2>${both(`Sign in to ${escape(chosen.id)}`, `登录到 ${escape(chosen.id)}`)}</h2>
${staffFields(chosen)}
${roleFields(chosen.staff.length === 0 ? 'ADMIN' : 'HANDLER')}
<button type="submit">${both('Sign in', '登录')}</button>
</form>
</main>
</body>
</html>`;
}
