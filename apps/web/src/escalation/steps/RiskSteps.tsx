/**
 * The immediate-risk path, open at every stage: say the child is at immediate risk now
 * (IMMEDIATE_RISK), which tells the person to refer or call the police at once, and record the
 * referral made (RECORD_URGENT_REFERRAL). The escalation carries on alongside.
 */
import { immediateRiskSchema, urgentReferralSchema } from '@sightline/core';
import { useMemo } from 'react';
import { z } from 'zod';
import { Radios, TextInput, Textarea } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { optionalText, requiredText } from '../../forms/values.js';
import { keptAnswers, useKeptAnswers } from '../answers.js';
import { ImmediateRiskGuidance } from '../parts.js';
import { checkMoment, momentDefaults, momentFields, momentIso } from './moment.js';
import { StepFrame, type StepProps } from './StepFrame.js';

/** Who reports the risk: the person's role and organisation, never their name. */
export function reporterOf(user: StepProps['user']): string {
  return `${user.role === 'dsl' ? 'designated safeguarding lead' : user.role.replaceAll('-', ' ')}, ${user.agency.name}`;
}

function riskForm(user: StepProps['user']) {
  return z
    .object({ detail: requiredText('Say what puts the child at immediate risk now') })
    .transform((v) => ({ at: new Date().toISOString(), detail: v.detail, reportedBy: reporterOf(user) }))
    .pipe(immediateRiskSchema);
}

/** The child is at immediate risk now. */
export function ImmediateRiskStep(props: StepProps) {
  const schema = useMemo(() => riskForm(props.user), [props.user]);
  const { form, problems, submit } = useStepForm({
    schema,
    defaults: keptAnswers(props.keepKey, { detail: '' }),
    onValid: (risk) => props.onDone({ type: 'IMMEDIATE_RISK', risk }),
  });
  useKeptAnswers(props.keepKey, form);
  const { register, formState } = form;
  return (
    <StepFrame
      step="immediate-risk"
      title="The child is at immediate risk now"
      problems={problems}
      props={props}
      onSubmit={submit}
      button="Record the risk"
      intro={
        // While a referral is already due, the frame shows the same instruction.
        props.pathway.urgent?.status === 'pending' ? null : (
          <ImmediateRiskGuidance>
            <p className="govuk-body">Then record here what puts the child at risk, and afterwards the referral you made.</p>
          </ImmediateRiskGuidance>
        )
      }
    >
      <Textarea
        label="What puts the child at immediate risk now"
        hint="What happened or what you were told today, in plain words."
        registration={register('detail')}
        error={formState.errors.detail?.message}
        rows={5}
      />
    </StepFrame>
  );
}

const referralForm = z
  .object({
    to: z.enum(['childrens-social-care', 'police', 'both'], { error: 'Select who you referred to or called' }),
    reference: optionalText,
    detail: requiredText('Say what you did and what they said'),
    ...momentFields,
  })
  .superRefine((v, ctx) => checkMoment(v, ctx))
  .transform((v) => ({ to: v.to, at: momentIso(v.date.trim(), v.time.trim()), reference: v.reference, detail: v.detail }))
  .pipe(urgentReferralSchema);

/** The urgent referral, or call to the police, that was made. */
export function UrgentReferralStep(props: StepProps) {
  const { form, problems, submit } = useStepForm({
    schema: referralForm,
    defaults: keptAnswers(props.keepKey, { to: '' as 'police', reference: '', detail: '', ...momentDefaults() }),
    onValid: (referral) => props.onDone({ type: 'RECORD_URGENT_REFERRAL', referral }),
  });
  useKeptAnswers(props.keepKey, form);
  const { register, formState, watch } = form;
  return (
    <StepFrame
      step="urgent-referral"
      title="Record the urgent referral"
      problems={problems}
      props={props}
      onSubmit={submit}
      button="Record the referral"
    >
      <Radios
        legend="Who did you refer to or call?"
        name="to"
        registration={register('to')}
        error={formState.errors.to?.message}
        selected={[watch('to')]}
        choices={[
          { value: 'childrens-social-care', label: 'Children’s social care (the front door)' },
          { value: 'police', label: 'The police' },
          { value: 'both', label: 'Both' },
        ]}
      />
      <TextInput
        label="Date you referred or called"
        hint="For example 2025-03-14."
        registration={register('date')}
        error={formState.errors.date?.message}
        width="10"
      />
      <TextInput
        label="Time"
        hint="On the 24-hour clock, for example 14:05."
        registration={register('time')}
        error={formState.errors.time?.message}
        width="5"
      />
      <TextInput
        label="Reference (optional)"
        hint="For example a police incident number."
        registration={register('reference')}
        error={formState.errors.reference?.message}
        width="20"
      />
      <Textarea
        label="What you did and what they said"
        registration={register('detail')}
        error={formState.errors.detail?.message}
        rows={4}
      />
    </StepFrame>
  );
}
