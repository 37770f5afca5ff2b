/**
 * Check your answers, then send the decision. The server re-runs the assessment itself; the same
 * idempotency key goes with every retry, so a decision is never made twice.
 */
import { contactScale } from '@sightline/core';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { ApiError, NetworkError } from '../../api/client.js';
import { api } from '../../api/endpoints.js';
import { navigate } from '../../app/router.js';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary.js';
import { BackLink, Button, WarningText } from '../../components/display.js';
import { SummaryCard } from '../../components/SummaryList.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import { useAssessment } from '../../analysis/useAssessment.js';
import { useContact } from '../context.js';
import { withRecordHistory } from '../draft.js';
import { contactSteps } from '../steps/index.js';
import { sendAll, stateOf } from '../pathway.js';
import { saveCase, useContactFlow } from '../useContactFlow.js';
import { isBelow } from './DecisionPage.js';

const order = ['child', 'history', 'concerns', 'measures', 'voice', 'household', 'engagement', 'consent'] as const;

/** The check your answers page. */
export function CheckAnswersPage() {
  const { store, framework, today, href, actor } = useContact();
  const flow = useContactFlow();
  const { draft } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const facts = useMemo(() => withRecordHistory(draft.facts, draft.record), [draft.facts, draft.record]);
  const assessment = useAssessment(facts, framework, today);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [sending, setSending] = useState(false);
  usePageTitle('Check your answers before deciding', problems.length > 0);
  const decision = draft.decision;
  const level = decision ? framework.levels.find((l) => contactScale[l.outcome] === decision.value) : undefined;
  const below = decision ? isBelow(framework, decision.value, assessment.recommendation) : false;

  const send = async () => {
    if (!decision) {
      setProblems([{ fieldId: 'decision-card', message: 'Make your decision first' }]);
      return;
    }
    setSending(true);
    setProblems([]);
    if (stateOf(actor) === 'checkAnswers' && !sendAll(actor, store, [{ type: 'CONFIRM' }])) {
      setSending(false);
      setProblems([
        {
          fieldId: 'decision-card',
          message: 'Sightline cannot confirm this decision yet: check the history checks and your decision',
        },
      ]);
      return;
    }
    try {
      const { caseId, version } = await saveCase(store, framework);
      const made = await api.decide(caseId, draft.idempotencyKey, {
        caseVersion: version,
        value: decision.value,
        analysis: decision.analysis,
        overrideReason: below ? decision.overrideReason : decision.overrideReason || null,
      });
      store.update((d) => ({ ...d, decisionId: made.id, events: [...d.events, { type: 'SUBMITTED', decisionId: made.id }] }));
      await store.saveNow();
      store.clearLocal();
      navigate(`/decisions/${made.id}`);
    } catch (error) {
      setSending(false);
      if (error instanceof NetworkError) {
        setProblems([
          {
            fieldId: 'send',
            message:
              'Sightline cannot be reached, so the decision has not been sent. Your answers are saved: try again when you are connected',
          },
        ]);
      } else if (error instanceof ApiError && error.body.reason === 'history-checks-missing') {
        setProblems([{ fieldId: 'history-card', message: 'Record the history checks before deciding' }]);
      } else if (error instanceof ApiError && error.issues.length > 0) {
        setProblems(
          error.issues.map((i) => ({
            fieldId: i.path.includes('overrideReason') || i.path.includes('analysis') ? 'decision-card' : 'send',
            message: i.message,
          })),
        );
      } else {
        setProblems([{ fieldId: 'send', message: error instanceof Error ? error.message : 'The decision could not be sent' }]);
      }
    }
  };

  return (
    <>
      <BackLink href={flow.backHref('check')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={`Contact about ${facts.child.label}`}>Check your answers before deciding</PageHeading>
          {order.map((id) => (
            <div key={id} id={`${id}-card`}>
              <SummaryCard title={contactSteps[id].title} rows={contactSteps[id].summary(draft.facts, href(id))} />
            </div>
          ))}
          <div id="decision-card">
            <SummaryCard
              title="Your decision"
              rows={[
                { key: 'Sightline recommends', value: assessment.recommendation.levelName },
                {
                  key: 'Your decision',
                  value: level?.name ?? 'Not made yet',
                  change: { href: href('decision'), label: 'your decision' },
                },
                ...(below
                  ? [
                      {
                        key: 'Why below the recommendation',
                        value: decision?.overrideReason ?? '',
                        change: { href: href('decision'), label: 'the reason' },
                      },
                    ]
                  : []),
                {
                  key: 'Your analysis',
                  value: decision?.analysis ?? '',
                  change: { href: href('decision'), label: 'your analysis' },
                },
              ]}
            />
          </div>
          <h2 className="govuk-heading-m">Now send your decision</h2>
          <p className="govuk-body">
            Sending records the decision with the facts, Sightline’s recommendation and its reasons. The record cannot be changed
            afterwards: corrections are added as new records.
          </p>
          {below ? <WarningText>Your decision is below the recommendation, so a manager must sign it off.</WarningText> : null}
          <Button type="button" id="send" onClick={() => void send()} disabled={sending} aria-disabled={sending}>
            {sending ? 'Sending…' : 'Send decision'}
          </Button>
        </div>
      </div>
    </>
  );
}
