import { parseArgs } from 'node:util';
import type { Role } from '../functions/core/identity';
import { DEMO_STAFF_BY_ROLE } from '../local/demo-organization';
import { devIssuer } from '../local/dev-issuer';
import { DEV_ISSUER_FILE } from '../local/start-options';

/**
 * npm run -s token -- --role handler [--org default] [--staff demo-handler-1] [--hours 12]:
 * a staff token the local stack accepts. Only the token goes to stdout, so that
 * `TOKEN=$(npm run -s token -- --role admin)` captures it alone; anything else goes to stderr.
 * Without --staff it signs in as the demo organization's member for the role.
 */
const ROLES = Object.keys(DEMO_STAFF_BY_ROLE) as Role[];
const usage = `Usage: npm run -s token -- --role <${ROLES.join('|').toLowerCase()}> [--org default] [--staff <staff id>] [--hours 12]`;
let values: { role?: string; org?: string; staff?: string; hours?: string };
try {
  ({ values } = parseArgs({ options: { role: { type: 'string' }, org: { type: 'string' }, staff: { type: 'string' }, hours: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const role = String(values.role ?? '').toUpperCase() as Role;
const hours = Number(values.hours ?? 12);
if (!ROLES.includes(role) || !(hours > 0)) {
  console.error(usage);
  process.exit(2);
}
const organizationId = values.org ?? process.env.ORGANIZATION_ID ?? 'default';
const staffId = values.staff ?? DEMO_STAFF_BY_ROLE[role];
process.stdout.write(`${devIssuer(process.env.DEV_ISSUER_FILE ?? DEV_ISSUER_FILE).mint({ organizationId, role, staffId }, hours * 3600)}\n`);
