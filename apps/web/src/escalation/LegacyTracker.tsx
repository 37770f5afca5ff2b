/**
 * The tracker for an escalation raised without the pathway (by an API client): its stages and
 * notes as stored, and a free choice of the next step. Escalations raised in the app follow the
 * core's escalation machine instead (EscalationTrackerPage).
 */
import type { Framework } from '@sightline/core';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '../api/endpoints.js';
import type { Escalation } from '../api/types.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, NotificationBanner, Tag, WarningText } from '../components/display.js';
import { Radios, Textarea } from '../components/fields.js';
import { SummaryList } from '../components/SummaryList.js';
import { formatDateTime, formatDay } from '../format/dates.js';
import { useStepForm } from '../forms/useStepForm.js';
import { requiredText } from '../forms/values.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { ImmediateRiskGuidance } from './parts.js';

const eventWords: Record<string, string> = {
  response: 'Response recorded',
  'stage-opened': 'Stage opened',
  resolved: 'Resolved',
  'urgent-referral': 'Urgent referral or police call made',
  raised: 'Disagreement raised',
};

type Action = 'response' | 'stage-opened' | 'resolved' | 'urgent-referral';

const actionSchema = z.object({
  action: z.enum(['response', 'stage-opened', 'resolved', 'urgent-referral'], { error: 'Select what you want to record' }),
  note: requiredText('Write what happened'),
});

function stageOf(framework: Framework, stage: number) {
  return framework.escalationStages[stage - 1];
}

function RecordStep({
  escalation,
  framework,
  onRecorded,
}: {
  escalation: Escalation;
  framework: Framework;
  onRecorded: (e: Escalation) => void;
}) {
  const [sendError, setSendError] = useState<string | null>(null);
  const next = escalation.stage < 4 ? stageOf(framework, escalation.stage + 1) : undefined;
  const { form, problems, submit } = useStepForm({
    schema: actionSchema,
    defaults: { action: (escalation.overdue && next ? 'stage-opened' : '') as Action, note: '' },
    onValid: (v) => {
      setSendError(null);
      api
        .escalationEvent(escalation.id, {
          kind: v.action,
          between: v.action === 'stage-opened' && next ? next.counterpart : null,
          note: v.note,
        })
        .then((e) => {
          form.reset({ action: '' as Action, note: '' });
          onRecorded(e);
        })
        .catch((e: unknown) => setSendError(e instanceof Error ? e.message : String(e)));
    },
  });
  const { register, formState, watch } = form;
  const action = watch('action');
  const allProblems = sendError
    ? [...problems, { fieldId: 'f-action', message: `It could not be recorded: ${sendError}` }]
    : problems;
  usePageTitle('Escalation', allProblems.length > 0);
  return (
    <>
      <ErrorSummary problems={allProblems} />
      <h2 className="govuk-heading-m">Record the next step</h2>
      <form noValidate onSubmit={submit}>
        <Radios
          legend="What happened?"
          name="action"
          registration={register('action')}
          error={formState.errors.action?.message}
          selected={[action]}
          choices={[
            ...(next
              ? [
                  {
                    value: 'stage-opened',
                    label: `Move to ${next.name}`,
                    hint: `${escalation.overdue ? 'The deadline has passed. ' : ''}Held by ${next.counterpart}; ${next.workingDays} working days to respond.`,
                  },
                ]
              : []),
            { value: 'response', label: 'A response was received, or a conversation took place' },
            { value: 'resolved', label: 'The disagreement is resolved' },
            { value: 'urgent-referral', label: 'The child is at immediate risk now', conditional: <ImmediateRiskGuidance /> },
          ]}
        />
        <Textarea
          label="What happened"
          hint="Who you contacted and when, what they said, what was agreed."
          registration={register('note')}
          error={formState.errors.note?.message}
          rows={4}
        />
        <Button>Record this step</Button>
      </form>
    </>
  );
}

/** The tracker of an escalation raised without the pathway. */
export function LegacyTracker({
  escalation,
  framework,
  onRecorded,
}: {
  escalation: Escalation;
  framework: Framework;
  onRecorded: (e: Escalation) => void;
}) {
  const [recorded, setRecorded] = useState(false);
  const stage = stageOf(framework, escalation.stage);
  const urgent = escalation.urgent || escalation.events.some((e) => e.kind === 'urgent-referral');
  return (
    <>
      <BackLink href="/escalations" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {recorded ? <NotificationBanner success heading="The step was recorded." /> : null}
          <PageHeading caption="Resolving a professional disagreement">{stage?.name ?? `Stage ${escalation.stage}`}</PageHeading>
          {escalation.overdue && !escalation.resolved ? (
            <WarningText>The deadline for this stage has passed without a resolution. Move to the next stage.</WarningText>
          ) : null}
          {urgent ? (
            <NotificationBanner heading="The child was reported to be at immediate risk: an urgent referral or police call was made. The escalation continues alongside." />
          ) : null}
          <SummaryList
            rows={[
              {
                key: 'Status',
                value: escalation.resolved ? (
                  <Tag colour="green">Resolved</Tag>
                ) : escalation.overdue ? (
                  <Tag colour="red">Deadline passed</Tag>
                ) : (
                  <Tag colour="blue">Open</Tag>
                ),
              },
              { key: 'Current stage', value: `${escalation.stage} of 4: ${stage?.name ?? ''}` },
              { key: 'Who holds it', value: stage?.counterpart ?? 'Not known' },
              { key: 'Response due', value: `${formatDay(escalation.dueOn)} (${stage?.workingDays ?? '?'} working days)` },
              { key: 'Decision challenged', value: escalation.disagreement.decisionChallenged },
              { key: 'Why', value: escalation.disagreement.challengerView },
            ]}
          />
          <h2 className="govuk-heading-m">Every step</h2>
          <ol className="govuk-list govuk-list--number" data-testid="escalation-events">
            {escalation.events.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and never reordered
              <li key={i}>
                <strong>
                  {eventWords[e.kind] ?? e.kind}, stage {e.stage}
                </strong>
                : {formatDateTime(e.at)}
                {e.by ? `, ${e.by.displayName}` : ''}
                {e.between ? `. Between ${e.between}` : ''}
                {e.dueOn ? `. Due ${formatDay(e.dueOn)}` : ''}
                {e.note ? <p className="govuk-body govuk-!-margin-bottom-2">{e.note}</p> : null}
              </li>
            ))}
          </ol>
          {escalation.resolved ? null : (
            <RecordStep
              escalation={escalation}
              framework={framework}
              onRecorded={(e) => {
                onRecorded(e);
                setRecorded(true);
              }}
            />
          )}
        </div>
      </div>
    </>
  );
}
