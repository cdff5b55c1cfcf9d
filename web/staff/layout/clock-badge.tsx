import type { ClockState } from '../../generated/graphql';
import { useT } from '../i18n';

/** A clock's state as a badge: the word says it, the colour and the mark only repeat it. */
export function ClockBadge({ state }: { state: ClockState }) {
  const { t } = useT();
  return <span class={`badge clock-${state.toLowerCase().replace('_', '-')}`}>{t(`clockState.${state}`)}</span>;
}
