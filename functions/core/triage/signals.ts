import { normalizeText } from '../search/terms';

/**
 * Priority, sentiment and urgent signals from word lists, in English and Chinese. No
 * labelled data exists for them (the CFPB publishes none), so they are rules, not learned:
 * a confidence here says how much of the text's wording agrees, not a measured accuracy.
 * English phrases match whole words; Chinese ones match as written.
 */
export type UrgentSignal = 'HOUSING_LOSS' | 'FINANCIAL_DISTRESS' | 'HEALTH_OR_SAFETY' | 'HARASSMENT' | 'VULNERABLE_PERSON';
export type Sentiment = 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';

const SIGNAL_WORDS: Readonly<Record<UrgentSignal, { en: string[]; zh: string[] }>> = {
  HOUSING_LOSS: {
    en: ['foreclosure', 'foreclose', 'foreclosed', 'foreclosing', 'eviction', 'evicted', 'evict', 'lose my home', 'lose our home', 'losing my home', 'losing our home', 'lose my house', 'lose our house', 'losing my house', 'losing our house', 'sheriff sale', 'homeless'],
    zh: ['止赎', '法拍', '拍卖房', '被驱逐', '赶出去', '无家可归', '收房', '断供', '强制腾退'],
  },
  FINANCIAL_DISTRESS: {
    en: ['bankruptcy', 'bankrupt', 'cannot afford', "can't afford", 'unable to pay', 'lost my job', 'unemployed', 'hardship', 'no income', 'garnish', 'garnished', 'garnishment', 'overdrawn', 'paycheck to paycheck', 'repossessed', 'repossession'],
    zh: ['破产', '失业', '还不起', '没钱', '走投无路', '生活困难', '负债累累', '工资被扣', '断了收入'],
  },
  HEALTH_OR_SAFETY: {
    en: ['hospital', 'hospitalized', 'cancer', 'surgery', 'chemotherapy', 'suicide', 'suicidal', 'injury', 'injured', 'unsafe', 'dangerous', 'medical emergency', 'disability', 'life threatening'],
    zh: ['住院', '医院', '手术', '癌症', '自杀', '受伤', '安全隐患', '中毒', '生命危险', '急救', '重病'],
  },
  HARASSMENT: {
    en: ['harass', 'harassed', 'harassing', 'harassment', 'threaten', 'threatened', 'threatening', 'abusive', 'intimidate', 'intimidating'],
    zh: ['骚扰', '威胁', '恐吓', '暴力催收', '爆通讯录', '辱骂'],
  },
  VULNERABLE_PERSON: {
    en: ['elderly', 'senior citizen', 'disabled', 'veteran', 'widow', 'dementia', 'caregiver'],
    zh: ['老人', '老年人', '残疾', '孤寡', '低保', '病人'],
  },
};

const NEGATIVE = {
  en: ['angry', 'furious', 'unacceptable', 'terrible', 'horrible', 'awful', 'fraud', 'fraudulent', 'scam', 'lied', 'lying', 'ridiculous', 'outrageous', 'frustrated', 'frustrating', 'disgusted', 'unfair', 'illegal', 'refused', 'ignored', 'worst', 'stress', 'stressed'],
  zh: ['愤怒', '气愤', '欺骗', '骗子', '诈骗', '垃圾', '无耻', '不合理', '霸王条款', '投诉无门', '敷衍', '推诿', '非法', '违法', '坑人', '失望', '恶劣', '拒绝'],
};
const POSITIVE = {
  en: ['thank', 'thanks', 'appreciate', 'appreciated', 'grateful', 'helpful', 'satisfied', 'resolved quickly', 'pleased'],
  zh: ['感谢', '谢谢', '满意', '及时解决', '辛苦', '赞'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One pattern per list: English phrases between non-letters, Chinese ones anywhere. */
function matcher(words: { en: string[]; zh: string[] }): RegExp {
  const en = words.en.map((w) => String.raw`(?<![\p{L}\p{N}])${escape(w)}(?![\p{L}\p{N}])`);
  return new RegExp([...en, ...words.zh.map(escape)].join('|'), 'giu');
}
const SIGNALS = Object.entries(SIGNAL_WORDS).map(([signal, words]) => ({ signal: signal as UrgentSignal, pattern: matcher(words) }));
const NEGATIVE_PATTERN = matcher(NEGATIVE);
const POSITIVE_PATTERN = matcher(POSITIVE);

const hits = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;
/** 1 hit is a hint, 3 or more are as sure as word lists get. */
const confidenceOf = (n: number) => Math.min(0.95, 0.5 + 0.15 * n);

export interface SignalFinding {
  signal: UrgentSignal;
  confidence: number;
}

export function urgentSignals(text: string): SignalFinding[] {
  const t = normalizeText(text);
  return SIGNALS.map(({ signal, pattern }) => ({ signal, n: hits(pattern, t) }))
    .filter(({ n }) => n > 0)
    .map(({ signal, n }) => ({ signal, confidence: confidenceOf(n) }));
}

export function sentiment(text: string): { value: Sentiment; confidence: number } {
  const t = normalizeText(text);
  const balance = hits(NEGATIVE_PATTERN, t) - hits(POSITIVE_PATTERN, t);
  if (balance === 0) return { value: 'NEUTRAL', confidence: 0.5 };
  return { value: balance > 0 ? 'NEGATIVE' : 'POSITIVE', confidence: confidenceOf(Math.abs(balance)) };
}

/** Losing a home or a threat to health or safety is URGENT; other distress, or strong anger, HIGH. */
export function priority(signals: readonly SignalFinding[], mood: { value: Sentiment; confidence: number }): { value: 'URGENT' | 'HIGH' | 'NORMAL'; confidence: number } {
  const urgent = signals.filter((s) => s.signal === 'HOUSING_LOSS' || s.signal === 'HEALTH_OR_SAFETY');
  if (urgent.length) return { value: 'URGENT', confidence: Math.max(...urgent.map((s) => s.confidence)) };
  if (signals.length) return { value: 'HIGH', confidence: Math.max(...signals.map((s) => s.confidence)) };
  if (mood.value === 'NEGATIVE' && mood.confidence >= 0.8) return { value: 'HIGH', confidence: mood.confidence - 0.2 };
  return { value: 'NORMAL', confidence: 0.6 };
}
