import { formatDateTime } from './format';
import type { ClockFieldsFragment } from './generated/graphql';
import { useT } from './i18n';

/**
 * The deadlines that concern the complainant, each named in the page's language, with its
 * due time; an estimated one (holidays of its year not yet published) says so.
 */
export function Deadlines({ clocks, showState }: { clocks: ClockFieldsFragment[]; showState?: boolean }) {
  const { t, locale } = useT();
  if (clocks.length === 0) return <p>{t('deadlines.none')}</p>;
  const zh = locale === 'zh-CN';
  return (
    <ul class="deadlines">
      {clocks.map((clock) => (
        <li key={clock.id}>
          <span class="deadline-label">{zh ? clock.labelZh : clock.labelEn}</span>
          <span class="deadline-due">{t('deadlines.due', { date: formatDateTime(clock.dueAt, locale) })}</span>
          {showState && <span class={`badge clock-${clock.state.toLowerCase()}`}>{t(`clock.${clock.state}`)}</span>}
          {clock.provisional && <p class="hint">{(zh ? clock.noteZh : clock.noteEn) ?? t('deadlines.provisional')}</p>}
        </li>
      ))}
    </ul>
  );
}
