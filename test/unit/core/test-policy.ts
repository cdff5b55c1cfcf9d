import { CN_MAINLAND } from '../../../functions/core/clocks/calendars';
import type { Logger } from '../../../functions/core/logger';
import type { OrganizationPolicy } from '../../../functions/core/policy';

export const POLICY: OrganizationPolicy = { organizationId: 'acme', timeZone: 'Asia/Shanghai', calendar: CN_MAINLAND, acceptanceDecisionWorkingDays: 7 };

/** Keeps log lines so tests can read them. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (event: string, fields?: object) => lines.push(JSON.stringify({ level, event, ...fields }));
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}
