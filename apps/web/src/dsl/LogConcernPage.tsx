/** The DSL logs a concern on a pupil's chronology (their school's shared concern log for that pupil). */
import { type ConcernDomain, concernDomainSchema } from '@sightline/core';
import { useState } from 'react';
import { z } from 'zod';
import { ApiError } from '../api/client.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate } from '../app/router.js';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { BackLink, Button, InsetText } from '../components/display.js';
import { Checkboxes, Fieldset, Radios, TextInput, Textarea } from '../components/fields.js';
import { localDraftKey } from '../drafts/store.js';
import { useLocalAnswers } from '../drafts/useLocalAnswers.js';
import { useStepForm } from '../forms/useStepForm.js';
import { optionalNumber, optionalText, requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { domainLabels, engagementObservations, observationsFor } from '../contact/vocabulary.js';
import { concernsLogged, figureFields, pupilName } from './pupilLog.js';
import { schoolApi } from './schoolApi.js';
import { serverProblems } from './serverProblems.js';
import { usePupils } from './usePupils.js';

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the date as YYYY-MM-DD, like 2024-03-15' });

/** The period the page's figures cover. */
const FIGURES_PERIOD = 'this school year';

const logSchema = z
  .object({
    pupil: z.string().min(1, { error: 'Select the pupil, or a pupil not in the log yet' }),
    givenName: z.string().trim(),
    familyName: z.string().trim(),
    dateOfBirth: z.string().trim(),
    ageYears: optionalNumber({ name: 'Age', min: 2, max: 19, whole: true }),
    date: isoDate.refine((d) => d <= todayIso(), { error: 'The date of the concern cannot be in the future' }),
    domain: z.string().min(1, { error: 'Select what the concern is about' }),
    codes: z.array(z.string()),
    description: requiredText('Describe what you saw or were told'),
    childsWords: optionalText,
    attendancePct: optionalNumber({ name: 'Attendance', min: 0, max: 100 }),
    latenessPct: optionalNumber({ name: 'Late', min: 0, max: 100 }),
    unauthorisedAbsencePct: optionalNumber({ name: 'Unauthorised absence', min: 0, max: 100 }),
  })
  .superRefine((v, ctx) => {
    if (v.pupil === 'new') {
      if (!v.givenName) ctx.addIssue({ code: 'custom', path: ['givenName'], message: 'Enter the pupil’s given name' });
      if (!v.familyName) ctx.addIssue({ code: 'custom', path: ['familyName'], message: 'Enter the pupil’s family name' });
      if (v.dateOfBirth && !/^\d{4}-\d{2}-\d{2}$/.test(v.dateOfBirth))
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Enter the date of birth as YYYY-MM-DD' });
    }
  });

/** Where the server's field names appear on this page. */
const pageFields: Record<string, string> = {
  givenName: 'givenName',
  familyName: 'familyName',
  dateOfBirth: 'dateOfBirth',
  ageYears: 'ageYears',
  occurredOn: 'date',
  domain: 'domain',
  codes: 'codes',
  description: 'description',
  childsWords: 'childsWords',
  attendancePct: 'attendancePct',
  latenessPct: 'latenessPct',
  unauthorisedAbsencePct: 'unauthorisedAbsencePct',
};

/** The log a concern page. */
export function LogConcernPage() {
  const user = useUser();
  const { pupils, reload } = usePupils();
  const [saveProblems, setSaveProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
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
      unauthorisedAbsencePct: '',
    },
    onValid: async (v) => {
      setSaveProblems([]);
      setSaving(true);
      try {
        let pupilId = v.pupil;
        if (pupilId === 'new') {
          pupilId = await addPupil({
            givenName: v.givenName,
            familyName: v.familyName,
            dateOfBirth: v.dateOfBirth || null,
            ageYears: v.ageYears,
          });
          // The pupil is on the log now: a retry logs the concern on them instead of adding them again.
          form.setValue('pupil', pupilId);
          reload();
        }
        const anyFigure = v.attendancePct !== null || v.latenessPct !== null || v.unauthorisedAbsencePct !== null;
        await schoolApi.logConcern(pupilId, {
          occurredOn: v.date,
          domain: v.domain as ConcernDomain,
          description: v.description,
          codes: v.codes,
          childsWords: v.childsWords,
          figures: anyFigure
            ? {
                period: FIGURES_PERIOD,
                attendancePct: v.attendancePct,
                latenessPct: v.latenessPct,
                unauthorisedAbsencePct: v.unauthorisedAbsencePct,
              }
            : null,
        });
        kept.clear();
        navigate('/school?logged=1');
      } catch (error) {
        setSaveProblems(serverProblems(error, pageFields, 'pupil', 'The concern could not be saved'));
      } finally {
        setSaving(false);
      }
    },
  });
  const kept = useLocalAnswers(localDraftKey('concern-log', user.id), form);
  const allProblems = [...problems, ...saveProblems];
  usePageTitle('Log a concern', allProblems.length > 0);
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
          <ErrorSummary problems={allProblems} />
          <PageHeading caption={user.agency.name}>Log a concern</PageHeading>
          {kept.restored ? (
            <InsetText>
              We put back the answers you had typed on this computer but not saved. Check them before you save.
            </InsetText>
          ) : null}
          <form noValidate onSubmit={submit}>
            <Radios
              legend="Which pupil?"
              name="pupil"
              registration={register('pupil')}
              error={errors.pupil?.message}
              selected={[pupil]}
              choices={[
                ...(pupils ?? []).map((p) => ({
                  value: p.id,
                  label: pupilName(p),
                  hint: concernsLogged(p.concerns),
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
              {figureFields.map(({ field, question }) => (
                <TextInput
                  key={field}
                  label={question}
                  registration={register(field)}
                  error={errors[field]?.message}
                  width="3"
                  suffix="%"
                  inputMode="decimal"
                />
              ))}
            </Fieldset>
            <Button disabled={saving}>Save to the log</Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Adds the pupil to the school's log; if they are on it already (same names and date of birth), their id. */
async function addPupil(pupil: Parameters<typeof schoolApi.addPupil>[0]): Promise<string> {
  try {
    return (await schoolApi.addPupil(pupil)).id;
  } catch (error) {
    const existing =
      error instanceof ApiError && error.status === 409 ? (error.body.existing as { id?: unknown } | undefined) : undefined;
    if (typeof existing?.id === 'string') return existing.id;
    throw error;
  }
}
