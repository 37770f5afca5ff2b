/** Step: what the concern is. One entry per thing seen or told, each with the boxes for its domain. */
import { type CaseFacts, type Concern, type ConcernDomain, concernDomainSchema, concernSchema } from '@sightline/core';
import { useCallback } from 'react';
import { type Control, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../components/display.js';
import { Checkboxes, Fieldset, Radios, TextInput, Textarea } from '../../components/fields.js';
import { errorAt } from '../../forms/problems.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { optionalLooseDate, optionalText, requiredText } from '../../forms/values.js';
import { domainLabels, engagementObservations, labelFor, observationsFor, unbornObservations } from '../vocabulary.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

const concernForm = z
  .object({
    domain: concernDomainSchema.or(z.literal('')).refine((d) => d !== '', { error: 'Select what the concern is about' }),
    description: requiredText('Describe what was seen or said'),
    date: optionalLooseDate,
    sourceAgency: requiredText('Say who told you, for example school or GP', 200),
    codes: z.array(z.string()),
  })
  .transform((c) => {
    const domain = c.domain as ConcernDomain;
    const allowed = new Set([...observationsFor(domain), ...engagementObservations, ...unbornObservations].map((e) => e.code));
    return { ...c, domain, codes: [...new Set(c.codes.filter((code) => allowed.has(code)))] };
  })
  .pipe(concernSchema);

const concernsForm = z.object({
  referrerRole: optionalText,
  referrerAgency: optionalText,
  concerns: z.array(concernForm).min(1, { error: 'Add at least one concern' }),
});

type ConcernsForm = z.input<typeof concernsForm>;
type ConcernsOut = z.output<typeof concernsForm>;

const blankConcern = (): ConcernsForm['concerns'][number] => ({
  domain: '',
  description: '',
  date: '',
  sourceAgency: '',
  codes: [],
});

function toForm(facts: CaseFacts): ConcernsForm {
  return {
    referrerRole: facts.professionalContext.referrer.role ?? '',
    referrerAgency: facts.professionalContext.referrer.agency ?? '',
    concerns:
      facts.currentConcerns.length > 0
        ? facts.currentConcerns.map((c) => ({
            domain: c.domain,
            description: c.description,
            date: c.date ?? '',
            sourceAgency: c.sourceAgency,
            codes: [...c.codes],
          }))
        : [blankConcern()],
  };
}

function apply(facts: CaseFacts, v: ConcernsOut): CaseFacts {
  return {
    ...facts,
    professionalContext: { ...facts.professionalContext, referrer: { role: v.referrerRole, agency: v.referrerAgency } },
    currentConcerns: v.concerns as Concern[],
  };
}

/** The boxes to tick for one concern: its domain's observations, then engagement (and unborn) ones. */
function ConcernCodes({
  index,
  control,
  register,
  unborn,
}: {
  index: number;
  control: Control<ConcernsForm, unknown, ConcernsOut>;
  register: UseFormRegister<ConcernsForm>;
  unborn: boolean;
}) {
  const domain = useWatch({ control, name: `concerns.${index}.domain` });
  const codes = useWatch({ control, name: `concerns.${index}.codes` }) ?? [];
  if (!domain) return null;
  const own = observationsFor(domain as ConcernDomain);
  const extra = unborn ? [...engagementObservations, ...unbornObservations] : engagementObservations;
  return (
    <>
      <Checkboxes
        legend={`What applies? (${domainLabels[domain as ConcernDomain]})`}
        hint="Tick what was seen or said. Leave them all empty if none fits."
        name={`concerns.${index}.codes`}
        small
        legendSize="s"
        registration={register(`concerns.${index}.codes`)}
        selected={codes}
        choices={own.map((e) => ({ value: e.code, label: e.label }))}
      />
      <Checkboxes
        legend="How the family works with services"
        name={`concerns.${index}.codes-engagement`}
        small
        legendSize="s"
        registration={register(`concerns.${index}.codes`)}
        selected={codes}
        choices={extra.map((e) => ({ value: e.code, label: e.label }))}
      />
    </>
  );
}

function ConcernsFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: ConcernsOut | null, raw: ConcernsForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: concernsForm,
    defaults: (saved as ConcernsForm | undefined) ?? toForm(facts),
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const concerns = useFieldArray({ control, name: 'concerns' });
  return (
    <StepPage title="What the concern is" problems={problems} backHref={backHref} onSubmit={submit} status={status} aside={aside}>
      <Fieldset legend="Who made the contact">
        <TextInput
          label="Their role (optional)"
          hint="For example class teacher, GP, neighbour."
          registration={register('referrerRole')}
        />
        <TextInput label="Their organisation (optional)" registration={register('referrerAgency')} />
      </Fieldset>
      <h2 className="govuk-heading-m">Concerns</h2>
      <p className="govuk-body">Add one entry for each thing that was seen or said.</p>
      {errors.concerns?.root?.message || errors.concerns?.message ? (
        <p className="govuk-error-message" id="f-concerns">
          <span className="govuk-visually-hidden">Error:</span> {errors.concerns?.root?.message ?? errors.concerns?.message}
        </p>
      ) : null}
      {concerns.fields.map((field, index) => (
        <div key={field.id} className="sl-repeat">
          <Fieldset legend={`Concern ${index + 1}`}>
            <Radios
              legend="What is it about?"
              name={`concerns.${index}.domain`}
              small
              legendSize="s"
              registration={register(`concerns.${index}.domain`)}
              error={errorAt(errors, `concerns.${index}.domain`)}
              choices={concernDomainSchema.options.map((d) => ({ value: d, label: domainLabels[d] }))}
            />
            <ConcernCodes index={index} control={control} register={register} unborn={facts.child.unborn} />
            <Textarea
              label="What was seen or said"
              hint="In plain words, as you would tell the family."
              registration={register(`concerns.${index}.description`)}
              error={errorAt(errors, `concerns.${index}.description`)}
            />
            <TextInput
              label="When (optional)"
              hint="For example 2017-10-03, or 2017-10 if the day is not known."
              width="10"
              registration={register(`concerns.${index}.date`)}
              error={errorAt(errors, `concerns.${index}.date`)}
            />
            <TextInput
              label="Who told you"
              hint="For example school, GP, police, health visitor."
              width="20"
              registration={register(`concerns.${index}.sourceAgency`)}
              error={errorAt(errors, `concerns.${index}.sourceAgency`)}
            />
            {concerns.fields.length > 1 ? (
              <Button type="button" variant="secondary" onClick={() => concerns.remove(index)}>
                Remove concern {index + 1}
              </Button>
            ) : null}
          </Fieldset>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => concerns.append(blankConcern())}>
        Add another concern
      </Button>
    </StepPage>
  );
}

/** The "what the concern is" step. */
export const concernsStep: ContactStep = {
  id: 'concerns',
  events: (facts) => [{ type: 'RECORD_CONCERNS', concerns: facts.currentConcerns }],
  advances: true,
  title: 'What the concern is',
  Form: ConcernsFormView,
  isStarted: (facts) => facts.currentConcerns.length > 0,
  summary: (facts, href) => [
    {
      key: 'Who made the contact',
      value:
        [facts.professionalContext.referrer.role, facts.professionalContext.referrer.agency].filter(Boolean).join(', ') ||
        'Not given',
      change: { href, label: 'who made the contact' },
    },
    ...facts.currentConcerns.map((c, i) => ({
      key: `Concern ${i + 1}: ${domainLabels[c.domain]}`,
      value: (
        <>
          <p className="govuk-body">{c.description}</p>
          <p className="govuk-body-s">
            {c.sourceAgency}
            {c.date ? `, ${c.date}` : ''}
          </p>
          {c.codes.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {c.codes.map((code) => (
                <li key={code}>{labelFor(code)}</li>
              ))}
            </ul>
          ) : null}
        </>
      ),
      change: { href, label: `concern ${i + 1}` },
    })),
  ],
};
