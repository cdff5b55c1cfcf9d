/** Paragraphs in one language; the first section's language is the document's. */
export interface Section {
  lang: string;
  paragraphs: string[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

// Every paragraph is escaped whole: templates carry no markup, and user text can sit anywhere in them.
const paragraph = (p: string) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`;

/** The plain-text part: paragraphs separated by a blank line. */
export const plainText = (sections: Section[]): string => sections.flatMap((s) => s.paragraphs).join('\n\n');

/** The HTML part: the same paragraphs, each in <p>, later sections marked with their own language. */
export function htmlDocument(sections: Section[]): string {
  const [first, ...rest] = sections;
  const body = [first.paragraphs.map(paragraph).join(''), ...rest.map((s) => `<div lang="${s.lang}">${s.paragraphs.map(paragraph).join('')}</div>`)].join('');
  return `<!doctype html><html lang="${first.lang}"><body>${body}</body></html>`;
}
