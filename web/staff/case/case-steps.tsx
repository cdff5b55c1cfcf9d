import type { CaseFieldsFragment } from '../../generated/graphql';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { availableSteps, type StaffStep } from './available-steps';
import { EscalateStep, NoteStep, ReplyStep, RequestInformationStep } from './case.graphql';
import { FinalResponseComposer } from './composer/final-response-composer';
import { AssignForm, InvestigateForm } from './steps/assign-step';
import { AcceptForm, RejectForm } from './steps/decision-steps';
import { EvidenceForm } from './steps/evidence-step';
import { StepPanel } from './steps/step-panel';
import { TextStepForm } from './steps/text-step';
import type { SendStep } from './use-steps';

/** The steps this complaint's status allows and the viewer's role may take, each behind its button. */
export function CaseSteps({ complaint, send }: { complaint: CaseFieldsFragment; send: SendStep }) {
  const { t } = useT();
  const { viewer } = useWorkspace();
  const steps = availableSteps({ status: complaint.status, handlerId: complaint.handler?.id }, viewer);

  const form = (step: StaffStep, close: () => void) => {
    switch (step) {
      case 'accept':
        return <AcceptForm send={send} onDone={close} />;
      case 'reject':
        return <RejectForm send={send} onDone={close} />;
      case 'assign':
        return <AssignForm send={send} onDone={close} current={complaint.handler?.id} />;
      case 'investigate':
        return <InvestigateForm send={send} onDone={close} />;
      case 'note':
        return <TextStepForm id="note" label="step.note.text" hint="step.note.hint" submit="step.note.submit" field="text" onDone={close} send={(text) => send(NoteStep, { text }, (d) => d.addInternalNote)} />;
      case 'reply':
        return <TextStepForm id="reply" label="step.reply.text" hint="step.reply.hint" submit="step.reply.submit" field="message" onDone={close} send={(message) => send(ReplyStep, { message }, (d) => d.sendPublicReply)} />;
      case 'requestInformation':
        return (
          <TextStepForm id="request" label="step.request.text" hint="step.request.hint" submit="step.request.submit" field="question" onDone={close} send={(question) => send(RequestInformationStep, { question }, (d) => d.requestInformation)} />
        );
      case 'escalate':
        return <TextStepForm id="escalate" label="step.escalate.text" submit="step.escalate.submit" field="reason" onDone={close} send={(reason) => send(EscalateStep, { reason }, (d) => d.escalateComplaint)} />;
      case 'evidence':
        return <EvidenceForm complaintId={complaint.id} send={send} onDone={close} />;
      case 'resolve':
        return <FinalResponseComposer complaint={complaint} send={send} onDone={close} />;
    }
  };

  return (
    <section class="card steps" aria-labelledby="case-steps">
      <h2 id="case-steps">{t('case.steps')}</h2>
      {steps.length === 0 ? (
        <p>{t(complaint.handler && viewer.role === 'HANDLER' && complaint.handler.id !== viewer.id ? 'case.designatedElsewhere' : 'case.noSteps', { name: complaint.handler?.name ?? '' })}</p>
      ) : (
        steps.map((step) => (
          <StepPanel key={step} id={`step-${step}`} title={t(`step.${step}.title`)}>
            {(close) => form(step, close)}
          </StepPanel>
        ))
      )}
    </section>
  );
}
