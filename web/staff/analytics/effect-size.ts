import type { MessageKey } from '../i18n';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface RateRatio {
  rateRatio?: number | null;
  rateRatioLow?: number | null;
  rateRatioHigh?: number | null;
}

/** "×2.3 (1.3–4.1)": how many times the share grew, with its 95% interval; "new (≥ ×1.3)" when it had none before. */
export function effectSize(r: RateRatio, locale: string, t: Translate): string {
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: n < 10 ? 2 : 1 }).format(n);
  if (r.rateRatio == null) return r.rateRatioLow == null ? '–' : t('analytics.newShare', { low: `×${number(r.rateRatioLow)}` });
  if (r.rateRatioLow == null) return `×${number(r.rateRatio)}`;
  return `×${number(r.rateRatio)} (${number(r.rateRatioLow)}–${r.rateRatioHigh == null ? '∞' : number(r.rateRatioHigh)})`;
}

