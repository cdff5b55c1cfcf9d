import type { LabelledText } from '../../core/triage/linear-model';

/** Classes with fewer examples are left out: Comprehend refuses to train a class it has too few documents of. */
export const MIN_EXAMPLES_PER_CLASS = 10;

const field = (value: string) => `"${value.replace(/\s+/g, ' ').trim().replace(/"/g, '""')}"`;

/**
 * Training data for a Comprehend custom classifier in multi-class mode: a two-column CSV
 * (label, text), no header, UTF-8, one document per line (its line breaks become spaces),
 * every field quoted. The same examples the offline model learns from, so the endpoint
 * named in cdk.json `triage` learns the organization's categories too.
 */
export function comprehendTrainingCsv(examples: readonly LabelledText[]): { csv: string; rows: number; leftOut: string[] } {
  const usable = examples.filter((e) => e.label.trim() && e.text.trim());
  const counts = new Map<string, number>();
  for (const e of usable) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const leftOut = [...counts].filter(([, n]) => n < MIN_EXAMPLES_PER_CLASS).map(([label]) => label).sort();
  const rows = usable.filter((e) => !leftOut.includes(e.label));
  return { csv: rows.map((e) => `${field(e.label)},${field(e.text)}\n`).join(''), rows: rows.length, leftOut };
}
