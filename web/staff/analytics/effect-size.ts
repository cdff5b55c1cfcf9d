import type { MessageKey } from '../i18n';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface RateRatio {
  rateRatio?: number | null;
  rateRatioLow?: number | null;
  rateRatioHigh?: number | null;
}

/** "×2.3 (1.3–4.1)": how many times the share grew, with its 95% interval; "new (≥ ×1.3)" when it had none before. */
export function effectSize(r: RateRatio, locale: string, t: Translate): string {
  const times = (n: number) => `×${new Intl.NumberFormat(locale, { maximumFractionDigits: n < 10 ? 2 : 1 }).format(n)}`;
  const low = r.rateRatioLow == null ? null : times(r.rateRatioLow);
  if (r.rateRatio == null) return low ? t('analytics.newShare', { low }) : '–';
  const high = r.rateRatioHigh == null ? '∞' : times(r.rateRatioHigh);
  return low ? `${times(r.rateRatio)} (${low}–${high})` : times(r.rateRatio);
}

/** A p- or q-value as staff read it: three decimals, or "< 0.001". */
export const probability = (p: number | null | undefined): string => (p == null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));
