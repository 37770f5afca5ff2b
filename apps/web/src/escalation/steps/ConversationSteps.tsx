/**
 * In each stage: the conversation with the person who holds it (RECORD_CONTACT), then what they
 * answered (RECORD_RESPONSE). Each form ends in the core machine's own payload schema.
 */
import { type Participant, stageContactSchema, stageResponseSchema } from '@sightline/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { Radios, Select, TextInput, Textarea } from '../../components/fields.js';
import { participantAgencies } from '../../contact/pages/SafetyPlanPage.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { requiredText } from '../../forms/values.js';
import { keptAnswers, useKeptAnswers } from '../answers.js';
import { checkMoment, momentDefaults, momentFields, momentIso } from './moment.js';
import { StepFrame, type StepProps } from './StepFrame.js';

const agencyOptions = Object.entries(participantAgencies).map(([value, label]) => ({ value, label }));
const agencyField = z.enum(Object.keys(participantAgencies) as [Participant['agency'], ...Participant['agency'][]], {
  error: 'Select their organisation',
});

/** When it happened: a date and a time. */
function WhenFields({
  date,
  time,
  errors,
  what,
}: {
  date: UseFormRegisterReturn;
  time: UseFormRegisterReturn;
  errors: { date?: { message?: string | undefined } | undefined; time?: { message?: string | undefined } | undefined };
  what: string;
}) {
  return (
    <>
      <TextInput
        label={`Date ${what}`}
        hint="For example 2025-03-14."
        registration={date}
        error={errors.date?.message}
        width="10"
      />
      <TextInput
        label="Time"
        hint="On the 24-hour clock, for example 14:05."
        registration={time}
        error={errors.time?.message}
        width="5"
      />
    </>
  );
}

const contactForm = z
  .object({
    role: requiredText('Say who you spoke to or wrote to, by their role', 200),
    agency: agencyField,
    method: z.enum(['phone', 'email', 'meeting', 'letter', 'other'], { error: 'Select how you were in touch' }),
    summary: requiredText('Say what was said'),
    ...momentFields,
  })
  .superRefine((v, ctx) => checkMoment(v, ctx))
  .transform((v) => ({
    with: { role: v.role, agency: v.agency },
    at: momentIso(v.date.trim(), v.time.trim()),
    method: v.method,
    summary: v.summary,
  }))
  .pipe(stageContactSchema);

/** The conversation with the person who holds the stage. */
export function ContactStep(props: StepProps) {
  const stage = props.pathway.stage;
  const { form, problems, submit } = useStepForm({
    schema: contactForm,
    defaults: keptAnswers(props.keepKey, {
      role: '',
      agency: 'childrens-social-care' as Participant['agency'],
      method: '' as 'phone',
      summary: '',
      ...momentDefaults(),
    }),
    onValid: (contact) => props.onDone({ type: 'RECORD_CONTACT', contact }),
  });
  useKeptAnswers(props.keepKey, form);
  const { register, formState, watch } = form;
  return (
    <StepFrame
      step="contact"
      title="Record your conversation"
      problems={problems}
      props={props}
      onSubmit={submit}
      intro={
        <p className="govuk-body">
          At this stage you talk it through with {stage?.counterpart ?? 'the person who holds it'}. Record each conversation, call
          or message here.
        </p>
      }
    >
      <TextInput
        label="Who you spoke to or wrote to"
        hint="Their role, for example duty social worker. A name is not needed."
        registration={register('role')}
        error={formState.errors.role?.message}
      />
      <Select
        label="Their organisation"
        registration={register('agency')}
        options={agencyOptions}
        error={formState.errors.agency?.message}
      />
      <Radios
        legend="How were you in touch?"
        name="method"
        registration={register('method')}
        error={formState.errors.method?.message}
        selected={[watch('method')]}
        small
        choices={[
          { value: 'phone', label: 'Phone' },
          { value: 'email', label: 'Email' },
          { value: 'meeting', label: 'Meeting' },
          { value: 'letter', label: 'Letter' },
          { value: 'other', label: 'Another way' },
        ]}
      />
      <WhenFields date={register('date')} time={register('time')} errors={formState.errors} what="you were in touch" />
      <Textarea
        label="What was said"
        hint="What you asked for and why, in plain words."
        registration={register('summary')}
        error={formState.errors.summary?.message}
        rows={5}
      />
    </StepFrame>
  );
}

const responseForm = z
  .object({
    role: requiredText('Say who answered, by their role', 200),
    agency: agencyField,
    response: requiredText('Say what they answered'),
    resolves: z.enum(['yes', 'no'], { error: 'Say whether this resolves your concern' }),
    ...momentFields,
  })
  .superRefine((v, ctx) => checkMoment(v, ctx))
  .transform((v) => ({
    from: { role: v.role, agency: v.agency },
    at: momentIso(v.date.trim(), v.time.trim()),
    response: v.response,
    resolvesConcern: v.resolves === 'yes',
  }))
  .pipe(stageResponseSchema);

/** The outcome of the stage: what the person who holds it answered, and whether it resolves the concern. */
export function ResponseStep(props: StepProps) {
  const { form, problems, submit } = useStepForm({
    schema: responseForm,
    defaults: keptAnswers(props.keepKey, {
      role: '',
      agency: 'childrens-social-care' as Participant['agency'],
      response: '',
      resolves: '' as 'yes',
      ...momentDefaults(),
    }),
    onValid: (response) => props.onDone({ type: 'RECORD_RESPONSE', response }),
  });
  useKeptAnswers(props.keepKey, form);
  const { register, formState, watch } = form;
  return (
    <StepFrame step="response" title="Record the outcome" problems={problems} props={props} onSubmit={submit}>
      <TextInput
        label="Who answered"
        hint="Their role, for example duty social worker."
        registration={register('role')}
        error={formState.errors.role?.message}
      />
      <Select
        label="Their organisation"
        registration={register('agency')}
        options={agencyOptions}
        error={formState.errors.agency?.message}
      />
      <WhenFields date={register('date')} time={register('time')} errors={formState.errors} what="they answered" />
      <Textarea
        label="What they answered"
        registration={register('response')}
        error={formState.errors.response?.message}
        rows={5}
      />
      <Radios
        legend="Does this resolve your concern?"
        name="resolves"
        registration={register('resolves')}
        error={formState.errors.resolves?.message}
        selected={[watch('resolves')]}
        choices={[
          { value: 'yes', label: 'Yes', hint: 'You can then record how it was resolved.' },
          { value: 'no', label: 'No', hint: 'You can then move the disagreement to the next stage.' },
        ]}
      />
    </StepFrame>
  );
}
