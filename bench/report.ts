import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
export const ratio = (n: number) => `×${n.toFixed(2)}`;
export const bytes = (n: number) => `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(0)} KiB)`;

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Replaces what lies between the markers (appending them when absent); text outside is kept. */
export function writeGeneratedSection(path: string, generated: string): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const block = `${START_MARKER}\n${generated.trim()}\n${END_MARKER}`;
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  const next =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + END_MARKER.length)
      : `${text.trimEnd()}${text ? '\n\n' : ''}${block}\n`;
  writeFileSync(path, next);
}

/**
 * Replaces, inside the generated section, the text from the line starting with `heading` up to
 * the line starting with `until` (or the end marker), or appends it there: the sections a
 * partial run measures come last.
 */
export function writeGeneratedTail(path: string, heading: string, generated: string, until?: string): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) return writeGeneratedSection(path, generated);
  const inside = text.slice(start + START_MARKER.length, end);
  const at = inside.indexOf(`\n${heading}`);
  const next = until === undefined || at < 0 ? -1 : inside.indexOf(`\n${until}`, at + 1);
  const before = (at < 0 ? inside : inside.slice(0, at)).trim();
  const after = next < 0 ? '' : inside.slice(next).trim();
  writeGeneratedSection(path, [before, generated.trim(), after].filter(Boolean).join('\n\n'));
}
