import type { ImprovementActionFieldsFragment } from '../../generated/graphql';
import { useT } from '../i18n';

/** The measured effect in a sentence: complaints per day before and after, and whether the fall is more than chance. */
export function EffectSummary({ effect }: { effect: ImprovementActionFieldsFragment['effect'] }) {
  const { t, locale } = useT();
  if (!effect) return <>{t('analytics.effect.none')}</>;
  const perDay = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const change = effect.change == null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(effect.change);
  return (
    <>
      {t('analytics.effect.summary', {
        days: effect.windowDays,
        before: perDay.format(effect.beforePerDay),
        after: perDay.format(effect.afterPerDay),
        change,
      })}{' '}
      {effect.significant ? t('analytics.effect.significant', { p: effect.pValue.toFixed(3) }) : t('analytics.effect.notSignificant', { p: effect.pValue.toFixed(3) })}
    </>
  );
}
