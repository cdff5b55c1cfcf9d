/**
 * What the sender of a reply newly wrote: the text above the quoted history the mail clients
 * add (Gmail, Outlook, QQ Mail, NetEase 163, Apple Mail, in English and Chinese), without
 * lines quoted with ">", the signature after "-- " and the mobile footers ("发自我的iPhone",
 * "Sent from my iPhone", "网易邮箱大师"...). When cutting would leave nothing (the whole text
 * was a quote) the original text is kept, trimmed.
 */
export function newReplyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (startsQuotedHistory(lines, i)) break;
    if (isSignatureDelimiter(lines[i])) break;
    if (!/^\s*>/.test(lines[i])) kept.push(lines[i]);
  }
  return withoutFooters(kept) || text.trim();
}

/**
 * What a new message says, quotes and forwarded mail included (a merchant's refusal forwarded
 * is part of a complaint): only the signature after "-- " and the mobile footers are cut.
 */
export function withoutSignature(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex(isSignatureDelimiter);
  return withoutFooters(end < 0 ? lines : lines.slice(0, end)) || text.trim();
}

function withoutFooters(lines: string[]): string {
  const kept = [...lines];
  while (kept.length > 0 && (kept[kept.length - 1].trim() === '' || isMobileFooter(kept[kept.length - 1]))) kept.pop();
  return kept.join('\n').trim();
}

/** Spaces as QQ Mail writes them in its separators ("&nbsp;", or the no-break space it becomes). */
const normalize = (line: string) => line.replace(/&nbsp;/gi, ' ').replace(/[\u00a0\u3000]/g, ' ').trim();

/** Lines that open a quoted earlier message, whatever follows. */
const SEPARATORS = [
  // Outlook and many others: -----Original Message----- / -----原始邮件-----
  /^-{2,}\s*(?:original message|原始邮件|原始郵件|邮件原件)\s*-{2,}$/i,
  // QQ Mail: ------------------ 原始邮件 ------------------ / ------------------ Original ------------------
  /^-{4,}\s*(?:原始邮件|original)\s*-{4,}$/i,
  // NetEase 163 (and 网易邮箱大师): ---- 回复的原邮件 ----
  /^-{2,}\s*回复的原邮件\s*-{2,}$/,
];

/** The first line of a block naming the quoted message's sender ("From: …" then "Sent: …"). */
const FROM_LINE = /^(?:\*?\s*)(?:from|发件人|寄件者|寄件人)\s*\*?\s*[:：]/i;
const SENT_LINE = /^(?:\*?\s*)(?:sent|date|发送时间|发件时间|日期|时间|寄件日期|send time)\s*\*?\s*[:：]/i;
/** The same block as a table, as 163's mobile client quotes: "| 发件人 | … |". */
const TABLE_FROM_LINE = /^\|\s*(?:发件人|from)\s*\|/i;

/**
 * "On Sun, 6 Dec 2026 at 10:00, A <a@x> wrote:" and "在 2026年12月6日周日 10:00，A <a@x> 写道：",
 * with a date in it: "在收据上店员写道：" is the sender's own sentence.
 */
const ATTRIBUTION = /^(?:On\s.*\d.*\swrote\s*:|在\s?.*\d.*写道\s*[：:])$/i;

function startsQuotedHistory(lines: string[], i: number): boolean {
  const line = normalize(lines[i]);
  if (SEPARATORS.some((pattern) => pattern.test(line))) return true;
  if (/^_{10,}$/.test(line)) return nextNonEmpty(lines, i + 1, (next) => FROM_LINE.test(next));
  if (FROM_LINE.test(line)) return nextNonEmpty(lines, i + 1, (next) => SENT_LINE.test(next), 3);
  if (TABLE_FROM_LINE.test(line)) return true;
  if (ATTRIBUTION.test(line)) return true;
  // Gmail and Apple Mail wrap a long attribution onto a second line
  const next = lines[i + 1] === undefined ? '' : normalize(lines[i + 1]);
  return (/^On\s/i.test(line) || /^在\s?\S/.test(line)) && next !== '' && ATTRIBUTION.test(`${line} ${next}`);
}

function nextNonEmpty(lines: string[], from: number, test: (line: string) => boolean, within = 2): boolean {
  for (let j = from, seen = 0; j < lines.length && seen < within; j++) {
    const line = normalize(lines[j]);
    if (line === '') continue;
    if (test(line)) return true;
    seen++;
  }
  return false;
}

/** "-- " on its own line opens a signature (clients that trim trailing spaces leave "--"). */
const isSignatureDelimiter = (line: string) => /^--\s?$/.test(line);

/** The footers mobile and web clients append. */
const MOBILE_FOOTER =
  /^(?:发自我的\s?\S.{0,20}|来自我的\s?\S.{0,20}|从我的\s?\S.{0,20}发送|(?:发自|来自)\s?(?:网易邮箱大师|网易邮箱|QQ邮箱|手机QQ邮箱|Outlook|iPhone|iPad|华为|小米|荣耀|OPPO|vivo)\S{0,20}|网易邮箱大师|Sent from my \S.{0,30}|Sent from (?:Outlook|Mail for Windows|Yahoo Mail|NetEase Mail Master)\b.{0,40}|Get Outlook for \S.{0,60})$/i;

const isMobileFooter = (line: string) => MOBILE_FOOTER.test(normalize(line));
