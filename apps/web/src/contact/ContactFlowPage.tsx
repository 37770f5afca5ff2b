/**
 * One contact, page by page. The contact machine (from the core) decides which step comes next;
 * the URL names the page. When the two differ (the browser's Back button, a task list or Change
 * link) the machine is walked to the page asked for, or the page it is on is shown instead.
 */
import type { CaseFacts } from '@sightline/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LiveRecommendation } from '../analysis/LiveRecommendation.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate, Redirect } from '../app/router.js';
import { NotificationBanner, WarningText } from '../components/display.js';
import { SavedStatus } from '../drafts/SavedStatus.js';
import { Page } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { ContactContext, type ContactContextValue, useContact } from './context.js';
import { type ContactPage, isContactPage, pagesOfState } from './flow.js';
import { AnalysisPage } from './pages/AnalysisPage.js';
import { CheckAnswersPage } from './pages/CheckAnswersPage.js';
import { DecisionPage } from './pages/DecisionPage.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { ProtectPage } from './pages/ProtectPage.js';
import { RecordsPage } from './pages/RecordsPage.js';
import { SafetyPlanPage } from './pages/SafetyPlanPage.js';
import { moveTo, startPathway, stateOf, usePathwayState } from './pathway.js';
import { contactSteps, isQuestionStep } from './steps/index.js';
import type { ContactStepId } from './steps/types.js';
import { useContactDraft } from './useContactDraft.js';
import { useContactFlow } from './useContactFlow.js';

/** A question page wired to the draft and the machine. */
function QuestionPage({ id }: { id: ContactStepId }) {
  const { store, framework, today, href } = useContact();
  const flow = useContactFlow();
  const [refusal, setRefusal] = useState<string | null>(null);
  const step = contactSteps[id];
  // Read once per page: the form owns its answers while it is open.
  const opened = useMemo(() => store.getSnapshot().draft, [store]);
  const onLive = useCallback(
    (facts: CaseFacts | null, raw: Record<string, unknown>) =>
      store.update((d) => ({ ...d, facts: facts ?? d.facts, forms: { ...d.forms, [id]: raw } })),
    [store, id],
  );
  const onContinue = useCallback(
    (facts: CaseFacts, raw: Record<string, unknown>) => {
      store.update((d) => ({ ...d, facts, forms: { ...d.forms, [id]: raw } }));
      setRefusal(flow.continueFrom(id, step.events(facts), step.advances));
    },
    [store, id, flow, step],
  );
  return (
    <step.Form
      facts={opened.facts}
      saved={opened.forms[id]}
      onLive={onLive}
      onContinue={onContinue}
      backHref={flow.backHref(id)}
      status={
        <>
          <SavedStatus store={store} />
          {refusal ? <WarningText>{refusal}</WarningText> : null}
        </>
      }
      aside={<LiveRecommendation store={store} framework={framework} today={today} analysisHref={href('analysis')} />}
    />
  );
}

/** Walks the machine to the page asked for, or shows the page it is on. */
function MoveTo({ page }: { page: ContactPage }) {
  const { actor, store, href } = useContact();
  useEffect(() => {
    if (!moveTo(actor, store, page)) navigate(href(pagesOfState[stateOf(actor)][0] ?? null), { replace: true });
  }, [actor, store, page, href]);
  return (
    <p className="govuk-body" role="status">
      Opening the page…
    </p>
  );
}

function PageFor({ page }: { page: ContactPage | null }) {
  const { actor } = useContact();
  const state = usePathwayState(actor);
  if (page === null) return <OverviewPage />;
  if (!pagesOfState[state].includes(page)) return <MoveTo page={page} />;
  if (page === 'records') return <RecordsPage />;
  if (page === 'analysis') return <AnalysisPage />;
  if (page === 'protect') return <ProtectPage />;
  if (page === 'safety-plan') return <SafetyPlanPage />;
  if (page === 'decision') return <DecisionPage />;
  if (page === 'check') return <CheckAnswersPage />;
  if (isQuestionStep(page)) return <QuestionPage key={page} id={page} />;
  return null;
}

/** The contact flow page for `/contact/:draftId/:step`. */
export function ContactFlowPage({ draftId, step }: { draftId: string; step: string | null }) {
  const user = useUser();
  const state = useContactDraft(draftId);
  const today = useMemo(() => todayIso(), []);
  const value = useMemo<ContactContextValue | null>(() => {
    if (state.kind !== 'ready') return null;
    const draft = state.store.getSnapshot().draft;
    return {
      draftId,
      store: state.store,
      framework: state.framework,
      today,
      user,
      actor: startPathway(draft, state.framework, draft.caseId ?? draftId),
      href: (p) => `/contact/${encodeURIComponent(draftId)}${p ? `/${p}` : ''}`,
    };
  }, [state, draftId, today, user]);
  if (state.kind === 'error') {
    return (
      <Page title="This contact cannot be opened">
        <p className="govuk-body">{state.message}</p>
      </Page>
    );
  }
  if (state.kind === 'loading' || !value) {
    return (
      <p className="govuk-body" role="status">
        Loading the contact…
      </p>
    );
  }
  if (step !== null && !isContactPage(step)) return <Redirect to={value.href(null)} />;
  const { draft } = state.store.getSnapshot();
  if (draft.decisionId) return <Redirect to={`/decisions/${draft.decisionId}`} />;
  return (
    <ContactContext.Provider value={value}>
      {state.restored ? (
        <NotificationBanner heading="We restored answers that had not reached Sightline.">
          <p className="govuk-body">They were saved on this computer. Check them, then carry on.</p>
        </NotificationBanner>
      ) : null}
      <PageFor page={step} />
    </ContactContext.Provider>
  );
}
