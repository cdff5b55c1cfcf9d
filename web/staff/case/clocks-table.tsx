import type { CaseFieldsFragment } from '../../generated/graphql';
import { ClockBadge } from '../layout/clock-badge';
import { dateTimeIn } from '../layout/format';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';

/** Every deadline running on the complaint, due times in the organization's time zone (named, as staff may sit elsewhere). */
export function ClocksTable({ clocks }: { clocks: CaseFieldsFragment['clocks'] }) {
  const { t, locale } = useT();
  const { timeZone } = useWorkspace();
  return (
    <section class="card" aria-labelledby="case-clocks">
      <h2 id="case-clocks">{t('case.clocks')}</h2>
      {clocks.length === 0 ? (
        <p>{t('case.noClocks')}</p>
      ) : (
        <table class="clocks">
          <caption>{t('case.clocksCaption', { zone: timeZone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clock.name')}</th>
              <th scope="col">{t('clock.state')}</th>
              <th scope="col">{t('clock.due')}</th>
              <th scope="col">{t('clock.started')}</th>
            </tr>
          </thead>
          <tbody>
            {clocks.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {locale === 'zh-CN' ? c.labelZh : c.label}
                  {c.provisional && <span class="muted"> {t('clock.provisional')}</span>}
                </th>
                <td>
                  <ClockBadge state={c.state} />
                </td>
                <td data-clock-due={c.id}>{dateTimeIn(c.dueAt, timeZone, locale)}</td>
                <td>{dateTimeIn(c.startedAt, timeZone, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
