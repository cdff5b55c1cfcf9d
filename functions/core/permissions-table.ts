import { PERMISSIONS, type Operation } from './permissions';

const COLUMNS = ['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST'] as const;

/** The permission table as Markdown, for docs/PERMISSIONS.md (a test keeps the two equal). */
export function permissionsMarkdown(): string {
  const rows = (Object.keys(PERMISSIONS) as Operation[]).map((op) => {
    const p = PERMISSIONS[op];
    const cells = [...COLUMNS.map((role) => (p.staff as readonly string[]).includes(role)), p.partner, p.anonymous].map((ok) => (ok ? 'yes' : '—'));
    return `| \`${op}\` | ${cells.join(' | ')} |`;
  });
  return ['| operation | admin | supervisor | handler | analyst | partner | complainant (no account) |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
