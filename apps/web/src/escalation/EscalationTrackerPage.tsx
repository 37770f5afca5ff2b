/**
 * The escalation tracker, driven by the core's escalation machine. `/escalations/:id` shows where
 * the disagreement stands (the server's stage, who holds it, its deadline in working days, every
 * step recorded) and the step the machine offers next; `/escalations/:id/:step` is that step's
 * page. Each step goes to the server as the machine's event; the server replays every event and
 * answers with the state, and the browser's machine is rebuilt from that answer.
 */
import { type EscalationLogEntry, type EscalationStepEvent, type Framework, stepRefusal } from '@sightline/core';
import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../api/client.js';
import type { User } from '../api/types.js';
import { todayIso } from '../analysis/useAssessment.js';
import { Link, navigate, Redirect } from '../app/router.js';
import { BackLink, ButtonLink, NotificationBanner, WarningText } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { useFramework } from '../framework/framework.js';
import { formatDateTime } from '../format/dates.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { forgetAnswers } from './answers.js';
import { type EscalationPathway, escalationApi, type TrackedEscalation } from './api.js';
import { LegacyTracker } from './LegacyTracker.js';
import {
  accepts,
  actorFromPathway,
  type EscalationActor,
  type EscalationStep,
  isEscalationStep,
  nextStep,
  openSteps,
} from './model.js';
import { StageSummary, UrgentPath } from './parts.js';
import { ContactStep, ResponseStep } from './steps/ConversationSteps.js';
import { ImmediateRiskStep, UrgentReferralStep } from './steps/RiskSteps.js';
import { NextStageStep, ResolveStep } from './steps/StageSteps.js';
import type { StepProps } from './steps/StepFrame.js';

/** What each step is called where it is offered. */
export function stepLabel(step: EscalationStep, pathway: EscalationPathway): string {
  switch (step) {
    case 'contact':
      return 'Record a conversation';
    case 'response':
      return 'Record the outcome';
    case 'next-stage':
      return `Move to stage ${(pathway.stage?.number ?? 0) + 1}`;
    case 'resolve':
      return 'Record how it was resolved';
    case 'immediate-risk':
      return 'The child is at immediate risk now';
    case 'urgent-referral':
      return 'Record the urgent referral';
  }
}

const logWords: Record<EscalationLogEntry['kind'], string> = {
  'stage-started': 'Stage started',
  contacted: 'Conversation',
  response: 'Outcome',
  'deadline-passed': 'Deadline passed',
  escalated: 'Moved on',
  'immediate-risk': 'Immediate risk',
  'urgent-referral': 'Urgent referral made',
  resolved: 'Resolved',
};

/** Every step the machine recorded, oldest first. */
function StepLog({ log }: { log: EscalationLogEntry[] }) {
  return (
    <ol className="govuk-list govuk-list--number" data-testid="escalation-events">
      {log.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the log is append-only and never reordered
        <li key={i}>
          <strong>
            {entry.stage === null && entry.kind === 'stage-started' ? 'Disagreement recorded' : logWords[entry.kind]}
            {entry.stage === null ? '' : `, stage ${entry.stage}`}
          </strong>
          : {formatDateTime(entry.at)}
          <p className="govuk-body govuk-!-margin-bottom-2">{entry.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** Where the disagreement stands and what the machine offers next. */
function Overview({
  escalation,
  pathway,
  actor,
  user,
  today,
}: {
  escalation: TrackedEscalation;
  pathway: EscalationPathway;
  actor: EscalationActor;
  user: User;
  today: string;
}) {
  const snapshot = useSelector(actor, (s) => s);
  const base = `/escalations/${escalation.id}`;
  const now = useMemo(() => new Date(), []);
  const mayAct = user.role !== 'auditor' && snapshot.status === 'active';
  const next = mayAct ? nextStep(snapshot, now) : null;
  const others = mayAct
    ? openSteps(snapshot, now).filter((s) => s !== next && s !== 'immediate-risk' && s !== 'urgent-referral')
    : [];
  const stage = pathway.stage;
  const title = pathway.status === 'done' ? `Resolved at ${stage?.name ?? 'the last stage'}` : (stage?.name ?? 'Disagreement');
  usePageTitle(title);
  return (
    <>
      <BackLink href="/escalations" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {pathway.status === 'done' ? <NotificationBanner success heading="The disagreement is resolved." /> : null}
          {mayAct ? <UrgentPath pathway={pathway} base={base} /> : null}
          <PageHeading caption="Resolving a professional disagreement">{title}</PageHeading>
          {pathway.nextStageOffered && mayAct ? (
            <WarningText>
              The deadline for this stage has passed without a resolution. You can move to stage {(stage?.number ?? 0) + 1}.
            </WarningText>
          ) : null}
          <StageSummary pathway={pathway} today={today} />
          <SummaryList
            rows={[
              { key: 'Decision challenged', value: escalation.disagreement.decisionChallenged },
              { key: 'Why', value: escalation.disagreement.challengerView },
            ]}
          />
          {next ? (
            <>
              <h2 className="govuk-heading-m">What to do next</h2>
              <ButtonLink href={`${base}/${next}`}>{stepLabel(next, pathway)}</ButtonLink>
              {others.length > 0 ? (
                <ul className="govuk-list">
                  {others.map((s) => (
                    <li key={s}>
                      <Link className="govuk-link" href={`${base}/${s}`}>
                        {stepLabel(s, pathway)}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
          <h2 className="govuk-heading-m">Every step</h2>
          <StepLog log={pathway.log} />
        </div>
      </div>
    </>
  );
}

/** One step's page; the machine must offer the step, or the tracker shows instead. */
function StepPage({
  step,
  escalation,
  pathway,
  actor,
  framework,
  user,
  today,
  onAnswer,
}: {
  step: EscalationStep;
  escalation: TrackedEscalation;
  pathway: EscalationPathway;
  actor: EscalationActor;
  framework: Framework;
  user: User;
  today: string;
  onAnswer: (e: TrackedEscalation) => void;
}) {
  const snapshot = useSelector(actor, (s) => s);
  const base = `/escalations/${escalation.id}`;
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const open = useMemo(() => openSteps(snapshot, new Date()), [snapshot]);
  const keepKey = `${escalation.id}:${step}:${pathway.stage?.number ?? 0}`;
  if (user.role === 'auditor' || !open.includes(step)) return <Redirect to={base} />;
  const onDone = (event: EscalationStepEvent) => {
    if (!accepts(actor.getSnapshot(), event)) {
      setSendError(stepRefusal(event.type));
      return;
    }
    setSending(true);
    setSendError(null);
    escalationApi
      .step(escalation.id, event)
      .then((answer) => {
        forgetAnswers(keepKey);
        const after = answer.pathway ? actorFromPathway(framework, answer.pathway) : null;
        const then = after ? nextStep(after.getSnapshot(), new Date()) : null;
        after?.stop();
        setSending(false);
        // The server's answer and the next page show together: the machine on the old answer would not open the next page.
        flushSync(() => {
          onAnswer(answer);
          navigate(then ? `${base}/${then}` : base);
        });
      })
      .catch((e: unknown) => {
        setSending(false);
        const why = e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e);
        setSendError(`The step was not recorded: ${why}`);
      });
  };
  const props: StepProps = { pathway, framework, base, today, user, keepKey, onDone, sendError, sending };
  switch (step) {
    case 'contact':
      return <ContactStep key={keepKey} {...props} />;
    case 'response':
      return <ResponseStep key={keepKey} {...props} />;
    case 'next-stage':
      return <NextStageStep key={keepKey} {...props} />;
    case 'resolve':
      return <ResolveStep key={keepKey} {...props} />;
    case 'immediate-risk':
      return <ImmediateRiskStep key={keepKey} {...props} />;
    case 'urgent-referral':
      return <UrgentReferralStep key={keepKey} {...props} />;
  }
}

/** The tracker page for `/escalations/:id` and `/escalations/:id/:step`. */
export function EscalationTrackerPage({ escalationId, step = null }: { escalationId: string; step?: string | null }) {
  const { framework } = useFramework();
  const user = useUser();
  const [escalation, setEscalation] = useState<TrackedEscalation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = useMemo(() => todayIso(), []);
  useEffect(() => {
    escalationApi
      .escalation(escalationId)
      .then(setEscalation)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [escalationId]);
  const pathway = escalation?.pathway ?? null;
  // The machine is rebuilt from each answer of the server, so it stands where the server does.
  const actor = useMemo(() => (framework && pathway ? actorFromPathway(framework, pathway) : null), [framework, pathway]);
  useEffect(
    () => () => {
      actor?.stop();
    },
    [actor],
  );
  if (error) return <p className="govuk-body">The escalation could not be loaded: {error}</p>;
  if (!escalation || !framework) {
    return (
      <p className="govuk-body" role="status">
        Loading the escalation…
      </p>
    );
  }
  if (!pathway || !actor) {
    if (step) return <Redirect to={`/escalations/${escalation.id}`} />;
    return <LegacyTracker escalation={escalation} framework={framework} onRecorded={setEscalation} />;
  }
  if (step !== null) {
    if (!isEscalationStep(step)) return <Redirect to={`/escalations/${escalation.id}`} />;
    return (
      <StepPage
        key={step}
        step={step}
        escalation={escalation}
        pathway={pathway}
        actor={actor}
        framework={framework}
        user={user}
        today={today}
        onAnswer={setEscalation}
      />
    );
  }
  return <Overview escalation={escalation} pathway={pathway} actor={actor} user={user} today={today} />;
}
