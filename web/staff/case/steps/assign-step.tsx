import { useState } from 'preact/hooks';
import { useWorkspace } from '../../layout/workspace';
import { useT } from '../../i18n';
import { AssignStep, InvestigateStep } from '../case.graphql';
import type { SendStep, StepOutcome } from '../use-steps';
import { StepError } from './step-panel';
import { later } from '../../layout/later';

const AUTOMATIC = '';

/** Designating a handler: one of the organization's staff, or the routing rules' choice (its team's least-loaded member). */
export function AssignForm({ send, onDone, current }: { send: SendStep; onDone: () => void; current?: string }) {
  const { t } = useT();
  const { staff } = useWorkspace();
  const [handlerId, setHandlerId] = useState(AUTOMATIC);
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={later(async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await send(AssignStep, { handlerId: handlerId || undefined }, (d) => d.assignComplaint);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') onDone();
      })}
    >
      <label for="assign-handler">{t('step.assign.handler')}</label>
      <select id="assign-handler" value={handlerId} onChange={(e) => setHandlerId(e.currentTarget.value)}>
        <option value={AUTOMATIC}>{t('step.assign.automatic')}</option>
        {staff.map((s) => (
          <option value={s.id}>{s.id === current ? t('step.assign.current', { name: s.name }) : s.name}</option>
        ))}
      </select>
      <StepError outcome={outcome} />
      <button type="submit" class="primary" disabled={busy}>
        {t('step.assign.submit')}
      </button>
    </form>
  );
}

/** Starting the investigation takes nothing but the decision to start. */
export function InvestigateForm({ send, onDone }: { send: SendStep; onDone: () => void }) {
  const { t } = useT();
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={later(async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await send(InvestigateStep, {}, (d) => d.startInvestigation);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') onDone();
      })}
    >
      <p>{t('step.investigate.explain')}</p>
      <StepError outcome={outcome} />
      <button type="submit" class="primary" disabled={busy}>
        {t('step.investigate.submit')}
      </button>
    </form>
  );
}
