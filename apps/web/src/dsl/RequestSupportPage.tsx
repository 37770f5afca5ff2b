/** A request for support, pre-filled from a pupil's logged concerns and figures. */
import { useMemo, useState } from 'react';
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
import { factsFromLog, pupilIdentity } from './pupilLog.js';
import { usePupilLogs } from './usePupilLogs.js';

const requestSchema = z.object({
  pupil: z.string().min(1, { error: 'Select the pupil' }),
  request: requiredText('Say what support you are asking for'),
  parentsKnow: z.enum(['given', 'refused', 'not-sought', 'unknown'], { error: 'Say whether the parents agreed to this request' }),
});

/** The request for support page. */
export function RequestSupportPage() {
  const user = useUser();
  const { logs } = usePupilLogs();
  const [sendError, setSendError] = useState<string | null>(null);
  const { form, problems, submit } = useStepForm({
    schema: requestSchema,
    defaults: { pupil: '', request: '', parentsKnow: '' as 'given' },
    onValid: (v) => {
      const log = logs?.find((l) => l.id === v.pupil);
      if (!log) return;
      const facts = {
        ...factsFromLog(log.body, user.agency.name, todayIso(), v.request),
        consent: { status: v.parentsKnow, detail: null },
      };
      setSendError(null);
      api
        .createCase({
          facts,
          events: [{ type: 'REQUEST_FOR_SUPPORT' }],
          identities: { subject: pupilIdentity(log.body), household: {} },
          referrerAgencyId: null,
        })
        .then(async (c) => {
          await api.saveDraft(log.id, log.version, {
            ...log.body,
            referrals: [...log.body.referrals, c.id],
            updatedAt: new Date().toISOString(),
          });
          navigate(`/school?requested=${c.id}`);
        })
        .catch((e: unknown) => setSendError(e instanceof Error ? e.message : String(e)));
    },
  });
  const { register, formState, watch } = form;
  const pupilId = watch('pupil');
  const chosen = useMemo(() => logs?.find((l) => l.id === pupilId), [logs, pupilId]);
  const allProblems = sendError
    ? [...problems, { fieldId: 'f-pupil', message: `The request could not be sent: ${sendError}` }]
    : problems;
  usePageTitle('Ask for support', allProblems.length > 0);
  return (
    <>
      <BackLink href="/school" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={allProblems} />
          <PageHeading caption={user.agency.name}>Ask the front door for support</PageHeading>
          <WarningText>If a child is in immediate danger, call the police on 999 now. Do not wait for this form.</WarningText>
          <form noValidate onSubmit={submit}>
            <Radios
              legend="Which pupil?"
              name="pupil"
              registration={register('pupil')}
              error={formState.errors.pupil?.message}
              choices={(logs ?? []).map((l) => ({
                value: l.id,
                label: `${l.body.pupil.givenName} ${l.body.pupil.familyName}`,
                hint: `${l.body.entries.length} concerns logged`,
              }))}
            />
            {logs && logs.length === 0 ? (
              <InsetText>Log a concern first: the request is filled in from the pupil’s log.</InsetText>
            ) : null}
            {chosen ? (
              <SummaryCard
                title="What the front door will see from your log"
                rows={[
                  ...chosen.body.entries.map((e) => ({
                    key: `${e.date}: ${domainLabels[e.domain]}`,
                    value: (
                      <>
                        {e.description}
                        {e.codes.length > 0 ? <span className="govuk-body-s"> ({e.codes.map(labelFor).join('; ')})</span> : null}
                      </>
                    ),
                  })),
                  {
                    key: 'Attendance',
                    value:
                      chosen.body.measures.attendancePct === null ? 'Not recorded' : `${chosen.body.measures.attendancePct}%`,
                  },
                  {
                    key: 'Late',
                    value: chosen.body.measures.latenessPct === null ? 'Not recorded' : `${chosen.body.measures.latenessPct}%`,
                  },
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
