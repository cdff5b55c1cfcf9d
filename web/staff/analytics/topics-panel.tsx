import { useQuery } from '@urql/preact';
import { Link, useRouter } from 'wouter-preact';
import { errorCode } from '../../shared/api-errors';
import { useT } from '../i18n';
import { AnalyticsEmergingTopicsQuery } from './analytics.graphql';
import { TableHead } from './table-head';
import { probabilityText as probability } from '../../../functions/core/analytics/significance';
import { effectSize } from './effect-size';

const TOPICS = 10;

/**
 * Words and phrases rising in the period's complaints, each with complaints that mention
 * it: a link to the case by its id (never text in the address) and a short excerpt.
 */
export function TopicsPanel({ from, to }: { from: string; to: string }) {
  const { t, locale } = useT();
  // The section is nested under /analytics: a case's page is the workspace's, one level up.
  const { base } = useRouter();
  const workspace = base.slice(0, base.lastIndexOf('/analytics'));
  const [{ data, fetching, error }] = useQuery({ query: AnalyticsEmergingTopicsQuery, pause: !from || !to, variables: { period: { from, to }, first: TOPICS } });
  const report = data?.emergingTopics;
  const state = error ? 'error' : !report || fetching ? 'loading' : 'ready';
  const caption = report ? t('analytics.topicsCaption', { count: new Intl.NumberFormat(locale).format(report.currentComplaints), q: report.falseDiscoveryRate }) : '';
  return (
    <section aria-labelledby="topics-title" class="card topics" data-state={state} aria-busy={state === 'loading'}>
      <h2 id="topics-title">{t('analytics.topicsTitle')}</h2>
      {state === 'loading' && <p>{t('analytics.topicsLoading')}</p>}
      {state === 'error' && (
        <p class="alert" role="alert">
          {t('analytics.loadFailed', { code: errorCode(error) ?? '' })}
        </p>
      )}
      {report && !report.complete && <p class="note">{t('analytics.topicsIncomplete')}</p>}
      {state === 'ready' && report && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
          <table id="topics-table">
            <caption>{caption}</caption>
            <TableHead header={[t('analytics.term'), t('analytics.thisPeriod'), t('analytics.periodBefore'), t('analytics.effect'), t('analytics.qValue'), t('analytics.examples')]} />
            <tbody>
              {report.topics.length ? (
                report.topics.map((topic) => (
                  <tr key={topic.term}>
                    <th scope="row">
                      {topic.term}
                      {topic.relatedTerms.length > 0 && <div class="note">{`${t('analytics.relatedTerms')}: ${topic.relatedTerms.slice(0, 5).join(', ')}`}</div>}
                    </th>
                    <td>{topic.current}</td>
                    <td>{topic.previous}</td>
                    <td>{effectSize(topic, locale, t)}</td>
                    <td>{probability(topic.qValue)}</td>
                    <td>
                      <ul class="examples">
                        {topic.examples.map((e) => (
                          <li key={e.complaintId}>
                            <Link href={`~${workspace}/complaints/${encodeURIComponent(e.complaintId)}`}>{e.reference}</Link>
                            {e.excerpt && <q>{e.excerpt}</q>}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={6}>{t('analytics.noTopics')}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
