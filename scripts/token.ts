import { parseArgs } from 'node:util';
import type { Role } from '../functions/core/identity';
import { devIssuer } from '../local/dev-issuer';
import { DEV_ISSUER_FILE } from '../local/start-options';

/** npm run token -- --role handler --org default [--staff h1] [--hours 12]: a staff token the local stack accepts. */
const ROLES = ['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST'];
const { values } = parseArgs({ options: { role: { type: 'string' }, org: { type: 'string' }, staff: { type: 'string' }, hours: { type: 'string' } } });
const role = String(values.role ?? '').toUpperCase();
if (!ROLES.includes(role)) {
  console.error(`Usage: npm run token -- --role <${ROLES.join('|').toLowerCase()}> [--org default] [--staff <staff id>] [--hours 12]`);
  process.exit(2);
}
const organizationId = values.org ?? process.env.ORGANIZATION_ID ?? 'default';
const staffId = values.staff ?? `${role.toLowerCase()}-1`;
const hours = Number(values.hours ?? 12);
console.log(devIssuer(process.env.DEV_ISSUER_FILE ?? DEV_ISSUER_FILE).mint({ organizationId, role: role as Role, staffId }, hours * 3600));
