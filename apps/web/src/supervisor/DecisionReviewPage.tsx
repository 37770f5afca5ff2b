/**
 * A supervisor's review of one decision: agree or disagree, always with a reason. The review is
 * appended to the record; the decision itself is never edited.
 */
import { composeRationale } from '@sightline/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { ApiError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import type { Decision } from '../api/types.js';
import { Link } from '../app/router.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, Details, NotificationBanner } from '../components/display.js';
import { Radios, Textarea } from '../components/fields.js';
import { SummaryList } from '../components/SummaryList.js';
import { useStepForm } from '../forms/useStepForm.js';
import { formatDateTime } from '../format/dates.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { RationaleView } from '../record/RationaleView.js';
import { decisionStatus } from '../record/DecisionRecordPage.js';

const reviewSchema = z.object({
  outcome: z.enum(['agreed', 'disagreed'], { error: 'Select whether you agree with the decision' }),
  comment: z.string().trim().min(1, { error: 'Give the reason for your view' }).max(4000),
});

function ReviewForm({ decision, onDone }: { decision: Decision; onDone: (d: Decision) => void }) {
  const key = useRef(crypto.randomUUID());
  const [sendError, setSendError] = useState<string | null>(null);
  const { form, problems, submit } = useStepForm({
    schema: reviewSchema,
    defaults: { outcome: '' as 'agreed', comment: '' },
    onValid: (v) => {
      setSendError(null);
      api
        .signOff(decision.id, key.current, v)
        .then(onDone)
        .catch((e: unknown) =>
          setSendError(
            e instanceof ApiError && e.status === 409
              ? 'This decision has already been signed off.'
              : e instanceof Error
                ? e.message
                : String(e),
          ),
        );
    },
  });
  const { register, formState, watch } = form;
  const allProblems = sendError ? [...problems, { fieldId: 'f-outcome', message: sendError }] : problems;
  usePageTitle('Review a decision', allProblems.length > 0);
  return (
    <>
      <ErrorSummary problems={allProblems} />
      <form noValidate onSubmit={submit}>
        <Radios
          legend="Do you agree with this decision?"
          name="outcome"
          registration={register('outcome')}
          error={formState.errors.outcome?.message}
          selected={[watch('outcome')]}
          choices={[
            { value: 'agreed', label: 'Yes, I agree' },
            { value: 'disagreed', label: 'No, I disagree' },
          ]}
        />
        <Textarea
          label="Your reason"
          hint="This is added to the record with your name. It does not change the decision: if the child needs a different response, start it now."
          registration={register('comment')}
          error={formState.errors.comment?.message}
          rows={5}
        />
        <Button>Add my review to the record</Button>
      </form>
    </>
  );
}

/** The decision review page. */
export function DecisionReviewPage({ decisionId }: { decisionId: string }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .decision(decisionId)
      .then(setDecision)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [decisionId]);
  const rationale = useMemo(() => (decision ? composeRationale(decision.record) : null), [decision]);
  if (error) return <p className="govuk-body">The decision could not be loaded: {error}</p>;
  if (!decision || !rationale) {
    return (
      <p className="govuk-body" role="status">
        Loading the decision…
      </p>
    );
  }
  return (
    <>
      <BackLink href="/audit" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {added ? (
            <NotificationBanner success heading="Your review was added to the record.">
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" href={`/decisions/${decision.id}`}>
                  See the decision record
                </Link>
              </p>
            </NotificationBanner>
          ) : null}
          <PageHeading caption={`Decision ${decision.sequence}`}>
            Review a decision: {decision.record.facts.child.label}
          </PageHeading>
          <SummaryList
            rows={[
              { key: 'Decision', value: decision.levelName },
              { key: 'Sightline recommended', value: decision.recommendation.levelName },
              { key: 'Below the recommendation', value: decision.belowRecommendation ? 'Yes' : 'No' },
              { key: 'Decided by', value: `${decision.decidedBy.displayName}, ${formatDateTime(decision.createdAt)}` },
              { key: 'Status', value: decisionStatus(decision.status).words },
              ...decision.signOffs.map((s) => ({
                key: `${s.outcome === 'agreed' ? 'Agreed' : 'Disagreed'}: ${s.by.displayName}`,
                value: `${s.comment} (${formatDateTime(s.at)})`,
              })),
            ]}
          />
          <Details summary="Read the whole record">
            <RationaleView rationale={rationale} />
          </Details>
          {added ? null : (
            <ReviewForm
              decision={decision}
              onDone={(d) => {
                setDecision(d);
                setAdded(true);
              }}
            />
          )}
        </div>
      </div>
    </>
  );
}
