/** Step: measures and patterns, each with its unit and period. */
import { type CaseFacts, type Measure, type MeasureKey, measuresSchema } from '@sightline/core';
import { useCallback } from 'react';
import { z } from 'zod';
import { Fieldset, TextInput } from '../../components/fields.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { numberText, optionalNumber } from '../../forms/values.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

/** One measure on the page: what it is called, its unit and the period it usually covers. */
interface MeasureQuestion {
  key: MeasureKey;
  label: string;
  hint: string;
  unit: string;
  suffix: string;
  defaultPeriod: string;
  max?: number;
  whole?: boolean;
}

/** The measures a front door can read from school, health and pharmacy records. */
export const measureQuestions: Record<'school' | 'health' | 'safety', MeasureQuestion[]> = {
  school: [
    {
      key: 'schoolAttendancePct',
      label: 'Attendance',
      hint: 'Share of sessions attended.',
      unit: '%',
      suffix: '%',
      defaultPeriod: 'this school year',
      max: 100,
    },
    {
      key: 'authorisedAbsencePct',
      label: 'Authorised absence',
      hint: 'Share of sessions missed with the school’s agreement.',
      unit: '%',
      suffix: '%',
      defaultPeriod: 'this school year',
      max: 100,
    },
    {
      key: 'unauthorisedAbsencePct',
      label: 'Unauthorised absence',
      hint: 'Share of sessions missed without agreement.',
      unit: '%',
      suffix: '%',
      defaultPeriod: 'this school year',
      max: 100,
    },
    {
      key: 'latenessPct',
      label: 'Late',
      hint: 'Share of sessions the child arrived late.',
      unit: '%',
      suffix: '%',
      defaultPeriod: 'this school year',
      max: 100,
    },
  ],
  health: [
    {
      key: 'healthAppointmentsAttendedPct',
      label: 'Health appointments the child was brought to',
      hint: 'Share of appointments kept. A child is not brought: say “was not brought”, not “did not attend”.',
      unit: '%',
      suffix: '%',
      defaultPeriod: 'last 12 months',
      max: 100,
    },
    {
      key: 'relieverInhalers6m',
      label: 'Reliever inhalers dispensed',
      hint: 'Usually blue. Count every one dispensed.',
      unit: 'inhalers',
      suffix: 'inhalers',
      defaultPeriod: 'last 6 months',
      whole: true,
    },
    {
      key: 'preventerInhalers6m',
      label: 'Preventer inhalers dispensed',
      hint: 'Usually brown or purple.',
      unit: 'inhalers',
      suffix: 'inhalers',
      defaultPeriod: 'last 6 months',
      whole: true,
    },
    {
      key: 'aeAttendances12m',
      label: 'Emergency department (A&E) attendances',
      hint: 'Visits, whether or not the child was admitted.',
      unit: 'attendances',
      suffix: 'visits',
      defaultPeriod: 'last 12 months',
      whole: true,
    },
    {
      key: 'hospitalAdmissions12m',
      label: 'Hospital admissions',
      hint: 'Each stay counts once.',
      unit: 'admissions',
      suffix: 'admissions',
      defaultPeriod: 'last 12 months',
      whole: true,
    },
  ],
  safety: [
    {
      key: 'daysSinceSeenAloneByAllocatedWorker',
      label: 'Days since the child was last seen alone by their social worker',
      hint: 'Only if the child has an allocated social worker.',
      unit: 'days',
      suffix: 'days',
      defaultPeriod: 'to today',
      whole: true,
    },
    {
      key: 'safetyScaling',
      label: 'Safety scaling',
      hint: 'Professionals’ rating from 0 (no safety) to 10 (safe). At 2 or lower an immediate safety plan is needed.',
      unit: 'points (0-10)',
      suffix: 'out of 10',
      defaultPeriod: 'today',
      max: 10,
    },
  ],
};

const allQuestions = [...measureQuestions.school, ...measureQuestions.health, ...measureQuestions.safety];

const measureForm = (q: MeasureQuestion) =>
  z.object({
    value: optionalNumber({ name: q.label, min: 0, ...(q.max !== undefined ? { max: q.max } : {}), whole: q.whole ?? false }),
    period: z.string().trim(),
    note: z.string().trim(),
  });

const measuresForm = z.object(
  Object.fromEntries(allQuestions.map((q) => [q.key, measureForm(q)])) as Record<MeasureKey, ReturnType<typeof measureForm>>,
);

type MeasuresForm = z.input<typeof measuresForm>;
type MeasuresOut = z.output<typeof measuresForm>;

/** Builds a measure from the answers, or null when nothing was entered. */
function toMeasure(q: MeasureQuestion, v: MeasuresOut[MeasureKey], previous: Measure | null): Measure | null {
  if (v.value === null && v.note === '') return null;
  const m: Measure = { value: v.value, unit: q.unit, period: v.period || q.defaultPeriod };
  if (v.note !== '') m.note = v.note;
  if (previous?.range && v.value === null) m.range = previous.range;
  return m;
}

function toForm(facts: CaseFacts): MeasuresForm {
  return Object.fromEntries(
    allQuestions.map((q) => {
      const m = facts.measures[q.key];
      return [q.key, { value: numberText(m?.value), period: m?.period ?? q.defaultPeriod, note: m?.note ?? '' }];
    }),
  ) as MeasuresForm;
}

function apply(facts: CaseFacts, v: MeasuresOut): CaseFacts {
  const measures = { ...facts.measures };
  for (const q of allQuestions) measures[q.key] = toMeasure(q, v[q.key], facts.measures[q.key]);
  return { ...facts, measures: measuresSchema.parse(measures) };
}

function MeasuresFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: MeasuresOut | null, raw: MeasuresForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: measuresForm,
    defaults: (saved as MeasuresForm | undefined) ?? toForm(facts),
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const group = (title: string, questions: MeasureQuestion[]) => (
    <Fieldset legend={title}>
      {questions.map((q) => (
        <div key={q.key} className="sl-measure">
          <TextInput
            label={q.label}
            hint={q.hint}
            registration={register(`${q.key}.value`)}
            error={errors[q.key]?.value?.message}
            inputMode="decimal"
            width="4"
            suffix={q.suffix}
            data-measure={q.key}
          />
          <TextInput
            label={
              <>
                Period<span className="govuk-visually-hidden"> for {q.label.toLowerCase()}</span>
              </>
            }
            registration={register(`${q.key}.period`)}
            width="10"
          />
        </div>
      ))}
    </Fieldset>
  );
  return (
    <StepPage
      title="Measures and patterns"
      problems={problems}
      backHref={backHref}
      onSubmit={submit}
      status={status}
      aside={aside}
      intro={<p className="govuk-body">Patterns matter more than single incidents. Leave a measure empty if it is not known.</p>}
    >
      {group('School', measureQuestions.school)}
      {group('Health', measureQuestions.health)}
      {group('Safety', measureQuestions.safety)}
    </StepPage>
  );
}

function describe(m: Measure | null): string {
  if (!m) return 'Not known';
  const value = m.value === null ? (m.range ? `${m.range[0]} to ${m.range[1]}` : 'no figure') : String(m.value);
  const unit = m.unit === '%' ? '%' : m.unit ? ` ${m.unit}` : '';
  return `${value}${unit}${m.period ? ` (${m.period})` : ''}${m.note ? `. ${m.note}` : ''}`;
}

/** The "measures and patterns" step. */
export const measuresStep: ContactStep = {
  id: 'measures',
  events: (facts) => [{ type: 'RECORD_MEASURES', measures: facts.measures }],
  advances: true,
  title: 'Measures and patterns',
  Form: MeasuresFormView,
  isStarted: (facts) => allQuestions.some((q) => facts.measures[q.key] !== null),
  summary: (facts, href) =>
    allQuestions
      .filter((q) => facts.measures[q.key] !== null)
      .map((q) => ({ key: q.label, value: describe(facts.measures[q.key]), change: { href, label: q.label.toLowerCase() } }))
      .concat(
        allQuestions.every((q) => facts.measures[q.key] === null)
          ? [{ key: 'Measures', value: 'None recorded', change: { href, label: 'measures' } }]
          : [],
      ),
};
