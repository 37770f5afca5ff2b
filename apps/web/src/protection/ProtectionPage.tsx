/**
 * The protection pathway for one child, page by page: the core's protection machine decides what
 * comes next (a safety plan when safety is scaled at 2 or lower; a plan when the decision needs
 * one). At the end the decision goes to the server, which replays the same steps.
 */
import type { Framework, ProtectionEvent } from '@sightline/core';
import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Case, Draft, User } from '../api/types.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate, Redirect } from '../app/router.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { Table } from '../components/Table.js';
import { SafetyPlanForm } from '../contact/pages/SafetyPlanPage.js';
import { useFramework } from '../framework/framework.js';
import { formatDay } from '../format/dates.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { ProtectionDecisionStep } from './DecisionStep.js';
import {
  isProtection,
  PROTECTION_FORMAT,
  type ProtectionActor,
  type ProtectionBody,
  type ProtectionState,
  protectionOrder,
  protectionPages,
  protectionPathToDecision,
  protectionState,
  sendProtection,
  startProtection,
} from './model.js';
import { ConferenceStep, PlanStep, S47Step, StrategyStep } from './steps.js';

interface Loaded {
  c: Case;
  draft: Draft<ProtectionBody>;
  framework: Framework;
  actor: ProtectionActor;
}

const pageState = Object.fromEntries(Object.entries(protectionPages).map(([state, page]) => [page, state])) as Record<
  string,
  ProtectionState
>;

/** The last page: what will be recorded, the plan's deadlines, and the button that sends it. */
function SendStep({ loaded, backHref }: { loaded: Loaded; backHref: string }) {
  const key = useRef(crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { c, draft, framework, actor } = loaded;
  const context = actor.getSnapshot().context;
  const decision = context.decision;
  usePageTitle('Check and record the decision', error !== null);
  if (!decision) return <Redirect to={`/protection/${c.id}/decision`} />;
  const send = async () => {
    setSending(true);
    setError(null);
    try {
      const path = protectionPathToDecision(c.facts, framework, c.id, draft.body.events);
      if (path.reached !== 'decision') throw new Error('These answers do not reach the decision step');
      const saved = await api.saveCase(c.id, {
        expectedVersion: c.version,
        facts: c.facts,
        events: path.events,
        identities: c.identities ?? { subject: null, household: {} },
        note: null,
      });
      const made = await api.decide(c.id, key.current, {
        caseVersion: saved.version,
        value: decision.value,
        analysis: decision.analysis,
        overrideReason: decision.overrideReason,
      });
      const subject = c.links.find((l) => l.role === 'subject');
      if (subject && context.plan) {
        await api.addPlan(subject.person.id, {
          kind: context.plan.kind === 'cp-plan' ? 'child-protection' : 'child-in-need',
          category: context.plan.category,
          startedOn: context.plan.startsOn,
          endedOn: null,
          detail: context.plan.summary,
          agencyName: null,
        });
      }
      await api.saveDraft<ProtectionBody>(draft.id, draft.version, {
        ...draft.body,
        decisionId: made.id,
        updatedAt: new Date().toISOString(),
      });
      navigate(`/decisions/${made.id}`);
    } catch (e) {
      setSending(false);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={error ? [{ fieldId: 'send', message: `The decision could not be recorded: ${error}` }] : []} />
          <PageHeading caption={`Child protection: ${c.facts.child.label}`}>Check and record the decision</PageHeading>
          <SummaryList
            rows={[
              { key: 'Decision', value: decision.levelName },
              { key: 'Sightline recommends', value: context.assessment.recommendation.levelName },
              ...(decision.belowRecommendation
                ? [{ key: 'Why below the recommendation', value: decision.overrideReason ?? '' }]
                : []),
              { key: 'Your analysis', value: decision.analysis },
              ...(context.plan ? [{ key: 'Lead professional', value: context.plan.leadProfessional }] : []),
              ...(context.safetyPlan ? [{ key: 'Immediate safety plan', value: context.safetyPlan.plan }] : []),
            ]}
          />
          {context.plan ? (
            <Table
              caption="The plan’s deadlines"
              rows={context.plan.deadlines}
              rowKey={(d) => d.id}
              columns={[
                { heading: 'What', cell: (d) => d.title },
                { heading: 'Due by', cell: (d) => (d.dueOn ? formatDay(d.dueOn) : 'Beyond the bank holiday table') },
                { heading: 'Counted', cell: (d) => `${d.amount} ${d.unit.replace('-', ' ')} from ${formatDay(d.startsOn)}` },
              ]}
            />
          ) : null}
          {context.icpcDue?.dueOn ? (
            <p className="govuk-body">The initial child protection conference was due by {formatDay(context.icpcDue.dueOn)}.</p>
          ) : null}
          <Button type="button" id="send" onClick={() => void send()} disabled={sending}>
            {sending ? 'Recording…' : 'Record the decision'}
          </Button>
        </div>
      </div>
    </>
  );
}

/** Loads the case, its protection draft and the framework, and rebuilds the machine. */
function useProtection(caseId: string): {
  loaded: Loaded | null;
  error: string | null;
  setDraft: (d: Draft<ProtectionBody>) => void;
} {
  const { framework } = useFramework();
  const [c, setCase] = useState<Case | null>(null);
  const [draft, setDraft] = useState<Draft<ProtectionBody> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    Promise.all([api.case(caseId), api.drafts()])
      .then(async ([found, { drafts }]) => {
        setCase(found);
        const existing = drafts.find(
          (d): d is Draft<ProtectionBody> => d.kind === 'protection' && d.caseId === caseId && isProtection(d.body),
        );
        const body: ProtectionBody = {
          format: PROTECTION_FORMAT,
          caseId,
          events: [],
          decisionId: null,
          updatedAt: new Date().toISOString(),
        };
        setDraft(existing ?? (await api.createDraft<ProtectionBody>('protection', caseId, body)));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [caseId]);
  // The machine is rebuilt once per case; later events are sent to it as the pages answer.
  const [actor, setActor] = useState<ProtectionActor | null>(null);
  useEffect(() => {
    if (!actor && c && framework && draft) setActor(startProtection(c.facts, framework, c.id, draft.body.events));
  }, [actor, c, framework, draft]);
  const loaded = c && draft && framework && actor ? { c, draft, framework, actor } : null;
  return { loaded, error, setDraft };
}

/** The protection pathway page for `/protection/:caseId/:step`. */
export function ProtectionPage({ caseId, step }: { caseId: string; step: string | null }) {
  const user = useUser();
  const { loaded, error, setDraft } = useProtection(caseId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const today = useMemo(() => todayIso(), []);
  if (error) return <p className="govuk-body">This case could not be opened: {error}</p>;
  if (!loaded) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  return (
    <ProtectionSteps
      loaded={loaded}
      step={step}
      user={user}
      today={today}
      refusal={refusal}
      setRefusal={setRefusal}
      setDraft={setDraft}
    />
  );
}

function ProtectionSteps({
  loaded,
  step,
  user,
  today,
  refusal,
  setRefusal,
  setDraft,
}: {
  loaded: Loaded;
  step: string | null;
  user: User;
  today: string;
  refusal: string | null;
  setRefusal: (r: string | null) => void;
  setDraft: (d: Draft<ProtectionBody>) => void;
}) {
  const { c, draft, framework, actor } = loaded;
  const state = useSelector(actor, (s) => s.value as ProtectionState);
  const assessment = useSelector(actor, (s) => s.context.assessment);
  if (draft.body.decisionId) return <Redirect to={`/decisions/${draft.body.decisionId}`} />;
  const current = protectionPages[state];
  const want = step && pageState[step] ? step : current;
  if (want !== current) {
    // Back to an earlier page: the machine steps back; a later page is not open yet.
    const target = pageState[want];
    if (target && protectionOrder.indexOf(target) < protectionOrder.indexOf(state)) {
      return (
        <WalkBack actor={actor} target={target} draft={draft} setDraft={setDraft} fallback={`/protection/${c.id}/${current}`} />
      );
    }
    return <Redirect to={`/protection/${c.id}/${current}`} />;
  }
  const backTo = (() => {
    const before = protectionOrder.slice(0, protectionOrder.indexOf(state)).reverse();
    const events = actor.getSnapshot().context;
    const visited = before.find((s) =>
      s === 'strategyDiscussion'
        ? events.strategyDiscussion
        : s === 's47Outcome'
          ? events.s47Outcome
          : s === 'conference'
            ? events.conference
            : s === 'immediateSafetyPlan'
              ? events.safetyPlan
              : s === 'decision'
                ? events.decision
                : false,
    );
    return visited
      ? `/protection/${c.id}/${protectionPages[visited]}`
      : c.decisions.at(-1)
        ? `/decisions/${c.decisions.at(-1)?.id}`
        : '/contacts';
  })();
  const answer = (events: ProtectionEvent[]) => {
    const accepted = sendProtection(actor, [...events, { type: 'NEXT' }]);
    if (!accepted) {
      setRefusal('Sightline could not accept these answers at this step. Check them and try again.');
      return;
    }
    setRefusal(null);
    const body = { ...draft.body, events: [...draft.body.events, ...accepted], updatedAt: new Date().toISOString() };
    api
      .saveDraft<ProtectionBody>(draft.id, draft.version, body)
      .then((saved) => setDraft(saved))
      .catch((e: unknown) => setRefusal(`The answers could not be saved: ${e instanceof Error ? e.message : String(e)}`));
    navigate(`/protection/${c.id}/${protectionPages[protectionState(actor)]}`);
  };
  const common = { backHref: backTo, childLabel: c.facts.child.label, today, refusal };
  switch (state) {
    case 'strategyDiscussion':
      return <StrategyStep {...common} onDone={(discussion) => answer([{ type: 'RECORD_STRATEGY_DISCUSSION', discussion }])} />;
    case 's47Outcome':
      return <S47Step {...common} onDone={(outcome) => answer([{ type: 'RECORD_S47_OUTCOME', outcome }])} />;
    case 'conference':
      return (
        <ConferenceStep
          {...common}
          framework={framework}
          assessment={assessment}
          onDone={(conference) => answer([{ type: 'RECORD_CONFERENCE', conference }])}
        />
      );
    case 'immediateSafetyPlan':
      return (
        <SafetyPlanForm
          user={user}
          caption={`Child protection: ${c.facts.child.label}`}
          backHref={backTo}
          refusal={refusal}
          onDone={(plan) => answer([{ type: 'RECORD_SAFETY_PLAN', plan }])}
        />
      );
    case 'decision':
      return (
        <ProtectionDecisionStep
          framework={framework}
          assessment={assessment}
          backHref={backTo}
          childLabel={c.facts.child.label}
          refusal={refusal}
          onDone={(d) =>
            answer([
              {
                type: 'DECIDE',
                decision: {
                  levelId: d.levelId,
                  analysis: d.analysis,
                  reason: d.reason,
                  by: { userId: user.id, role: user.role },
                },
              },
            ])
          }
        />
      );
    case 'plan':
      return <PlanStep {...common} onDone={(plan) => answer([{ type: 'RECORD_PLAN', plan }])} />;
    default:
      return <SendStep loaded={loaded} backHref={backTo} />;
  }
}

/** Sends BACK until the machine reaches an earlier page, recording each step. */
function WalkBack({
  actor,
  target,
  draft,
  setDraft,
  fallback,
}: {
  actor: ProtectionActor;
  target: ProtectionState;
  draft: Draft<ProtectionBody>;
  setDraft: (d: Draft<ProtectionBody>) => void;
  fallback: string;
}) {
  useEffect(() => {
    const accepted: ProtectionEvent[] = [];
    for (let i = 0; i < protectionOrder.length && protectionState(actor) !== target; i++) {
      const step = sendProtection(actor, [{ type: 'BACK' }]);
      if (!step) break;
      accepted.push(...step);
    }
    if (accepted.length > 0) {
      void api
        .saveDraft<ProtectionBody>(draft.id, draft.version, {
          ...draft.body,
          events: [...draft.body.events, ...accepted],
          updatedAt: new Date().toISOString(),
        })
        .then(setDraft);
    }
    if (protectionState(actor) !== target) navigate(fallback, { replace: true });
  }, [actor, target, draft, setDraft, fallback]);
  return (
    <p className="govuk-body" role="status">
      Opening the page…
    </p>
  );
}
