import { Link } from 'wouter-preact';
import type { ComplaintRowFieldsFragment } from '../../generated/graphql';
import { ClockBadge } from '../layout/clock-badge';
import { dateTimeIn } from '../layout/format';
import { mostUrgentClock } from '../layout/urgent-clock';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { TriageBadge } from './triage-badge';

/** One complaint a row: what a handler scans a list for, the most urgent deadline last. */
export function ComplaintTable({ rows, caption }: { rows: ComplaintRowFieldsFragment[]; caption: string }) {
  const { t, locale } = useT();
  const { timeZone } = useWorkspace();
  return (
    <div class="table-wrap">
      <table class="complaints">
        <caption>
          {caption} <span class="muted">{t('list.zone', { zone: timeZone })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.col.reference')}</th>
            <th scope="col">{t('list.col.received')}</th>
            <th scope="col">{t('list.col.category')}</th>
            <th scope="col">{t('list.col.status')}</th>
            <th scope="col">{t('list.col.priority')}</th>
            <th scope="col">{t('list.col.triage')}</th>
            <th scope="col">{t('list.col.handler')}</th>
            <th scope="col">{t('list.col.clock')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const clock = mostUrgentClock(c.clocks);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/complaints/${c.id}`}>{c.reference}</Link>
                </th>
                <td>{dateTimeIn(c.receivedAt, timeZone, locale)}</td>
                <td>{c.category}</td>
                <td>{t(`status.${c.status}`)}</td>
                <td>{t(`priority.${c.priority}`)}</td>
                <td>
                  <TriageBadge complaint={c} />
                </td>
                <td>{c.handler?.name ?? <span class="muted">{t('list.noHandler')}</span>}</td>
                <td>
                  {clock ? (
                    <>
                      <ClockBadge state={clock.state} /> <span class="due">{t('list.due', { time: dateTimeIn(clock.dueAt, timeZone, locale) })}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
