import type { ClockState } from '../../generated/graphql';
import { useT } from '../i18n';
import { cssName } from './format';

/** A clock's state as a badge: the word says it, the colour and the mark only repeat it. */
export function ClockBadge({ state }: { state: ClockState }) {
  const { t } = useT();
  return <span class={`badge clock-${cssName(state)}`}>{t(`clockState.${state}`)}</span>;
}
