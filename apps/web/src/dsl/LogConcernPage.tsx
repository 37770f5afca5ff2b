/** The DSL logs a concern on a pupil's chronology (their school's concern log for that pupil). */
import { type ConcernDomain, concernDomainSchema } from '@sightline/core';
import { z } from 'zod';
import { api } from '../api/endpoints.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate } from '../app/router.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button } from '../components/display.js';
import { Checkboxes, Fieldset, Radios, TextInput, Textarea } from '../components/fields.js';
import { useStepForm } from '../forms/useStepForm.js';
import { optionalNumber, optionalText, requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { labelFromName } from '../contact/pages/RecordsPage.js';
import { domainLabels, engagementObservations, observationsFor } from '../contact/vocabulary.js';
import { PUPIL_LOG_FORMAT, type PupilLogBody } from './pupilLog.js';
import { usePupilLogs } from './usePupilLogs.js';

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the date as YYYY-MM-DD, like 2024-03-15' });

const logSchema = z
  .object({
    pupil: z.string().min(1, { error: 'Select the pupil, or a pupil not in the log yet' }),
    givenName: z.string().trim(),
    familyName: z.string().trim(),
    dateOfBirth: z.string().trim(),
    ageYears: optionalNumber({ name: 'Age', min: 2, max: 19, whole: true }),
    date: isoDate,
    domain: z.string().min(1, { error: 'Select what the concern is about' }),
    codes: z.array(z.string()),
    description: requiredText('Describe what you saw or were told'),
    childsWords: optionalText,
    attendancePct: optionalNumber({ name: 'Attendance', min: 0, max: 100 }),
    latenessPct: optionalNumber({ name: 'Late', min: 0, max: 100 }),
  })
  .superRefine((v, ctx) => {
    if (v.pupil === 'new') {
      if (!v.givenName) ctx.addIssue({ code: 'custom', path: ['givenName'], message: 'Enter the pupil’s given name' });
      if (!v.familyName) ctx.addIssue({ code: 'custom', path: ['familyName'], message: 'Enter the pupil’s family name' });
      if (v.dateOfBirth && !/^\d{4}-\d{2}-\d{2}$/.test(v.dateOfBirth))
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Enter the date of birth as YYYY-MM-DD' });
    }
  });

/** The log a concern page. */
export function LogConcernPage() {
  const user = useUser();
  const { logs } = usePupilLogs();
  const { form, problems, submit } = useStepForm({
    schema: logSchema,
    defaults: {
      pupil: '',
      givenName: '',
      familyName: '',
      dateOfBirth: '',
      ageYears: '',
      date: todayIso(),
      domain: '',
      codes: [],
      description: '',
      childsWords: '',
      attendancePct: '',
      latenessPct: '',
    },
    onValid: async (v) => {
      const entry = {
        id: crypto.randomUUID(),
        date: v.date,
        domain: v.domain as ConcernDomain,
        description: v.description,
        codes: v.codes,
        loggedBy: user.displayName,
        childsWords: v.childsWords,
      };
      const now = new Date().toISOString();
      const existing = logs?.find((l) => l.id === v.pupil);
      const withFigures = (m: PupilLogBody['measures']): PupilLogBody['measures'] => ({
        attendancePct: v.attendancePct ?? m.attendancePct,
        latenessPct: v.latenessPct ?? m.latenessPct,
        unauthorisedAbsencePct: m.unauthorisedAbsencePct,
        period: 'this school year',
      });
      if (existing) {
        await api.saveDraft<PupilLogBody>(existing.id, existing.version, {
          ...existing.body,
          entries: [...existing.body.entries, entry],
          measures: withFigures(existing.body.measures),
          updatedAt: now,
        });
      } else {
        await api.createDraft<PupilLogBody>('pupil-log', null, {
          format: PUPIL_LOG_FORMAT,
          pupil: {
            label: labelFromName(v.givenName, v.familyName),
            givenName: v.givenName,
            familyName: v.familyName,
            dateOfBirth: v.dateOfBirth || null,
            ageYears: v.ageYears,
            yearGroup: null,
          },
          entries: [entry],
          measures: withFigures({
            attendancePct: null,
            latenessPct: null,
            unauthorisedAbsencePct: null,
            period: 'this school year',
          }),
          referrals: [],
          updatedAt: now,
        });
      }
      navigate('/school?logged=1');
    },
  });
  usePageTitle('Log a concern', problems.length > 0);
  const { register, formState, watch } = form;
  const errors = formState.errors;
  const pupil = watch('pupil');
  const domain = watch('domain') as ConcernDomain | '';
  const codes = watch('codes');
  return (
    <>
      <BackLink href="/school" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={user.agency.name}>Log a concern</PageHeading>
          <form noValidate onSubmit={submit}>
            <Radios
              legend="Which pupil?"
              name="pupil"
              registration={register('pupil')}
              error={errors.pupil?.message}
              selected={[pupil]}
              choices={[
                ...(logs ?? []).map((l) => ({
                  value: l.id,
                  label: `${l.body.pupil.givenName} ${l.body.pupil.familyName}`,
                  hint: `${l.body.entries.length} concerns logged`,
                })),
                {
                  value: 'new',
                  label: 'A pupil not in the log yet',
                  conditional: (
                    <>
                      <TextInput
                        label="Given name"
                        registration={register('givenName')}
                        error={errors.givenName?.message}
                        width="20"
                      />
                      <TextInput
                        label="Family name"
                        registration={register('familyName')}
                        error={errors.familyName?.message}
                        width="20"
                      />
                      <TextInput
                        label="Date of birth (optional)"
                        hint="For example 2016-09-14."
                        registration={register('dateOfBirth')}
                        error={errors.dateOfBirth?.message}
                        width="10"
                      />
                      <TextInput
                        label="Age in years"
                        registration={register('ageYears')}
                        error={errors.ageYears?.message}
                        width="2"
                        inputMode="numeric"
                      />
                    </>
                  ),
                },
              ]}
            />
            <TextInput
              label="Date of the concern"
              hint="For example 2024-03-15."
              registration={register('date')}
              error={errors.date?.message}
              width="10"
            />
            <Radios
              legend="What is it about?"
              name="domain"
              small
              registration={register('domain')}
              error={errors.domain?.message}
              choices={concernDomainSchema.options.map((d) => ({ value: d, label: domainLabels[d] }))}
            />
            {domain ? (
              <Checkboxes
                legend="What applies?"
                hint="Tick what you saw or were told."
                name="codes"
                small
                legendSize="s"
                registration={register('codes')}
                selected={codes}
                choices={[...observationsFor(domain), ...engagementObservations].map((e) => ({ value: e.code, label: e.label }))}
              />
            ) : null}
            <Textarea
              label="What you saw or were told"
              registration={register('description')}
              error={errors.description?.message}
            />
            <Textarea
              label="The child’s own words, if they said something (optional)"
              registration={register('childsWords')}
              rows={2}
            />
            <Fieldset legend="Latest figures (optional)" size="s">
              <TextInput
                label="Attendance this school year"
                registration={register('attendancePct')}
                error={errors.attendancePct?.message}
                width="3"
                suffix="%"
                inputMode="decimal"
              />
              <TextInput
                label="Sessions late this school year"
                registration={register('latenessPct')}
                error={errors.latenessPct?.message}
                width="3"
                suffix="%"
                inputMode="decimal"
              />
            </Fieldset>
            <Button>Save to the log</Button>
          </form>
        </div>
      </div>
    </>
  );
}
