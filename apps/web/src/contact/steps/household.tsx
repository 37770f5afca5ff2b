/** Step: parents and household, with each person's own circumstances (factors). */
import {
  type CaseFacts,
  type FactorStatus,
  type HouseholdFactors,
  type HouseholdMember,
  householdMemberSchema,
} from '@sightline/core';
import { useCallback } from 'react';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button, Details } from '../../components/display.js';
import { Fieldset, Radios, TextInput, Textarea } from '../../components/fields.js';
import { errorAt } from '../../forms/problems.js';
import { useStepForm } from '../../forms/useStepForm.js';
import {
  fromBoolean,
  linesList,
  numberText,
  optionalNumber,
  optionalText,
  requiredText,
  toBoolean,
  toLines,
  yesNoUnknown,
} from '../../forms/values.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

type FactorKey = Exclude<keyof HouseholdFactors, 'previousChildrenRemoved'>;

/** Plain words for each status a factor can have. */
export const statusLabels: Record<FactorStatus, string> = {
  current: 'Yes, now',
  historic: 'In the past',
  alleged: 'Alleged, not confirmed',
  'none-known': 'None known',
  unknown: 'Not known',
  'not-applicable': 'Does not apply',
  engaged: 'Engaged',
  partial: 'Partly engaged',
  'not-engaged': 'Not engaged',
  completed: 'Completed',
};

/** Each factor's question and the answers that make sense for it. */
export const factorQuestions: { key: FactorKey; label: string; statuses: FactorStatus[] }[] = [
  {
    key: 'substanceMisuse',
    label: 'Drug or alcohol misuse',
    statuses: ['current', 'historic', 'alleged', 'none-known', 'unknown'],
  },
  {
    key: 'treatmentEngagement',
    label: 'Drug or alcohol treatment',
    statuses: ['engaged', 'partial', 'not-engaged', 'completed', 'not-applicable', 'unknown'],
  },
  { key: 'mentalHealth', label: 'Mental ill health', statuses: ['current', 'historic', 'alleged', 'none-known', 'unknown'] },
  { key: 'learningDisability', label: 'Learning disability', statuses: ['current', 'none-known', 'unknown'] },
  { key: 'domesticAbuse', label: 'Domestic abuse', statuses: ['current', 'historic', 'alleged', 'none-known', 'unknown'] },
  {
    key: 'criminality',
    label: 'Offending that bears on the child’s safety',
    statuses: ['current', 'historic', 'alleged', 'none-known', 'unknown'],
  },
  { key: 'imprisonment', label: 'Prison or remand', statuses: ['current', 'historic', 'none-known', 'unknown'] },
];

const statusEnum = z.enum([
  'current',
  'historic',
  'alleged',
  'none-known',
  'unknown',
  'not-applicable',
  'engaged',
  'partial',
  'not-engaged',
  'completed',
]);
const factorForm = z.object({ status: statusEnum, detail: optionalText });

const memberForm = z
  .object({
    id: z.string(),
    role: requiredText('Enter who this person is, for example mother', 200),
    relationshipToChild: z.string().trim(),
    livesWithChild: yesNoUnknown,
    ageYears: optionalNumber({ name: 'Age', min: 0, max: 120, whole: true }),
    factors: z.object(
      Object.fromEntries(factorQuestions.map((q) => [q.key, factorForm])) as Record<FactorKey, typeof factorForm>,
    ),
    childrenRemoved: optionalNumber({ name: 'Children removed', min: 0, max: 30, whole: true }),
    childrenRemovedDetail: optionalText,
    notes: linesList,
  })
  .transform(
    (m): HouseholdMember => ({
      id: m.id,
      role: m.role,
      relationshipToChild: m.relationshipToChild || m.role,
      livesWithChild: toBoolean(m.livesWithChild),
      ageYears: m.ageYears,
      factors: { ...m.factors, previousChildrenRemoved: { count: m.childrenRemoved, detail: m.childrenRemovedDetail } },
      notes: m.notes,
    }),
  )
  .pipe(householdMemberSchema);

const householdForm = z.object({ members: z.array(memberForm) }).superRefine((v, ctx) => {
  const seen = new Set<string>();
  v.members.forEach((m, i) => {
    if (seen.has(m.id))
      ctx.addIssue({ code: 'custom', path: ['members', i, 'role'], message: 'Two people have the same reference' });
    seen.add(m.id);
  });
});
type HouseholdForm = z.input<typeof householdForm>;
type HouseholdOut = z.output<typeof householdForm>;
type MemberForm = HouseholdForm['members'][number];

function memberToForm(m: HouseholdMember): MemberForm {
  return {
    id: m.id,
    role: m.role,
    relationshipToChild: m.relationshipToChild,
    livesWithChild: fromBoolean(m.livesWithChild),
    ageYears: numberText(m.ageYears),
    factors: Object.fromEntries(
      factorQuestions.map((q) => [q.key, { status: m.factors[q.key].status, detail: m.factors[q.key].detail ?? '' }]),
    ) as MemberForm['factors'],
    childrenRemoved: numberText(m.factors.previousChildrenRemoved.count),
    childrenRemovedDetail: m.factors.previousChildrenRemoved.detail ?? '',
    notes: toLines(m.notes),
  };
}

function blankMember(existing: readonly { id: string }[]): MemberForm {
  let n = existing.length + 1;
  while (existing.some((m) => m.id === `person-${n}`)) n++;
  return {
    id: `person-${n}`,
    role: '',
    relationshipToChild: '',
    livesWithChild: 'unknown',
    ageYears: '',
    factors: Object.fromEntries(factorQuestions.map((q) => [q.key, { status: 'unknown', detail: '' }])) as MemberForm['factors'],
    childrenRemoved: '',
    childrenRemovedDetail: '',
    notes: '',
  };
}

const apply = (facts: CaseFacts, v: HouseholdOut): CaseFacts => ({ ...facts, household: v.members });

function FactorQuestion({
  member,
  question,
  control,
  register,
}: {
  member: number;
  question: (typeof factorQuestions)[number];
  control: Control<HouseholdForm, unknown, HouseholdOut>;
  register: UseFormRegister<HouseholdForm>;
}) {
  const status = useWatch({ control, name: `members.${member}.factors.${question.key}.status` });
  const showDetail = status !== 'unknown' && status !== 'none-known' && status !== 'not-applicable';
  return (
    <Radios
      legend={question.label}
      name={`members.${member}.factors.${question.key}.status`}
      small
      inline
      legendSize="s"
      registration={register(`members.${member}.factors.${question.key}.status`)}
      selected={[status ?? '']}
      choices={question.statuses.map((s) => ({
        value: s,
        label: statusLabels[s],
        ...(showDetail && s === status
          ? {
              conditional: (
                <TextInput
                  label="What is known (optional)"
                  registration={register(`members.${member}.factors.${question.key}.detail`)}
                />
              ),
            }
          : {}),
      }))}
    />
  );
}

function MemberFields({
  index,
  control,
  register,
  errors,
  onRemove,
}: {
  index: number;
  control: Control<HouseholdForm, unknown, HouseholdOut>;
  register: UseFormRegister<HouseholdForm>;
  errors: FieldErrors<HouseholdForm>;
  onRemove: () => void;
}) {
  const role = useWatch({ control, name: `members.${index}.role` });
  const name = role ? `${role}` : `Person ${index + 1}`;
  return (
    <div className="sl-repeat">
      <Fieldset legend={name}>
        <TextInput
          label="Who they are"
          hint="For example mother, father, mother’s partner, grandmother, older brother."
          width="20"
          registration={register(`members.${index}.role`)}
          error={errorAt(errors, `members.${index}.role`)}
        />
        <TextInput
          label="Relationship to the child (optional)"
          hint="For example birth father, step-father."
          width="20"
          registration={register(`members.${index}.relationshipToChild`)}
        />
        <Radios
          legend="Do they live with the child?"
          name={`members.${index}.livesWithChild`}
          small
          inline
          legendSize="s"
          registration={register(`members.${index}.livesWithChild`)}
          error={errorAt(errors, `members.${index}.livesWithChild`)}
          choices={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
            { value: 'unknown', label: 'Not known' },
          ]}
        />
        <TextInput
          label="Age in years (optional)"
          inputMode="numeric"
          width="3"
          registration={register(`members.${index}.ageYears`)}
          error={errorAt(errors, `members.${index}.ageYears`)}
        />
        <h3 className="govuk-heading-s">Their own circumstances</h3>
        <p className="govuk-body-s">
          “Not known” and “none known” are different: choose “none known” only when you have checked.
        </p>
        {factorQuestions.map((q) => (
          <FactorQuestion key={q.key} member={index} question={q} control={control} register={register} />
        ))}
        <TextInput
          label="Children removed from their care before (optional)"
          hint="A number. 0 if you know there were none."
          inputMode="numeric"
          width="2"
          registration={register(`members.${index}.childrenRemoved`)}
          error={errorAt(errors, `members.${index}.childrenRemoved`)}
        />
        <TextInput label="About those children (optional)" registration={register(`members.${index}.childrenRemovedDetail`)} />
        <Textarea
          label="Anything else about them (optional)"
          hint="One note on each line."
          rows={2}
          registration={register(`members.${index}.notes`)}
        />
        <Button type="button" variant="secondary" onClick={onRemove}>
          Remove {name}
        </Button>
      </Fieldset>
    </div>
  );
}

function HouseholdFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: HouseholdOut | null, raw: HouseholdForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: householdForm,
    defaults: (saved as HouseholdForm | undefined) ?? { members: facts.household.map(memberToForm) },
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, control, formState, getValues } = form;
  const members = useFieldArray({ control, name: 'members', keyName: 'key' });
  return (
    <StepPage
      title="Parents and household"
      problems={problems}
      backHref={backHref}
      onSubmit={submit}
      status={status}
      aside={aside}
      intro={
        <>
          <p className="govuk-body">
            Add everyone who matters to the child: both parents (also a father who lives elsewhere or is in prison), partners, and
            other adults and children at home.
          </p>
          <Details summary="Why both parents">
            Both case reviews found a birth father who was never asked or told. Sightline flags it.
          </Details>
        </>
      }
    >
      {members.fields.map((field, index) => (
        <MemberFields
          key={field.key}
          index={index}
          control={control}
          register={register}
          errors={formState.errors}
          onRemove={() => members.remove(index)}
        />
      ))}
      <Button type="button" variant="secondary" onClick={() => members.append(blankMember(getValues('members')))}>
        {members.fields.length === 0 ? 'Add a person' : 'Add another person'}
      </Button>
    </StepPage>
  );
}

function factorSummary(m: HouseholdMember): string {
  const known = factorQuestions.filter((q) => !['unknown', 'none-known', 'not-applicable'].includes(m.factors[q.key].status));
  const parts = known.map((q) => `${q.label}: ${statusLabels[m.factors[q.key].status].toLowerCase()}`);
  const removed = m.factors.previousChildrenRemoved.count;
  if (removed) parts.push(`${removed} child${removed === 1 ? '' : 'ren'} removed before`);
  return parts.length > 0 ? parts.join('; ') : 'Nothing known of their circumstances';
}

/** The "parents and household" step. */
export const householdStep: ContactStep = {
  id: 'household',
  events: (facts) => [
    {
      type: 'RECORD_PARENTS',
      household: facts.household,
      parentalEngagement: facts.parentalEngagement,
      professionalContext: facts.professionalContext,
    },
  ],
  advances: false,
  title: 'Parents and household',
  Form: HouseholdFormView,
  isStarted: (facts) => facts.household.length > 0,
  summary: (facts, href) =>
    facts.household.length === 0
      ? [{ key: 'Household', value: 'Nobody recorded', change: { href, label: 'household' } }]
      : facts.household.map((m) => ({
          key: `${m.role}${m.livesWithChild === false ? ' (lives elsewhere)' : ''}`,
          value: factorSummary(m),
          change: { href, label: m.role },
        })),
};
