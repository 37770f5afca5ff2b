/**
 * The protection pathway's question pages. Each form's schema ends in the core machine's own
 * payload schema, so what the page sends is what the machine accepts.
 */
import {
  type Assessment,
  type Conference,
  conferenceSchema,
  type Framework,
  type Participant,
  type PlanInput,
  planSchema,
  type S47Outcome,
  s47OutcomeSchema,
  type StrategyDiscussion,
  strategyDiscussionSchema,
} from '@sightline/core';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../components/display.js';
import { Checkboxes, Radios, TextInput, Textarea } from '../components/fields.js';
import { participantAgencies } from '../contact/pages/SafetyPlanPage.js';
import { useStepForm } from '../forms/useStepForm.js';
import { requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the date as YYYY-MM-DD, like 2024-03-15' });

/** Ticked agencies as the machine's participants. */
function participants(agencies: string[]): Participant[] {
  return agencies.map((agency) => ({
    role: participantAgencies[agency as Participant['agency']],
    agency: agency as Participant['agency'],
  }));
}

const agencyChoices = Object.entries(participantAgencies).map(([value, label]) => ({ value, label }));

export interface StepProps<T> {
  backHref: string;
  onDone: (answer: T) => void;
  childLabel: string;
  today: string;
  /** Shown above the form when the machine refused the answers. */
  refusal: string | null;
}

function Frame({
  title,
  problems,
  backHref,
  children,
  childLabel,
  refusal,
}: {
  title: string;
  problems: { fieldId: string; message: string }[];
  backHref: string;
  children: ReactNode;
  childLabel: string;
  refusal: string | null;
}) {
  usePageTitle(title, problems.length > 0);
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={`Child protection: ${childLabel}`}>{title}</PageHeading>
          {refusal ? <WarningText>{refusal}</WarningText> : null}
          {children}
        </div>
      </div>
    </>
  );
}

const strategyForm = z
  .object({
    at: isoDate,
    participants: z.array(z.string()),
    decision: z.enum(['s47-enquiry', 'no-s47-enquiry'], { error: 'Select what the strategy discussion decided' }),
    reason: requiredText('Say why'),
  })
  .superRefine((v, ctx) => {
    if (!v.participants.includes('childrens-social-care') || !v.participants.includes('police')) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants'],
        message: 'A strategy discussion needs at least children’s social care and the police',
      });
    }
  })
  .transform((v): StrategyDiscussion => ({ ...v, participants: participants(v.participants) }))
  .pipe(strategyDiscussionSchema);

/** The strategy discussion: who took part and what it decided. */
export function StrategyStep({ backHref, onDone, childLabel, today, refusal }: StepProps<StrategyDiscussion>) {
  const { form, problems, submit } = useStepForm({
    schema: strategyForm,
    defaults: { at: today, participants: [], decision: '' as 's47-enquiry', reason: '' },
    onValid: onDone,
  });
  const { register, formState, watch } = form;
  return (
    <Frame title="Strategy discussion" problems={problems} backHref={backHref} childLabel={childLabel} refusal={refusal}>
      <form noValidate onSubmit={submit}>
        <TextInput
          label="Date of the discussion"
          hint="For example 2024-03-15."
          registration={register('at')}
          error={formState.errors.at?.message}
          width="10"
        />
        <Checkboxes
          legend="Who took part"
          hint="Children’s social care and the police at least, with health and the school where they know the child."
          name="participants"
          registration={register('participants')}
          error={formState.errors.participants?.message}
          selected={watch('participants')}
          choices={agencyChoices}
        />
        <Radios
          legend="What did it decide?"
          name="decision"
          registration={register('decision')}
          error={formState.errors.decision?.message}
          choices={[
            {
              value: 's47-enquiry',
              label: 'Start a section 47 enquiry',
              hint: 'There is reasonable cause to suspect significant harm.',
            },
            { value: 'no-s47-enquiry', label: 'No section 47 enquiry' },
          ]}
        />
        <Textarea label="Why" registration={register('reason')} error={formState.errors.reason?.message} rows={4} />
        <Button>Save and continue</Button>
      </form>
    </Frame>
  );
}

const s47Form = z
  .object({
    at: isoDate,
    harm: z.enum(['substantiated', 'not-substantiated'], { error: 'Select what the enquiry found' }),
    childSeenAlone: z.enum(['yes', 'no'], { error: 'Say whether the child was seen alone' }),
    summary: requiredText('Summarise what the enquiry found'),
  })
  .transform((v): S47Outcome => ({ ...v, childSeenAlone: v.childSeenAlone === 'yes' }))
  .pipe(s47OutcomeSchema);

/** The outcome of the section 47 enquiry. */
export function S47Step({ backHref, onDone, childLabel, today, refusal }: StepProps<S47Outcome>) {
  const { form, problems, submit } = useStepForm({
    schema: s47Form,
    defaults: { at: today, harm: '' as 'substantiated', childSeenAlone: '' as 'yes', summary: '' },
    onValid: onDone,
  });
  const { register, formState } = form;
  return (
    <Frame
      title="Outcome of the section 47 enquiry"
      problems={problems}
      backHref={backHref}
      childLabel={childLabel}
      refusal={refusal}
    >
      <form noValidate onSubmit={submit}>
        <TextInput label="Date of the outcome" registration={register('at')} error={formState.errors.at?.message} width="10" />
        <Radios
          legend="What did the enquiry find?"
          name="harm"
          registration={register('harm')}
          error={formState.errors.harm?.message}
          choices={[
            {
              value: 'substantiated',
              label: 'Concerns are substantiated',
              hint: 'An initial child protection conference follows, within 15 working days of the strategy discussion.',
            },
            { value: 'not-substantiated', label: 'Concerns are not substantiated' },
          ]}
        />
        <Radios
          legend="Was the child seen alone?"
          name="childSeenAlone"
          inline
          registration={register('childSeenAlone')}
          error={formState.errors.childSeenAlone?.message}
          choices={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
        <Textarea
          label="What the enquiry found"
          registration={register('summary')}
          error={formState.errors.summary?.message}
          rows={5}
        />
        <Button>Save and continue</Button>
      </form>
    </Frame>
  );
}

const conferenceForm = z
  .object({
    at: isoDate,
    kind: z.enum(['initial', 'review'], { error: 'Say which conference this is' }),
    participants: z.array(z.string()).min(2, { error: 'A conference is multi-agency: tick at least two who took part' }),
    decision: z.enum(['nfa', 'cin-plan', 'cp-plan'], { error: 'Select the conference’s decision' }),
    category: z.string(),
    safetyScaling: z
      .string()
      .trim()
      .refine((s) => s === '' || /^(10|[0-9])$/.test(s), {
        error: 'Enter safety scaling as a whole number from 0 to 10, or leave it empty',
      }),
    summary: requiredText('Summarise the conference’s reasons'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'cp-plan' && !v.category)
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'Select the category of the child protection plan' });
  })
  .transform(
    (v): Conference => ({
      ...v,
      participants: participants(v.participants),
      category: v.decision === 'cp-plan' ? (v.category as NonNullable<Conference['category']>) : null,
      safetyScaling: v.safetyScaling === '' ? null : Number(v.safetyScaling),
    }),
  )
  .pipe(conferenceSchema);

/** The conference: its decision, the category of a protection plan and the safety scaling. */
export function ConferenceStep({
  backHref,
  onDone,
  childLabel,
  today,
  refusal,
  framework,
  assessment,
}: StepProps<Conference> & { framework: Framework; assessment: Assessment }) {
  const { form, problems, submit } = useStepForm({
    schema: conferenceForm,
    defaults: {
      at: today,
      kind: 'initial',
      participants: [],
      decision: '' as 'nfa',
      category: '',
      safetyScaling: '',
      summary: '',
    },
    onValid: onDone,
  });
  const { register, formState, watch } = form;
  const decision = watch('decision');
  const scaling = watch('safetyScaling');
  const line = framework.parameters.safetyScalingImmediateMax?.values.at(-1)?.value ?? 2;
  const r = assessment.recommendation;
  return (
    <Frame title="Child protection conference" problems={problems} backHref={backHref} childLabel={childLabel} refusal={refusal}>
      <div className="govuk-panel govuk-panel--informational">
        <h2 className="govuk-heading-m govuk-!-margin-bottom-2">Sightline recommends: {r.levelName}</h2>
        <p className="govuk-body govuk-!-margin-bottom-0">{r.summary}</p>
      </div>
      <form noValidate onSubmit={submit}>
        <TextInput label="Date of the conference" registration={register('at')} error={formState.errors.at?.message} width="10" />
        <Radios
          legend="Which conference?"
          name="kind"
          inline
          registration={register('kind')}
          error={formState.errors.kind?.message}
          choices={[
            { value: 'initial', label: 'Initial conference' },
            { value: 'review', label: 'Review conference' },
          ]}
        />
        <Checkboxes
          legend="Who took part"
          name="participants"
          registration={register('participants')}
          error={formState.errors.participants?.message}
          selected={watch('participants')}
          choices={agencyChoices}
        />
        <TextInput
          label="Safety scaling"
          hint="The professionals’ rating from 0 (no safety) to 10 (safe). If they differed, enter the lowest."
          registration={register('safetyScaling')}
          error={formState.errors.safetyScaling?.message}
          width="2"
          inputMode="numeric"
          suffix="out of 10"
        />
        {scaling !== '' && Number(scaling) <= line ? (
          <WarningText>
            At {line} or lower an immediate safety plan is needed, and removal must be considered. That is the next step.
          </WarningText>
        ) : null}
        <Radios
          legend="What did the conference decide?"
          name="decision"
          registration={register('decision')}
          error={formState.errors.decision?.message}
          selected={[decision]}
          choices={framework.cinCpOutcomes.map((l) => ({
            value: l.id,
            label: l.name,
            hint: l.response,
            ...(l.id === 'cp-plan'
              ? {
                  conditional: (
                    <Radios
                      legend="Category"
                      name="category"
                      small
                      legendSize="s"
                      registration={register('category')}
                      error={formState.errors.category?.message}
                      choices={[
                        { value: 'neglect', label: 'Neglect' },
                        { value: 'physical', label: 'Physical abuse' },
                        { value: 'emotional', label: 'Emotional abuse' },
                        { value: 'sexual', label: 'Sexual abuse' },
                        { value: 'multiple', label: 'Multiple' },
                      ]}
                    />
                  ),
                }
              : {}),
          }))}
        />
        <Textarea
          label="The conference’s reasons"
          registration={register('summary')}
          error={formState.errors.summary?.message}
          rows={4}
        />
        <Button>Save and continue</Button>
      </form>
    </Frame>
  );
}

const planForm = z
  .object({
    startsOn: isoDate,
    leadProfessional: requiredText('Name the lead professional, by role', 200),
    summary: requiredText('Summarise the plan'),
  })
  .pipe(planSchema);

/** The plan: when it starts, who leads it and what it says. */
export function PlanStep({ backHref, onDone, childLabel, today, refusal }: StepProps<PlanInput>) {
  const { form, problems, submit } = useStepForm({
    schema: planForm,
    defaults: { startsOn: today, leadProfessional: '', summary: '' },
    onValid: onDone,
  });
  const { register, formState } = form;
  return (
    <Frame title="The plan" problems={problems} backHref={backHref} childLabel={childLabel} refusal={refusal}>
      <form noValidate onSubmit={submit}>
        <TextInput
          label="The plan starts on"
          registration={register('startsOn')}
          error={formState.errors.startsOn?.message}
          width="10"
        />
        <TextInput
          label="Lead professional"
          hint="By role, for example allocated social worker."
          registration={register('leadProfessional')}
          error={formState.errors.leadProfessional?.message}
        />
        <Textarea
          label="What the plan says"
          hint="What must change for the child, who does what, by when."
          registration={register('summary')}
          error={formState.errors.summary?.message}
          rows={5}
        />
        <Button>Save and continue</Button>
      </form>
    </Frame>
  );
}
