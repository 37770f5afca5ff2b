/** Step: history checks (each done, or not possible and why) and what they found. */
import { type CaseFacts, type History, type HistoryCheck, historyCheckSchema, historySchema } from '@sightline/core';
import { useCallback } from 'react';
import { type Control, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button, WarningText } from '../../components/display.js';
import { Fieldset, Radios, TextInput, Textarea } from '../../components/fields.js';
import { errorAt } from '../../forms/problems.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { numberText, optionalLooseDate, optionalNumber, optionalText } from '../../forms/values.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

type Source = HistoryCheck['source'];

/** Where history can be checked, in plain words. */
export const checkSources: { source: Source; label: string; hint: string }[] = [
  {
    source: 'own-records',
    label: 'Our own records',
    hint: 'Past contacts, referrals, assessments and plans for the child, siblings and adults.',
  },
  { source: 'previous-authority', label: 'A previous local authority', hint: 'If the family has lived elsewhere.' },
  { source: 'police', label: 'Police', hint: 'Call-outs, domestic abuse, offending.' },
  { source: 'health', label: 'Health', hint: 'GP, health visitor, school nurse, hospital.' },
  { source: 'education', label: 'School or nursery', hint: 'Attendance, concerns logged.' },
  {
    source: 'adult-services',
    label: 'Services working with a parent',
    hint: 'Drug and alcohol, mental health, learning disability.',
  },
];

const checkForm = z
  .object({ status: z.enum(['done', 'not-possible', 'not-yet']), detail: z.string().trim() })
  .superRefine((c, ctx) => {
    if (c.status === 'done' && c.detail === '')
      ctx.addIssue({ code: 'custom', path: ['detail'], message: 'Say what the check found' });
    if (c.status === 'not-possible' && c.detail === '')
      ctx.addIssue({ code: 'custom', path: ['detail'], message: 'Say why the check was not possible' });
  });

/** Kinds of history a check can find. */
export const findingKinds = {
  'cp-plan': 'A child protection plan',
  cin: 'A child in need plan',
  'referral-12m': 'A contact or referral in the last 12 months',
  'earlier-referral': 'An earlier contact or referral',
  move: 'A move between local authorities',
  'sibling-open': 'A brother, sister or other child at home with an open plan',
  other: 'Something else',
} as const;
type FindingKind = keyof typeof findingKinds;

const foundForm = z.object({
  kind: z.enum(Object.keys(findingKinds) as [FindingKind, ...FindingKind[]], { error: 'Select what was found' }),
  child: z.string().trim(),
  category: z.string().trim(),
  start: optionalLooseDate,
  end: optionalLooseDate,
  detail: z.string().trim().min(1, { error: 'Describe what was found' }),
});

const historyForm = z
  .object({
    checks: z.object(Object.fromEntries(checkSources.map((s) => [s.source, checkForm])) as Record<Source, typeof checkForm>),
    otherCheck: z.object({ status: z.enum(['done', 'not-possible', 'not-yet']), detail: optionalText }),
    referralsCount: optionalNumber({ name: 'Contacts in the last 12 months', min: 0, max: 200, whole: true }),
    found: z.array(foundForm),
  })
  .superRefine((v, ctx) => {
    if (v.checks['own-records'].status === 'not-yet') {
      ctx.addIssue({
        code: 'custom',
        path: ['checks', 'own-records', 'status'],
        message: 'Check our own records, or say why it was not possible',
      });
    }
  });
type HistoryForm = z.input<typeof historyForm>;
type HistoryOut = z.output<typeof historyForm>;
type FoundForm = HistoryForm['found'][number];

function historyToFound(h: History): FoundForm[] {
  const row = (
    kind: FindingKind,
    r: Partial<Record<'child' | 'category' | 'start' | 'end' | 'detail', string | null>>,
  ): FoundForm => ({
    kind,
    child: r.child ?? '',
    category: r.category ?? '',
    start: r.start ?? '',
    end: r.end ?? '',
    detail: r.detail ?? '',
  });
  return [
    ...h.previousCPPlans.map((p) => row('cp-plan', { ...p, detail: p.detail ?? `${p.category} plan` })),
    ...h.previousCIN.map((p) => row('cin', { ...p, detail: p.detail ?? 'child in need plan' })),
    ...h.referralsLast12Months.map((r) => row('referral-12m', { start: r.date, detail: r.detail })),
    ...h.earlierReferrals.map((r) => row('earlier-referral', { start: r.date, detail: r.detail })),
    ...h.movesBetweenLocalAuthorities.map((r) => row('move', { start: r.date, detail: r.detail })),
    ...h.openCasesForSiblings.map((s) => row('sibling-open', { child: s.child, category: s.plan, detail: s.detail ?? s.plan })),
    ...h.otherRelevantHistory.map((r) => row('other', { start: r.date, detail: r.detail })),
  ];
}

function foundToHistory(found: HistoryOut['found'], count: number | null, previous: History): History {
  const of = (kind: FindingKind) => found.filter((f) => f.kind === kind);
  const dated = (kind: FindingKind) => of(kind).map((f) => ({ date: f.start, detail: f.detail }));
  return historySchema.parse({
    previousCPPlans: of('cp-plan').map((f) => ({
      child: f.child || 'this child',
      category: f.category || 'not recorded',
      start: f.start,
      end: f.end,
      detail: f.detail,
    })),
    previousCIN: of('cin').map((f) => ({ child: f.child || 'this child', start: f.start, end: f.end, detail: f.detail })),
    referralsLast12Months: dated('referral-12m'),
    referralsLast12MonthsCount:
      count === null
        ? previous.referralsLast12MonthsCount?.value === null
          ? previous.referralsLast12MonthsCount
          : null
        : { value: count, unit: 'contacts', period: 'last 12 months' },
    earlierReferrals: dated('earlier-referral'),
    movesBetweenLocalAuthorities: dated('move'),
    openCasesForSiblings: of('sibling-open').map((f) => ({
      child: f.child || 'a sibling',
      plan: f.category || 'open plan',
      detail: f.detail,
    })),
    otherRelevantHistory: dated('other'),
  });
}

function toForm(facts: CaseFacts): HistoryForm {
  const recorded = new Map((facts.historyChecks ?? []).map((c) => [c.source, c]));
  const other = recorded.get('other');
  return {
    checks: Object.fromEntries(
      checkSources.map((s) => {
        const c = recorded.get(s.source);
        return [s.source, { status: c?.status ?? 'not-yet', detail: c?.detail ?? '' }];
      }),
    ) as HistoryForm['checks'],
    otherCheck: { status: other?.status ?? 'not-yet', detail: other?.detail ?? '' },
    referralsCount: numberText(facts.history.referralsLast12MonthsCount?.value),
    found: historyToFound(facts.history),
  };
}

function apply(facts: CaseFacts, v: HistoryOut): CaseFacts {
  const checks: HistoryCheck[] = [];
  for (const s of checkSources) {
    const c = v.checks[s.source];
    if (c.status !== 'not-yet') checks.push(historyCheckSchema.parse({ source: s.source, status: c.status, detail: c.detail }));
  }
  if (v.otherCheck.status !== 'not-yet' && v.otherCheck.detail) {
    checks.push(historyCheckSchema.parse({ source: 'other', status: v.otherCheck.status, detail: v.otherCheck.detail }));
  }
  return { ...facts, historyChecks: checks, history: foundToHistory(v.found, v.referralsCount, facts.history) };
}

function CheckQuestion({
  source,
  control,
  register,
  error,
  errors,
}: {
  source: (typeof checkSources)[number];
  control: Control<HistoryForm, unknown, HistoryOut>;
  register: UseFormRegister<HistoryForm>;
  error: string | undefined;
  errors: Parameters<typeof errorAt>[0];
}) {
  const status = useWatch({ control, name: `checks.${source.source}.status` });
  const detail = (label: string) => (
    <Textarea label={label} rows={2} registration={register(`checks.${source.source}.detail`)} error={error} />
  );
  const statusError = errorAt(errors, `checks.${source.source}.status`);
  return (
    <Radios
      legend={source.label}
      hint={source.hint}
      name={`checks.${source.source}.status`}
      small
      legendSize="s"
      registration={register(`checks.${source.source}.status`)}
      error={statusError}
      selected={[status ?? '']}
      choices={[
        { value: 'done', label: 'Checked', conditional: detail('What the check found') },
        { value: 'not-possible', label: 'Not possible', conditional: detail('Why it was not possible') },
        { value: 'not-yet', label: 'Not checked yet' },
      ]}
    />
  );
}

function FoundFields({
  index,
  control,
  register,
  errors,
  onRemove,
}: {
  index: number;
  control: Control<HistoryForm, unknown, HistoryOut>;
  register: UseFormRegister<HistoryForm>;
  errors: Parameters<typeof errorAt>[0];
  onRemove: () => void;
}) {
  const kind = useWatch({ control, name: `found.${index}.kind` });
  const isPlan = kind === 'cp-plan' || kind === 'cin';
  return (
    <div className="sl-repeat">
      <Fieldset legend={`Found ${index + 1}`} size="s">
        <Radios
          legend="What was found"
          name={`found.${index}.kind`}
          small
          legendSize="s"
          registration={register(`found.${index}.kind`)}
          error={errorAt(errors, `found.${index}.kind`)}
          choices={Object.entries(findingKinds).map(([value, label]) => ({ value, label }))}
        />
        {isPlan || kind === 'sibling-open' ? (
          <TextInput
            label="Which child"
            hint="This child, or the brother or sister it was for."
            width="20"
            registration={register(`found.${index}.child`)}
          />
        ) : null}
        {kind === 'cp-plan' || kind === 'sibling-open' ? (
          <TextInput
            label={kind === 'cp-plan' ? 'Category, for example neglect' : 'Which plan'}
            width="20"
            registration={register(`found.${index}.category`)}
          />
        ) : null}
        <TextInput
          label={isPlan ? 'Started (optional)' : 'When (optional)'}
          width="10"
          registration={register(`found.${index}.start`)}
        />
        {isPlan ? <TextInput label="Ended (optional)" width="10" registration={register(`found.${index}.end`)} /> : null}
        <Textarea
          label="Details"
          rows={2}
          registration={register(`found.${index}.detail`)}
          error={errorAt(errors, `found.${index}.detail`)}
        />
        <Button type="button" variant="secondary" onClick={onRemove}>
          Remove found {index + 1}
        </Button>
      </Fieldset>
    </div>
  );
}

function HistoryFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: HistoryOut | null, raw: HistoryForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: historyForm,
    defaults: (saved as HistoryForm | undefined) ?? toForm(facts),
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const found = useFieldArray({ control, name: 'found' });
  return (
    <StepPage
      title="History checks"
      problems={problems}
      backHref={backHref}
      onSubmit={submit}
      status={status}
      aside={aside}
      intro={
        <WarningText>
          A decision cannot be made until our own records have been checked, or you say why they could not be.
        </WarningText>
      }
    >
      <Fieldset legend="Checks">
        {checkSources.map((s) => (
          <CheckQuestion
            key={s.source}
            source={s}
            control={control}
            register={register}
            error={errors.checks?.[s.source]?.detail?.message}
            errors={errors}
          />
        ))}
      </Fieldset>
      <TextInput
        label="Contacts or referrals about the child in the last 12 months (optional)"
        hint="A number, if the records give one."
        inputMode="numeric"
        width="3"
        registration={register('referralsCount')}
        error={errors.referralsCount?.message}
      />
      <h2 className="govuk-heading-m">What the checks found</h2>
      <p className="govuk-body">
        Past plans, contacts and moves feed the recommendation: a review found history on record that never informed a decision.
      </p>
      {found.fields.map((field, index) => (
        <FoundFields
          key={field.id}
          index={index}
          control={control}
          register={register}
          errors={errors}
          onRemove={() => found.remove(index)}
        />
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => found.append({ kind: 'referral-12m', child: '', category: '', start: '', end: '', detail: '' })}
      >
        Add something the checks found
      </Button>
    </StepPage>
  );
}

const statusText = { done: 'Checked', 'not-possible': 'Not possible' } as const;

/** The "history checks" step. */
export const historyStep: ContactStep = {
  id: 'history',
  events: (facts) => [
    ...(facts.historyChecks ?? []).map((check) => ({ type: 'RECORD_HISTORY_CHECK' as const, check })),
    { type: 'RECORD_HISTORY', history: facts.history },
  ],
  advances: true,
  title: 'History checks',
  Form: HistoryFormView,
  isStarted: (facts) => (facts.historyChecks ?? []).length > 0,
  summary: (facts, href) => {
    const recorded = new Map((facts.historyChecks ?? []).map((c) => [c.source, c]));
    const found = historyToFound(facts.history);
    return [
      ...checkSources.map((s) => {
        const c = recorded.get(s.source);
        return {
          key: s.label,
          value: c ? `${statusText[c.status]}: ${c.detail}` : 'Not checked yet',
          change: { href, label: `${s.label} check` },
        };
      }),
      {
        key: 'Found',
        value:
          found.length === 0 ? (
            'Nothing recorded'
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {found.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list shown once
                <li key={i}>
                  {findingKinds[f.kind]}: {f.detail}
                </li>
              ))}
            </ul>
          ),
        change: { href, label: 'what the checks found' },
      },
    ];
  },
};
