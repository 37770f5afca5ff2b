/** Step: how the family works with services, and who else has been asked. */
import type { CaseFacts } from '@sightline/core';
import { useCallback } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../components/display.js';
import { Checkboxes, Fieldset, Radios, TextInput, Textarea } from '../../components/fields.js';
import { errorAt } from '../../forms/problems.js';
import { useStepForm } from '../../forms/useStepForm.js';
import {
  fromBoolean,
  linesList,
  optionalLooseDate,
  optionalText,
  requiredText,
  toBoolean,
  toLines,
  yesNoUnknown,
} from '../../forms/values.js';
import { engagementObservations } from '../vocabulary.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

/** The kinds of event the engagement record holds. */
export const eventKinds = {
  missed: 'The child was not brought to an appointment',
  kept: 'The child was brought to an appointment',
  'access-refused': 'The child was not seen, or the door was not opened',
  'disguised-compliance': 'Parents agreed to something but nothing changed',
  other: 'Something else about how the family works with services',
} as const;
type EventKind = keyof typeof eventKinds;

const impliedCode: Partial<Record<EventKind, string>> = {
  'access-refused': 'engagement.access-refused',
  'disguised-compliance': 'engagement.disguised-compliance',
};

const eventForm = z.object({
  kind: z.enum(Object.keys(eventKinds) as [EventKind, ...EventKind[]], { error: 'Select what happened' }),
  date: optionalLooseDate,
  detail: requiredText('Describe what happened'),
  codes: z.array(z.string()),
});

const serviceForm = z.object({
  service: requiredText('Enter the service, for example drug and alcohol service', 200),
  consulted: yesNoUnknown,
  detail: optionalText,
});

const engagementForm = z.object({
  fatherConsulted: yesNoUnknown,
  fatherDetail: optionalText,
  extendedFamilyConsulted: yesNoUnknown,
  extendedFamilyDetail: optionalText,
  allocatedWorker: yesNoUnknown,
  allocatedWorkerDetail: optionalText,
  agenciesInvolved: linesList,
  services: z.array(serviceForm),
  events: z.array(eventForm),
});
type EngagementForm = z.input<typeof engagementForm>;
type EngagementOut = z.output<typeof engagementForm>;

function toForm(facts: CaseFacts): EngagementForm {
  const pc = facts.professionalContext;
  const pe = facts.parentalEngagement;
  const events: EngagementForm['events'] = [
    ...pe.appointmentsMissed.map((e) => ({ kind: 'missed' as const, date: e.date ?? '', detail: e.detail, codes: [...e.codes] })),
    ...pe.appointmentsAttended.map((e) => ({ kind: 'kept' as const, date: e.date ?? '', detail: e.detail, codes: [] })),
    ...pe.accessRefused.map((e) => ({
      kind: 'access-refused' as const,
      date: e.date ?? '',
      detail: e.detail,
      codes: [...e.codes],
    })),
    ...pe.disguisedComplianceSigns.map((e) => ({
      kind: 'disguised-compliance' as const,
      date: e.date ?? '',
      detail: e.detail,
      codes: [...e.codes],
    })),
    ...pe.otherFacts.map((e) => ({ kind: 'other' as const, date: e.date ?? '', detail: e.detail, codes: [...e.codes] })),
  ];
  return {
    fatherConsulted: fromBoolean(pc.fatherConsulted.value),
    fatherDetail: pc.fatherConsulted.detail ?? '',
    extendedFamilyConsulted: fromBoolean(pc.extendedFamilyConsulted.value),
    extendedFamilyDetail: pc.extendedFamilyConsulted.detail ?? '',
    allocatedWorker: fromBoolean(pc.allocatedWorker.exists),
    allocatedWorkerDetail: pc.allocatedWorker.detail ?? '',
    agenciesInvolved: toLines(pc.agenciesInvolved),
    services: pc.adultServicesConsulted.map((s) => ({
      service: s.service,
      consulted: fromBoolean(s.consulted),
      detail: s.detail ?? '',
    })),
    events,
  };
}

function apply(facts: CaseFacts, v: EngagementOut): CaseFacts {
  const coded = (kind: EventKind) =>
    v.events
      .filter((e) => e.kind === kind)
      .map((e) => {
        const implied = impliedCode[kind];
        const codes = [...new Set([...e.codes, ...(implied ? [implied] : [])])];
        return { date: e.date, detail: e.detail, codes };
      });
  return {
    ...facts,
    parentalEngagement: {
      appointmentsAttended: v.events.filter((e) => e.kind === 'kept').map((e) => ({ date: e.date, detail: e.detail })),
      appointmentsMissed: coded('missed'),
      accessRefused: coded('access-refused'),
      disguisedComplianceSigns: coded('disguised-compliance'),
      otherFacts: coded('other'),
    },
    professionalContext: {
      ...facts.professionalContext,
      fatherConsulted: { value: toBoolean(v.fatherConsulted), detail: v.fatherDetail },
      extendedFamilyConsulted: { value: toBoolean(v.extendedFamilyConsulted), detail: v.extendedFamilyDetail },
      allocatedWorker: { exists: toBoolean(v.allocatedWorker), detail: v.allocatedWorkerDetail },
      agenciesInvolved: v.agenciesInvolved,
      adultServicesConsulted: v.services.map((s) => ({
        service: s.service,
        consulted: toBoolean(s.consulted),
        detail: s.detail,
      })),
    },
  };
}

const yesNoChoices = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not known' },
];

function EngagementFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: EngagementOut | null, raw: EngagementForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: engagementForm,
    defaults: (saved as EngagementForm | undefined) ?? toForm(facts),
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const services = useFieldArray({ control, name: 'services' });
  const events = useFieldArray({ control, name: 'events' });
  const eventValues = useWatch({ control, name: 'events' }) ?? [];
  return (
    <StepPage
      title="Working with the family"
      problems={problems}
      backHref={backHref}
      onSubmit={submit}
      status={status}
      aside={aside}
    >
      <Radios
        legend="Has the child’s father been asked or told about this contact?"
        hint="Also a father who lives elsewhere or is in prison."
        name="fatherConsulted"
        small
        inline
        registration={register('fatherConsulted')}
        error={errors.fatherConsulted?.message}
        choices={yesNoChoices}
      />
      <TextInput label="About the father’s involvement (optional)" registration={register('fatherDetail')} />
      <Radios
        legend="Has wider family been considered?"
        hint="Grandparents, aunts and uncles, family friends who could help."
        name="extendedFamilyConsulted"
        small
        inline
        registration={register('extendedFamilyConsulted')}
        error={errors.extendedFamilyConsulted?.message}
        choices={yesNoChoices}
      />
      <TextInput label="About wider family (optional)" registration={register('extendedFamilyDetail')} />
      <Radios
        legend="Does the child have an allocated social worker now?"
        name="allocatedWorker"
        small
        inline
        registration={register('allocatedWorker')}
        error={errors.allocatedWorker?.message}
        choices={yesNoChoices}
      />
      <Textarea
        label="Agencies involved (optional)"
        hint="One on each line, for example GP, school, health visitor."
        rows={3}
        registration={register('agenciesInvolved')}
      />

      <h2 className="govuk-heading-m">Services working with a parent</h2>
      <p className="govuk-body">For example drug and alcohol, mental health or learning disability services.</p>
      {services.fields.map((field, index) => (
        <div key={field.id} className="sl-repeat">
          <Fieldset legend={`Service ${index + 1}`} size="s">
            <TextInput
              label="Service"
              registration={register(`services.${index}.service`)}
              error={errorAt(errors, `services.${index}.service`)}
            />
            <Radios
              legend="Have they been asked what they know?"
              name={`services.${index}.consulted`}
              small
              inline
              legendSize="s"
              registration={register(`services.${index}.consulted`)}
              choices={yesNoChoices}
            />
            <TextInput label="What they said (optional)" registration={register(`services.${index}.detail`)} />
            <Button type="button" variant="secondary" onClick={() => services.remove(index)}>
              Remove service {index + 1}
            </Button>
          </Fieldset>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => services.append({ service: '', consulted: 'unknown', detail: '' })}
      >
        Add a service
      </Button>

      <h2 className="govuk-heading-m">Appointments and visits</h2>
      {events.fields.map((field, index) => (
        <div key={field.id} className="sl-repeat">
          <Fieldset legend={`Event ${index + 1}`} size="s">
            <Radios
              legend="What happened"
              name={`events.${index}.kind`}
              small
              legendSize="s"
              registration={register(`events.${index}.kind`)}
              error={errorAt(errors, `events.${index}.kind`)}
              choices={Object.entries(eventKinds).map(([value, label]) => ({ value, label }))}
            />
            <TextInput label="When (optional)" width="10" registration={register(`events.${index}.date`)} />
            <Textarea
              label="Details"
              rows={2}
              registration={register(`events.${index}.detail`)}
              error={errorAt(errors, `events.${index}.detail`)}
            />
            {eventValues[index]?.kind !== 'kept' ? (
              <Checkboxes
                legend="What applies (optional)"
                name={`events.${index}.codes`}
                small
                legendSize="s"
                registration={register(`events.${index}.codes`)}
                selected={eventValues[index]?.codes ?? []}
                choices={engagementObservations.map((e) => ({ value: e.code, label: e.label }))}
              />
            ) : null}
            <Button type="button" variant="secondary" onClick={() => events.remove(index)}>
              Remove event {index + 1}
            </Button>
          </Fieldset>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => events.append({ kind: 'missed', date: '', detail: '', codes: [] })}
      >
        Add an appointment or visit
      </Button>
    </StepPage>
  );
}

const yesNoText = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : 'Not known');

/** The "working with the family" step. */
export const engagementStep: ContactStep = {
  id: 'engagement',
  events: (facts) => [
    {
      type: 'RECORD_PARENTS',
      household: facts.household,
      parentalEngagement: facts.parentalEngagement,
      professionalContext: facts.professionalContext,
    },
  ],
  advances: true,
  title: 'Working with the family',
  Form: EngagementFormView,
  isStarted: (facts) =>
    facts.professionalContext.fatherConsulted.value !== null ||
    facts.professionalContext.agenciesInvolved.length > 0 ||
    Object.values(facts.parentalEngagement).some((list) => list.length > 0),
  summary: (facts, href) => {
    const pc = facts.professionalContext;
    const pe = facts.parentalEngagement;
    return [
      {
        key: 'Father asked or told',
        value: yesNoText(pc.fatherConsulted.value),
        change: { href, label: 'whether the father was asked' },
      },
      {
        key: 'Wider family considered',
        value: yesNoText(pc.extendedFamilyConsulted.value),
        change: { href, label: 'wider family' },
      },
      {
        key: 'Services working with a parent',
        value:
          pc.adultServicesConsulted.length === 0
            ? 'None recorded'
            : pc.adultServicesConsulted.map((s) => `${s.service} (asked: ${yesNoText(s.consulted).toLowerCase()})`).join('; '),
        change: { href, label: 'services working with a parent' },
      },
      {
        key: 'Appointments and visits',
        value: `${pe.appointmentsMissed.length} not brought, ${pe.appointmentsAttended.length} brought, ${pe.accessRefused.length} not seen`,
        change: { href, label: 'appointments and visits' },
      },
    ];
  },
};
