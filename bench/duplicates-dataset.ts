/**
 * Builds the labelled duplicate set (bench/data/duplicates.json) from the CFPB
 * sample and the three 黑猫投诉 examples, deterministically (seeded). Run once, commit the
 * output; the benchmark reads only the committed file:
 *
 *   npx tsx bench/duplicates-dataset.ts [folder, default bench/data/source]
 *
 * Positives are an original complaint and a realistic repeat of it: REWORDED (synonyms
 * swapped, sentences reordered, typos, a sentence added), TRUNCATED (the first 45–80%),
 * RESENT (the same text through another channel, whitespace and contact formatted
 * differently), REWORDED_TRUNCATED. Negatives are two different complaints on the same
 * topic (same CFPB Product and Issue; the Chinese ones all about one lending app), some
 * from the same complainant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

const SEED = 20261206;
const POSITIVES = 160;
const NEGATIVES = 160;
/** Share of negative pairs whose second complaint comes from the first one's complainant. */
const SAME_PERSON_NEGATIVES = 0.1;

type Kind = 'REWORDED' | 'TRUNCATED' | 'RESENT' | 'REWORDED_TRUNCATED' | 'SAME_TOPIC';
export interface DatasetRecord {
  id: string;
  language: 'en' | 'zh';
  text: string;
  channel: string;
  email?: string;
  phone?: string;
  topic: string;
}
export interface DatasetPair {
  a: string;
  b: string;
  duplicate: boolean;
  kind: Kind;
  split: 'tune' | 'test';
}
export interface Dataset {
  description: string;
  seed: number;
  records: DatasetRecord[];
  pairs: DatasetPair[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const SYNONYMS: Record<string, string> = {
  called: 'phoned', company: 'firm', told: 'informed', received: 'got', paid: 'settled', payment: 'installment', debt: 'balance',
  account: 'acct', letter: 'notice', stated: 'said', said: 'stated', asked: 'requested', never: 'not once', charged: 'billed', fee: 'charge',
  fees: 'charges', money: 'funds', however: 'but', because: 'since', phone: 'telephone', email: 'e-mail', information: 'info',
  removed: 'deleted', remove: 'delete', dispute: 'contest', disputed: 'contested', help: 'assist', problem: 'issue', issue: 'problem',
  car: 'vehicle', house: 'home', contacted: 'reached out to', sent: 'mailed', need: 'require', want: 'would like', immediately: 'right away',
  several: 'multiple', many: 'numerous', tried: 'attempted', agent: 'representative', representative: 'agent', refused: 'declined',
  wrong: 'incorrect', incorrect: 'inaccurate', bought: 'purchased', cancel: 'terminate', cancelled: 'terminated', bill: 'statement',
};
const OPENERS = ['I am writing again about this matter.', 'I already complained about this but nothing happened.', 'Resending my complaint.', 'Please see my complaint below.'];
const CLOSERS = ['Please help me resolve this.', 'I would appreciate a quick answer.', 'Thank you for looking into this.'];

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);

function typo(word: string): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
}

function rewordEnglish(text: string): string {
  let out = text.replace(/[A-Za-z]+/g, (w) => {
    const s = SYNONYMS[w.toLowerCase()];
    return s && random() < 0.6 ? s : w;
  });
  const parts = sentences(out);
  for (let k = 0; k < 2 && parts.length > 2; k += 1) {
    const i = Math.floor(random() * (parts.length - 1));
    [parts[i], parts[i + 1]] = [parts[i + 1], parts[i]];
  }
  out = parts.join(' ');
  const words = out.split(' ');
  for (let k = 0; k < 4; k += 1) {
    const i = Math.floor(random() * words.length);
    words[i] = typo(words[i]);
  }
  out = words.join(' ');
  return random() < 0.5 ? `${pick(OPENERS)} ${out}` : `${out} ${pick(CLOSERS)}`;
}

const ZH_SYNONYMS: Array<[string, string]> = [
  ['借款', '贷款'], ['要求', '请求'], ['退还', '返还'], ['本人', '我'], ['每月', '每个月'], ['多次', '屡次'], ['骚扰', '滋扰'],
  ['扣款', '扣费'], ['超过', '高于'], ['国家标准', '国家规定'], ['现如今', '现在'], ['多收取', '多收了'], ['提前结清', '提前还清'],
];

function rewordChinese(text: string): string {
  let out = text;
  for (const [from, to] of ZH_SYNONYMS) if (random() < 0.7) out = out.split(from).join(to);
  const clauses = out.split(/(?<=[，。！])/);
  if (clauses.length > 3) {
    const i = Math.floor(random() * (clauses.length - 2));
    [clauses[i], clauses[i + 1]] = [clauses[i + 1], clauses[i]];
  }
  return `${clauses.join('')}希望尽快处理。`;
}

/** Cut at a word (or, for Chinese, any character) boundary. */
function truncate(text: string, from: number, to: number): string {
  const at = Math.floor(text.length * (from + random() * (to - from)));
  const space = text.lastIndexOf(' ', at);
  return text.slice(0, space > at * 0.8 ? space : at).trim();
}

/** The same words, laid out as another channel would: lines joined or split, spacing changed. */
function resend(text: string, channel: string): string {
  const flat = text.replace(/\s+/g, random() < 0.5 ? ' ' : '  ');
  return channel === 'EMAIL' ? `Fwd: my complaint\n\n${flat}` : flat;
}

const CHANNELS = ['WEB', 'EMAIL', 'PHONE', 'LETTER', 'CHAT'];
const CFPB_CHANNEL: Record<string, string> = { Web: 'WEB', Email: 'EMAIL', Phone: 'PHONE', 'Postal mail': 'LETTER', Fax: 'LETTER', Referral: 'PARTNER_API' };

interface Person {
  email: string;
  phone: string;
}
let people = 0;
function person(): Person {
  people += 1;
  const digits = String(Math.floor(random() * 1e9)).padStart(9, '0');
  return { email: `person${people}@example.com`, phone: `1${random() < 0.5 ? '3' : '8'}${digits}` };
}
/** The same contact written another way: case, spaces, dashes, a country code. */
const reformatEmail = (email: string) => (random() < 0.5 ? email.toUpperCase() : ` ${email[0].toUpperCase()}${email.slice(1)} `);
const reformatPhone = (phone: string) => (random() < 0.5 ? `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}` : `(${phone.slice(0, 3)}) ${phone.slice(3)}`);

function main(): void {
  const folder = resolve(process.argv[2] ?? resolve(__dirname, 'data/source'));
  const rows = parse<Record<string, string>>(readFileSync(resolve(folder, 'cfpb_complaints_sample_2015-2020.csv')), { columns: true, skip_empty_lines: true });
  const seen = new Set<string>();
  const byTopic = new Map<string, Array<Record<string, string>>>();
  for (const row of rows) {
    const text = row['Consumer complaint narrative'].trim();
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    if (text.length < 250 || text.length > 1800 || seen.has(key)) continue;
    seen.add(key);
    const topic = `${row.Product} / ${row.Issue}`;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), row]);
  }

  const records: DatasetRecord[] = [];
  const pairs: DatasetPair[] = [];
  const owners = new Map<string, Person>();
  const split = (): 'tune' | 'test' => (random() < 0.5 ? 'tune' : 'test');
  const add = (record: Omit<DatasetRecord, 'id'>, prefix: string, who: Person): string => {
    const id = `${prefix}${records.length + 1}`;
    records.push({ id, ...record });
    owners.set(id, who);
    return id;
  };

  // Negatives: pairs within a topic; each complaint in at most one negative pair.
  const originals: string[] = [];
  const topics = shuffle([...byTopic.entries()].filter(([, list]) => list.length >= 2).sort(([a], [b]) => a.localeCompare(b)));
  for (let round = 0; pairs.length < NEGATIVES && round < 50; round += 1) {
    for (const [topic, list] of topics) {
      if (pairs.length >= NEGATIVES || list.length < 2) continue;
      const [ra, rb] = [list.splice(Math.floor(random() * list.length), 1)[0], list.splice(Math.floor(random() * list.length), 1)[0]];
      const pa = person();
      const pb = random() < SAME_PERSON_NEGATIVES ? pa : person();
      const a = add({ language: 'en', text: ra['Consumer complaint narrative'].trim(), channel: CFPB_CHANNEL[ra['Submitted via']] ?? 'WEB', email: pa.email, phone: pa.phone, topic }, 'en', pa);
      const b = add({ language: 'en', text: rb['Consumer complaint narrative'].trim(), channel: CFPB_CHANNEL[rb['Submitted via']] ?? 'WEB', email: pb.email, phone: pb.phone, topic }, 'en', pb);
      pairs.push({ a, b, duplicate: false, kind: 'SAME_TOPIC', split: split() });
      originals.push(a, b);
    }
  }

  // Positives: a repeat of one of those complaints (so the original also has a same-topic non-duplicate).
  const kinds: Kind[] = ['REWORDED', 'TRUNCATED', 'RESENT', 'REWORDED_TRUNCATED'];
  for (const [n, a] of shuffle([...originals]).slice(0, POSITIVES).entries()) {
    const original = records.find((r) => r.id === a)!;
    const who = owners.get(a)!;
    const kind = kinds[n % kinds.length];
    const channel = pick(CHANNELS.filter((c) => c !== original.channel));
    const sameContact = kind === 'RESENT' || random() < 0.5;
    const contact = sameContact ? { email: reformatEmail(who.email), phone: reformatPhone(who.phone) } : person();
    const text =
      kind === 'REWORDED' ? rewordEnglish(original.text) : kind === 'TRUNCATED' ? truncate(original.text, 0.45, 0.8) : kind === 'RESENT' ? resend(original.text, channel) : truncate(rewordEnglish(original.text), 0.6, 0.85);
    const b = add({ language: 'en', text, channel, ...(channel === 'PHONE' ? { phone: contact.phone } : { email: contact.email }), topic: original.topic }, 'en', who);
    pairs.push({ a, b, duplicate: true, kind, split: split() });
  }

  // Chinese: three real complaints about one lending app; each repeated three ways, each pair of them a negative.
  const heimao = JSON.parse(readFileSync(resolve(folder, 'heimao_tousu_example.json'), 'utf8')) as Array<{ content: string }>;
  const zh = heimao.map((h) => {
    const who = person();
    return add({ language: 'zh', text: h.content.trim(), channel: 'WEB', email: who.email, phone: who.phone, topic: '信*飞 lending app' }, 'zh', who);
  });
  for (let i = 0; i < zh.length; i += 1) {
    pairs.push({ a: zh[i], b: zh[(i + 1) % zh.length], duplicate: false, kind: 'SAME_TOPIC', split: i % 2 ? 'tune' : 'test' });
    const original = records.find((r) => r.id === zh[i])!;
    const who = owners.get(zh[i])!;
    const repeats: Array<[Kind, string]> = [
      ['REWORDED', rewordChinese(original.text)],
      ['TRUNCATED', truncate(original.text, 0.5, 0.8)],
      ['RESENT', original.text.replace(/，/g, ', ').replace(/。/g, '. ')],
    ];
    for (const [k, [kind, text]] of repeats.entries()) {
      const b = add({ language: 'zh', text, channel: pick(['PHONE', 'EMAIL', 'CHAT']), phone: reformatPhone(who.phone), topic: original.topic }, 'zh', who);
      pairs.push({ a: zh[i], b, duplicate: true, kind, split: (i + k) % 2 ? 'tune' : 'test' });
    }
  }

  const dataset: Dataset = {
    description:
      'Labelled near-duplicate pairs for bench/duplicates.ts, generated by bench/duplicates-dataset.ts (seeded) from the CFPB sample and the 黑猫投诉 examples in bench/data/source (see SOURCES.md there). Contacts are synthetic.',
    seed: SEED,
    records,
    pairs,
  };
  const out = resolve(__dirname, 'data/duplicates.json');
  writeFileSync(out, `${JSON.stringify(dataset, null, 1)}\n`);
  const count = (f: (p: DatasetPair) => boolean) => pairs.filter(f).length;
  console.log(`${out}: ${records.length} records, ${count((p) => p.duplicate)} duplicate and ${count((p) => !p.duplicate)} non-duplicate pairs (${count((p) => p.split === 'tune')} tune, ${count((p) => p.split === 'test')} test)`);
}

if (require.main === module) main();
