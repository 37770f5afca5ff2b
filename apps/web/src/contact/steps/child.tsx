/** Step: who the child is. */
import { type CaseFacts, type Child, childSchema } from '@sightline/core';
import { useCallback } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { Button, Details } from '../../components/display.js';
import { Fieldset, Radios, TextInput, Textarea } from '../../components/fields.js';
import { errorAt } from '../../forms/problems.js';
import { useStepForm } from '../../forms/useStepForm.js';
import {
  fromBoolean,
  linesList,
  numberText,
  optionalLooseDate,
  optionalNumber,
  optionalText,
  requiredText,
  toBoolean,
  toLines,
  yesNoUnknown,
} from '../../forms/values.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

const conditionForm = z.object({
  condition: requiredText('Enter the name of the health condition'),
  since: optionalLooseDate,
  managementFacts: linesList,
  planExists: yesNoUnknown,
  planLastReviewed: optionalLooseDate,
  planSharedWith: linesList,
});

/** A readable age band from months: "4 months", "2 years". */
export function ageBandFor(months: number): string {
  if (months < 24) return `${months} month${months === 1 ? '' : 's'}`;
  const years = Math.floor(months / 12);
  return `${years} years`;
}

const childForm = z
  .object({
    label: requiredText('Enter a name or label for the child', 200),
    sex: z.enum(['female', 'male', 'not known'], { error: 'Select the child’s sex, or not known' }),
    unborn: z.enum(['yes', 'no'], { error: 'Select yes if the child is not born yet' }),
    ageYears: optionalNumber({ name: 'Age in years', min: 0, max: 18, whole: true }),
    ageMonthsPart: optionalNumber({ name: 'Months', min: 0, max: 11, whole: true }),
    gestationWeeks: optionalNumber({ name: 'Weeks of pregnancy', min: 0, max: 45 }),
    ethnicityOrHeritage: optionalText,
    sendOrDisability: linesList,
    educationSetting: optionalText,
    livingWith: optionalText,
    conditions: z.array(conditionForm),
  })
  .superRefine((v, ctx) => {
    if (v.unborn === 'no' && v.ageYears === null) {
      ctx.addIssue({ code: 'custom', path: ['ageYears'], message: 'Enter the child’s age in years (0 for a baby)' });
    }
  })
  .transform((v): Child => {
    const months = v.unborn === 'yes' || v.ageYears === null ? null : v.ageYears * 12 + (v.ageMonthsPart ?? 0);
    return {
      label: v.label,
      sex: v.sex,
      ageMonths: months,
      ageBand: v.unborn === 'yes' ? 'unborn' : months === null ? '' : ageBandFor(months),
      ageNote: null,
      unborn: v.unborn === 'yes',
      gestationWeeks: v.unborn === 'yes' ? v.gestationWeeks : null,
      ethnicityOrHeritage: v.ethnicityOrHeritage,
      sendOrDisability: v.sendOrDisability,
      chronicConditions: v.conditions.map((c) => ({
        condition: c.condition,
        since: c.since,
        managementFacts: c.managementFacts,
        actionPlan: {
          exists: toBoolean(c.planExists),
          lastReviewed: c.planLastReviewed,
          sharedWith: c.planSharedWith,
          note: null,
        },
      })),
      educationSetting: v.educationSetting,
      livingWith: v.livingWith,
    };
  })
  .pipe(childSchema);

type ChildForm = z.input<typeof childForm>;

function toForm(child: Child): ChildForm {
  const known = child.label !== '';
  return {
    label: child.label,
    sex: (known ? child.sex : '') as ChildForm['sex'],
    unborn: (known ? (child.unborn ? 'yes' : 'no') : '') as ChildForm['unborn'],
    ageYears: child.ageMonths === null ? '' : String(Math.floor(child.ageMonths / 12)),
    ageMonthsPart: child.ageMonths === null || child.ageMonths % 12 === 0 ? '' : String(child.ageMonths % 12),
    gestationWeeks: numberText(child.gestationWeeks),
    ethnicityOrHeritage: child.ethnicityOrHeritage ?? '',
    sendOrDisability: toLines(child.sendOrDisability),
    educationSetting: child.educationSetting ?? '',
    livingWith: child.livingWith ?? '',
    conditions: child.chronicConditions.map((c) => ({
      condition: c.condition,
      since: c.since ?? '',
      managementFacts: toLines(c.managementFacts),
      planExists: fromBoolean(c.actionPlan.exists),
      planLastReviewed: c.actionPlan.lastReviewed ?? '',
      planSharedWith: toLines(c.actionPlan.sharedWith),
    })),
  };
}

const apply = (facts: CaseFacts, child: Child): CaseFacts => ({ ...facts, child });

function ChildFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: Child | null, raw: ChildForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: childForm,
    defaults: (saved as ChildForm | undefined) ?? toForm(facts.child),
    onLive: live,
    onValid: (child, raw) => onContinue(apply(facts, child), raw),
  });
  const { register, watch, formState } = form;
  const errors = formState.errors;
  const conditions = useFieldArray({ control: form.control, name: 'conditions' });
  const unborn = watch('unborn');
  return (
    <StepPage title="Who the child is" problems={problems} backHref={backHref} onSubmit={submit} status={status} aside={aside}>
      <TextInput
        label="Name or label for the child"
        hint="In training and demos use a label such as Child H."
        registration={register('label')}
        error={errors.label?.message}
        width="20"
        autoComplete="off"
        spellCheck={false}
      />
      <Radios
        legend="Sex"
        name="sex"
        inline
        registration={register('sex')}
        error={errors.sex?.message}
        choices={[
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
          { value: 'not known', label: 'Not known' },
        ]}
      />
      <Radios
        legend="Is the child not born yet?"
        name="unborn"
        registration={register('unborn')}
        error={errors.unborn?.message}
        selected={[unborn ?? '']}
        choices={[
          {
            value: 'yes',
            label: 'Yes, this is an unborn baby',
            conditional: (
              <TextInput
                label="Weeks of pregnancy, if known"
                registration={register('gestationWeeks')}
                error={errors.gestationWeeks?.message}
                inputMode="decimal"
                width="3"
                suffix="weeks"
              />
            ),
          },
          {
            value: 'no',
            label: 'No',
            conditional: (
              <Fieldset legend="How old is the child?" size="s">
                <TextInput
                  label="Years"
                  registration={register('ageYears')}
                  error={errors.ageYears?.message}
                  inputMode="numeric"
                  width="2"
                />
                <TextInput
                  label="And months, if under 2 or if known"
                  registration={register('ageMonthsPart')}
                  error={errors.ageMonthsPart?.message}
                  inputMode="numeric"
                  width="2"
                />
              </Fieldset>
            ),
          },
        ]}
      />
      <TextInput
        label="Ethnicity or heritage (optional)"
        registration={register('ethnicityOrHeritage')}
        error={errors.ethnicityOrHeritage?.message}
      />
      <Textarea
        label="Special educational needs or disability (optional)"
        hint="One on each line."
        rows={2}
        registration={register('sendOrDisability')}
        error={errors.sendOrDisability?.message}
      />
      <TextInput
        label="School, nursery or other setting (optional)"
        registration={register('educationSetting')}
        error={errors.educationSetting?.message}
      />
      <TextInput
        label="Who the child lives with (optional)"
        registration={register('livingWith')}
        error={errors.livingWith?.message}
      />

      <h2 className="govuk-heading-m">Long-term health conditions</h2>
      <p className="govuk-body">For example asthma, diabetes or epilepsy. Leave this empty if there are none.</p>
      {conditions.fields.map((field, index) => (
        <div key={field.id} className="sl-repeat">
          <Fieldset legend={`Health condition ${index + 1}`}>
            <TextInput
              label="Condition"
              registration={register(`conditions.${index}.condition`)}
              error={errorAt(errors, `conditions.${index}.condition`)}
              width="20"
            />
            <TextInput
              label="Since (optional)"
              hint="For example 2015 or 2015-06."
              registration={register(`conditions.${index}.since`)}
              width="10"
            />
            <Textarea
              label="How it is managed (optional)"
              hint="One fact on each line: medicines, reviews, what the carer does."
              rows={3}
              registration={register(`conditions.${index}.managementFacts`)}
            />
            <Radios
              legend="Is there a written care plan (for asthma, an action plan)?"
              name={`conditions.${index}.planExists`}
              small
              inline
              legendSize="s"
              registration={register(`conditions.${index}.planExists`)}
              error={errorAt(errors, `conditions.${index}.planExists`)}
              choices={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
                { value: 'unknown', label: 'Not known' },
              ]}
            />
            <TextInput
              label="Plan last reviewed (optional)"
              hint="For example 2017-04-12."
              registration={register(`conditions.${index}.planLastReviewed`)}
              width="10"
            />
            <Textarea
              label="Who has a copy of the plan (optional)"
              hint="One on each line, for example parent, school."
              rows={2}
              registration={register(`conditions.${index}.planSharedWith`)}
            />
            <Button type="button" variant="secondary" onClick={() => conditions.remove(index)}>
              Remove health condition {index + 1}
            </Button>
          </Fieldset>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() =>
          conditions.append({
            condition: '',
            since: '',
            managementFacts: '',
            planExists: 'unknown',
            planLastReviewed: '',
            planSharedWith: '',
          })
        }
      >
        {conditions.fields.length === 0 ? 'Add a health condition' : 'Add another health condition'}
      </Button>
      <Details summary="Why Sightline asks about health conditions">
        Poorly managed long-term conditions can be neglect. The Hakeem review found a child’s asthma plan had not been reviewed or
        shared with his school.
      </Details>
    </StepPage>
  );
}

/** The "who the child is" step. */
export const childStep: ContactStep = {
  id: 'child',
  events: (facts) => [{ type: 'RECORD_WHO', child: facts.child, household: facts.household }],
  advances: true,
  title: 'Who the child is',
  Form: ChildFormView,
  isStarted: (facts) => facts.child.label !== '',
  summary: (facts, href) => {
    const c = facts.child;
    return [
      { key: 'Name or label', value: c.label || 'Not given', change: { href, label: 'name or label' } },
      { key: 'Sex', value: c.sex || 'Not given', change: { href, label: 'sex' } },
      {
        key: 'Age',
        value: c.unborn ? `Unborn${c.gestationWeeks !== null ? `, ${c.gestationWeeks} weeks` : ''}` : c.ageBand || 'Not given',
        change: { href, label: 'age' },
      },
      { key: 'Setting', value: c.educationSetting ?? 'Not given', change: { href, label: 'setting' } },
      { key: 'Lives with', value: c.livingWith ?? 'Not given', change: { href, label: 'who the child lives with' } },
      {
        key: 'Health conditions',
        value: c.chronicConditions.length === 0 ? 'None recorded' : c.chronicConditions.map((x) => x.condition).join(', '),
        change: { href, label: 'health conditions' },
      },
    ];
  },
};
