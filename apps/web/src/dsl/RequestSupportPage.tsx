/** A request for support, pre-filled from a pupil's logged concerns and figures. */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '../api/endpoints.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate } from '../app/router.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, InsetText, WarningText } from '../components/display.js';
import { Radios, Textarea } from '../components/fields.js';
import { SummaryCard } from '../components/SummaryList.js';
import { useStepForm } from '../forms/useStepForm.js';
import { requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { domainLabels, labelFor } from '../contact/vocabulary.js';
import { concernsInForce, concernsLogged, factsFromChronology, figureText, pupilIdentity, pupilName } from './pupilLog.js';
import { type SchoolPupilWithChronology, schoolApi } from './schoolApi.js';
import { usePupils } from './usePupils.js';

const requestSchema = z.object({
  pupil: z.string().min(1, { error: 'Select the pupil' }),
  request: requiredText('Say what support you are asking for'),
  parentsKnow: z.enum(['given', 'refused', 'not-sought', 'unknown'], { error: 'Say whether the parents agreed to this request' }),
});

/** The chosen pupil's chronology, read from the school's log when the pupil is chosen. */
function useChosenPupil(pupilId: string): { chosen: SchoolPupilWithChronology | null; loadError: string | null } {
  const [chosen, setChosen] = useState<SchoolPupilWithChronology | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    setChosen(null);
    setLoadError(null);
    if (!pupilId) return;
    let current = true;
    schoolApi
      .pupil(pupilId)
      .then((p) => {
        if (current) setChosen(p);
      })
      .catch((e: unknown) => {
        if (current) setLoadError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      current = false;
    };
  }, [pupilId]);
  return { chosen, loadError };
}

/** The request for support page. */
export function RequestSupportPage() {
  const user = useUser();
  const { pupils } = usePupils();
  const [sendError, setSendError] = useState<string | null>(null);
  const [pupilId, setPupilId] = useState('');
  const { chosen, loadError } = useChosenPupil(pupilId);
  const { form, problems, submit } = useStepForm({
    schema: requestSchema,
    defaults: { pupil: '', request: '', parentsKnow: '' as 'given' },
    onValid: (v) => {
      if (!chosen || chosen.id !== v.pupil) {
        setSendError('the pupil’s log has not loaded yet');
        return;
      }
      const facts = {
        ...factsFromChronology(chosen, user.agency.name, todayIso(), v.request),
        consent: { status: v.parentsKnow, detail: null },
      };
      setSendError(null);
      api
        .createCase({
          facts,
          events: [{ type: 'REQUEST_FOR_SUPPORT' }],
          identities: { subject: pupilIdentity(chosen), household: {} },
          referrerAgencyId: null,
        })
        .then(async (c) => {
          // The request went to the front door; noting it on the pupil's chronology is best effort.
          await schoolApi.noteRequestForSupport(chosen.id, c.id).catch(() => undefined);
          navigate(`/school?requested=${c.id}`);
        })
        .catch((e: unknown) => setSendError(e instanceof Error ? e.message : String(e)));
    },
  });
  const { register, formState, watch } = form;
  const watched = watch('pupil');
  useEffect(() => setPupilId(watched), [watched]);
  const problemsShown = [
    ...problems,
    ...(sendError ? [{ fieldId: 'f-pupil', message: `The request could not be sent: ${sendError}` }] : []),
    ...(loadError ? [{ fieldId: 'f-pupil', message: `The pupil’s log could not be loaded: ${loadError}` }] : []),
  ];
  usePageTitle('Ask for support', problemsShown.length > 0);
  return (
    <>
      <BackLink href="/school" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problemsShown} />
          <PageHeading caption={user.agency.name}>Ask the front door for support</PageHeading>
          <WarningText>If a child is in immediate danger, call the police on 999 now. Do not wait for this form.</WarningText>
          <form noValidate onSubmit={submit}>
            <Radios
              legend="Which pupil?"
              name="pupil"
              registration={register('pupil')}
              error={formState.errors.pupil?.message}
              choices={(pupils ?? []).map((p) => ({
                value: p.id,
                label: pupilName(p),
                hint: concernsLogged(p.concerns),
              }))}
            />
            {pupils && pupils.length === 0 ? (
              <InsetText>Log a concern first: the request is filled in from the pupil’s log.</InsetText>
            ) : null}
            {chosen ? (
              <SummaryCard
                title="What the front door will see from your log"
                rows={[
                  ...concernsInForce(chosen).map((e) => ({
                    key: `${e.occurredOn}: ${domainLabels[e.domain]}`,
                    value: (
                      <>
                        {e.description}
                        {e.codes.length > 0 ? <span className="govuk-body-s"> ({e.codes.map(labelFor).join('; ')})</span> : null}
                      </>
                    ),
                  })),
                  { key: 'Attendance', value: figureText(chosen.figures.attendancePct) },
                  { key: 'Late', value: figureText(chosen.figures.latenessPct) },
                  ...(chosen.figures.unauthorisedAbsencePct
                    ? [{ key: 'Unauthorised absence', value: figureText(chosen.figures.unauthorisedAbsencePct) }]
                    : []),
                ]}
              />
            ) : null}
            <Textarea
              label="What support are you asking for, and why now?"
              registration={register('request')}
              error={formState.errors.request?.message}
              rows={5}
            />
            <Radios
              legend="Have the parents agreed to this request?"
              hint="You do not need their agreement if the child may be at risk of significant harm."
              name="parentsKnow"
              registration={register('parentsKnow')}
              error={formState.errors.parentsKnow?.message}
              choices={[
                { value: 'given', label: 'Yes' },
                { value: 'refused', label: 'No, they refused' },
                { value: 'not-sought', label: 'Not asked' },
                { value: 'unknown', label: 'Not known' },
              ]}
            />
            <Button>Send request</Button>
          </form>
        </div>
      </div>
    </>
  );
}
