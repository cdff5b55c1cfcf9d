import { useState } from 'preact/hooks';
import type { Channel, ClockState, ComplaintStatus } from '../../generated/graphql';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import type { ListFilters } from './list-filters';

export const STATUSES: ComplaintStatus[] = ['RECEIVED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'INVESTIGATING', 'AWAITING_COMPLAINANT', 'RESOLVED', 'FEEDBACK_PENDING', 'CLOSED', 'REOPENED', 'WITHDRAWN'];
export const CHANNELS: Channel[] = ['WEB', 'EMAIL', 'PHONE', 'CHAT', 'SOCIAL_MEDIA', 'LETTER', 'IN_PERSON', 'PARTNER_API'];
const CLOCK_STATES: ClockState[] = ['ON_TRACK', 'AT_RISK', 'BREACHED', 'MET', 'PAUSED'];

/** The filters of a list; applied together, so a list is read once per change the user means. */
export function ListFiltersForm({ filters, onApply }: { filters: ListFilters; onApply: (f: ListFilters) => void }) {
  const { t } = useT();
  const { categories } = useWorkspace();
  const [draft, setDraft] = useState<ListFilters>(filters);
  const set = (key: keyof ListFilters) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value || undefined });
  return (
    <form
      class="filters"
      aria-label={t('filters.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <div>
        <label for="filter-status">{t('filters.status')}</label>
        <select id="filter-status" value={draft.status ?? ''} onChange={set('status')}>
          <option value="">{t('filters.any')}</option>
          {STATUSES.map((s) => (
            <option value={s}>{t(`status.${s}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label for="filter-channel">{t('filters.channel')}</label>
        <select id="filter-channel" value={draft.channel ?? ''} onChange={set('channel')}>
          <option value="">{t('filters.any')}</option>
          {CHANNELS.map((c) => (
            <option value={c}>{t(`channel.${c}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label for="filter-category">{t('filters.category')}</label>
        {categories.length > 0 ? (
          <select id="filter-category" value={draft.category ?? ''} onChange={set('category')}>
            <option value="">{t('filters.any')}</option>
            {categories.map((c) => (
              <option value={c}>{c}</option>
            ))}
          </select>
        ) : (
          <input id="filter-category" value={draft.category ?? ''} onInput={set('category')} />
        )}
      </div>
      <div>
        <label for="filter-from">{t('filters.from')}</label>
        <input id="filter-from" type="date" value={draft.from ?? ''} onInput={set('from')} />
      </div>
      <div>
        <label for="filter-to">{t('filters.to')}</label>
        <input id="filter-to" type="date" value={draft.to ?? ''} onInput={set('to')} />
      </div>
      <div>
        <label for="filter-clock">{t('filters.clockState')}</label>
        <select id="filter-clock" value={draft.clockState ?? ''} onChange={set('clockState')}>
          <option value="">{t('filters.any')}</option>
          {CLOCK_STATES.map((s) => (
            <option value={s}>{t(`clockState.${s}`)}</option>
          ))}
        </select>
      </div>
      <div class="filter-actions">
        <button type="submit" class="primary">{t('filters.apply')}</button>
        <button
          type="button"
          onClick={() => {
            const cleared = { team: filters.team };
            setDraft(cleared);
            onApply(cleared);
          }}
        >
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
