/**
 * A request for support, pre-filled from a pupil's logged concerns and figures. The answers save as
 * the DSL types (see useSupportRequestDraft) and come back after a crash, a reload or a lost
 * connection; the send carries the draft's Idempotency-Key, so a retry or a double click makes one
 * case.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { api } from '../api/endpoints.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate } from '../app/router.js';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { BackLink, Button, InsetText, NotificationBanner, WarningText } from '../components/display.js';
import { Radios, Textarea } from '../components/fields.js';
import { SummaryCard } from '../components/SummaryList.js';
import { SavedStatus } from '../drafts/SavedStatus.js';
import type { DraftStore } from '../drafts/store.js';
import { useStepForm } from '../forms/useStepForm.js';
import { requiredText } from '../forms/values.js';
import { Page, PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { domainLabels, labelFor } from '../contact/vocabulary.js';
import { concernsInForce, concernsLogged, factsFromChronology, figureText, pupilIdentity, pupilName } from './pupilLog.js';
import { type SchoolPupilWithChronology, schoolApi } from './schoolApi.js';
import {
  answersFrom,
  hasAnswers,
  parentsKnowChoices,
  payloadToSend,
  type SupportRequestDraft,
  sendProblem,
} from './supportRequestDraft.js';
import { UnsentRequest } from './UnsentRequest.js';
import { usePupils } from './usePupils.js';
import { useSupportRequestDraft } from './useSupportRequestDraft.js';

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

/** The request form, saving its answers to the draft as the DSL types. */
function RequestForm({
  store,
  restored,
  offline,
}: {
  store: DraftStore<SupportRequestDraft>;
  restored: boolean;
  offline: boolean;
}) {
  const user = useUser();
  const { pupils } = usePupils();
  // Read once: the form owns its answers while it is open.
  const opened = useMemo(() => store.getSnapshot().draft, [store]);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const [pupilId, setPupilId] = useState(opened.answers.pupil);
  const { chosen, loadError } = useChosenPupil(pupilId);

  const onLive = useCallback(
    (_parsed: unknown, raw: Record<string, unknown>) => store.update((d) => ({ ...d, answers: answersFrom(raw) })),
    [store],
  );

  const send = async (v: z.output<typeof requestSchema>, raw: Record<string, unknown>) => {
    if (sendingNow.current) return;
    if (!chosen || chosen.id !== v.pupil) {
      setSendError('Your request has not been sent: the pupil’s log has not loaded yet. Wait a moment, then send it again.');
      return;
    }
    sendingNow.current = true;
    setSending(true);
    setSendError(null);
    const answers = answersFrom(raw);
    const draft = store.getSnapshot().draft;
    const payload = payloadToSend(draft, answers, () => ({
      facts: {
        ...factsFromChronology(chosen, user.agency.name, todayIso(), v.request),
        consent: { status: v.parentsKnow, detail: null },
      },
      events: [{ type: 'REQUEST_FOR_SUPPORT' }],
      identities: { subject: pupilIdentity(chosen), household: {} },
      referrerAgencyId: null,
    }));
    // Kept before sending, so a retry (even after a crash) sends exactly this again with the same key.
    store.update((d) => ({ ...d, answers, attempt: { answers, payload } }));
    void store.saveNow();
    try {
      const made = await api.createCase(payload, draft.idempotencyKey);
      store.update((d) => ({ ...d, caseId: made.id }));
      await store.saveNow();
      const finished = store.getSnapshot().draft;
      store.clearLocal();
      await api.discardDraft(finished.draftId, finished.version).catch(() => undefined);
      // The request went to the front door; noting it on the pupil's chronology is best effort.
      await schoolApi.noteRequestForSupport(chosen.id, made.id).catch(() => undefined);
      navigate(`/school?requested=${made.id}`);
    } catch (error) {
      sendingNow.current = false;
      setSending(false);
      setSendError(sendProblem(error));
    }
  };

  const { form, problems, submit } = useStepForm({
    schema: requestSchema,
    defaults: { ...opened.answers, parentsKnow: opened.answers.parentsKnow as 'given' },
    onLive,
    onValid: (v, raw) => void send(v, raw),
  });
  const { register, formState, watch } = form;
  const watched = watch('pupil');
  useEffect(() => setPupilId(watched), [watched]);
  const problemsShown: FieldProblem[] = [
    ...problems,
    ...(sendError ? [{ fieldId: 'send', message: sendError }] : []),
    ...(loadError ? [{ fieldId: 'f-pupil', message: `The pupil’s log could not be loaded: ${loadError}` }] : []),
  ];
  usePageTitle('Ask for support', problemsShown.length > 0);
  return (
    <>
      <BackLink href="/school" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problemsShown} />
          {restored ? (
            <NotificationBanner heading="We restored answers that had not reached Sightline.">
              <p className="govuk-body">They were saved on this computer. Check them, then carry on.</p>
            </NotificationBanner>
          ) : null}
          <PageHeading caption={user.agency.name}>Ask the front door for support</PageHeading>
          <SavedStatus store={store} />
          {offline ? (
            <InsetText>
              Sightline cannot be reached just now. You can carry on: your answers are kept on this computer and saved to
              Sightline when you are back online.
            </InsetText>
          ) : null}
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
              choices={parentsKnowChoices}
            />
            <Button id="send" disabled={sending} aria-disabled={sending}>
              {sending ? 'Sending…' : 'Send request'}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** The request for support page: an unsent request to come back to, or the form. */
export function RequestSupportPage() {
  const user = useUser();
  const { state, startAgain } = useSupportRequestDraft(user.id);
  const [carryOn, setCarryOn] = useState(false);
  // Decided once as the request opens: typing into a new request never turns it into one to come back to.
  const unsent = useMemo(() => state.kind === 'ready' && hasAnswers(state.store.getSnapshot().draft.answers), [state]);
  if (state.kind === 'error') {
    return (
      <Page title="Your request cannot be opened" before={<BackLink href="/school" />}>
        <p className="govuk-body">{state.message}</p>
      </Page>
    );
  }
  if (state.kind === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Opening your request…
      </p>
    );
  }
  const { draft } = state.store.getSnapshot();
  if (unsent && !carryOn) {
    return (
      <UnsentRequest
        draft={draft}
        restored={state.restored}
        onContinue={() => setCarryOn(true)}
        onStartAgain={async () => {
          await startAgain();
          setCarryOn(true);
        }}
      />
    );
  }
  return <RequestForm key={draft.draftId} store={state.store} restored={state.restored} offline={state.offline} />;
}
