/**
 * Moving the disagreement on (ESCALATE) and closing it (RESOLVE). The time and the person are
 * filled in here for the machine and stamped again by the server, which has the last word.
 */
import { escalateSchema, resolutionSchema } from '@sightline/core';
import { useMemo } from 'react';
import { z } from 'zod';
import { WarningText } from '../../components/display.js';
import { Radios, Textarea } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { requiredText } from '../../forms/values.js';
import { keptAnswers, useKeptAnswers } from '../answers.js';
import { StepFrame, type StepProps } from './StepFrame.js';

const nextStageForm = z
  .object({ reason: requiredText('Say why the disagreement moves to the next stage') })
  .transform((v) => ({ at: new Date().toISOString(), reason: v.reason }))
  .pipe(escalateSchema);

/** Moving to the next stage: who will hold it and how long they have. */
export function NextStageStep(props: StepProps) {
  const current = props.pathway.stage;
  const n = (current?.number ?? 0) + 1;
  const next = props.framework.escalationStages[n - 1];
  const { form, problems, submit } = useStepForm({
    schema: nextStageForm,
    defaults: keptAnswers(props.keepKey, { reason: '' }),
    onValid: (v) => props.onDone({ type: 'ESCALATE', ...v }),
  });
  useKeptAnswers(props.keepKey, form);
  const { register, formState } = form;
  return (
    <StepFrame
      step="next-stage"
      title={`Move to stage ${n}`}
      problems={problems}
      props={props}
      onSubmit={submit}
      button={`Move to stage ${n}`}
      intro={
        <>
          {current?.deadlinePassed ? (
            <WarningText>The deadline for this stage has passed without a resolution.</WarningText>
          ) : null}
          {next ? (
            <p className="govuk-body">
              {next.name}. It is held by {next.counterpart}, who has {next.workingDays} working days to resolve it, counted from
              today.
            </p>
          ) : null}
        </>
      }
    >
      <Textarea
        label={`Why the disagreement moves to stage ${n}`}
        hint="For example: the worker would not change the decision, or there was no reply by the deadline."
        registration={register('reason')}
        error={formState.errors.reason?.message}
        rows={4}
      />
    </StepFrame>
  );
}

const outcomes = {
  'decision-changed': 'The decision was changed',
  'decision-upheld-and-accepted': 'The decision stands and you accept the reasons',
  'decided-by-partnership': 'The safeguarding partnership decided',
} as const;

function resolveForm(user: StepProps['user']) {
  return z
    .object({
      outcome: z.enum(['decision-changed', 'decision-upheld-and-accepted', 'decided-by-partnership'], {
        error: 'Select how the disagreement ended',
      }),
      detail: requiredText('Say what was agreed'),
    })
    .transform((v) => ({
      at: new Date().toISOString(),
      outcome: v.outcome,
      detail: v.detail,
      by: { userId: user.id, role: user.role as string },
    }))
    .pipe(resolutionSchema);
}

/** How the disagreement ended. */
export function ResolveStep(props: StepProps) {
  const schema = useMemo(() => resolveForm(props.user), [props.user]);
  const { form, problems, submit } = useStepForm({
    schema,
    defaults: keptAnswers(props.keepKey, { outcome: '' as 'decision-changed', detail: '' }),
    onValid: (resolution) => props.onDone({ type: 'RESOLVE', resolution }),
  });
  useKeptAnswers(props.keepKey, form);
  const { register, formState, watch } = form;
  return (
    <StepFrame
      step="resolve"
      title="Record how it was resolved"
      problems={problems}
      props={props}
      onSubmit={submit}
      button="Record the resolution"
    >
      <Radios
        legend="How did the disagreement end?"
        name="outcome"
        registration={register('outcome')}
        error={formState.errors.outcome?.message}
        selected={[watch('outcome')]}
        choices={Object.entries(outcomes).map(([value, label]) => ({ value, label }))}
      />
      <Textarea
        label="What was agreed"
        hint="What happens now for the child, and who does it."
        registration={register('detail')}
        error={formState.errors.detail?.message}
        rows={5}
      />
    </StepFrame>
  );
}
