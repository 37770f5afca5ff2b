/** The printable decision record: the facts, the recommendation and its reasons, the decision, and every sign-off. */
import { composeRationale, renderMarkdown } from '@sightline/core';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Case, Decision } from '../api/types.js';
import { Link, navigate } from '../app/router.js';
import { Button, ButtonGroup, NotificationBanner, Tag } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { useSession } from '../session/session.js';
import { AccessLogSection } from './AccessLogSection.js';
import { RationaleView } from './RationaleView.js';

/** Words and colour for a decision's status. */
export function decisionStatus(status: Decision['status']): { words: string; colour: 'green' | 'orange' | 'blue' | 'red' } {
  if (status === 'awaiting-sign-off') return { words: 'Waiting for sign-off', colour: 'orange' };
  if (status === 'signed-off') return { words: 'Signed off', colour: 'green' };
  if (status === 'not-agreed') return { words: 'A manager disagreed: a new decision is needed', colour: 'red' };
  return { words: 'Final', colour: 'blue' };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Opens the child protection pathway for a contact decided at significant harm: a cin-cp case with the same facts. */
async function startProtection(decision: Decision): Promise<string> {
  const source = await api.case(decision.caseId);
  const facts = {
    ...decision.record.facts,
    pathway: 'cin-cp' as const,
    decisionStage: 'strategy-discussion' as const,
    decisionQuestion:
      'After the strategy discussion and any section 47 enquiry: no further action, a child in need plan, or a child protection plan?',
  };
  const created = await api.createCase({
    facts,
    events: [],
    identities: source.identities ?? { subject: null, household: {} },
    referrerAgencyId: null,
  });
  for (const link of source.links) {
    await api.linkPerson(created.id, {
      personId: link.person.id,
      role: link.role,
      memberId: link.memberId,
      reasons: link.reasons,
    });
  }
  return created.id;
}

/** What a referrer may see of a decision: the outcome, its status and when. */
function OutcomeOnly({ decision }: { decision: Decision }) {
  const status = decisionStatus(decision.status);
  return (
    <Page title="The front door’s decision">
      <SummaryList
        rows={[
          { key: 'Decision', value: decision.levelName },
          { key: 'Status', value: <Tag colour={status.colour}>{status.words}</Tag> },
          { key: 'Decided', value: formatDateTime(decision.createdAt) },
        ]}
      />
    </Page>
  );
}

/** The decision record page. */
export function DecisionRecordPage({ decisionId }: { decisionId: string }) {
  const { state } = useSession();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theCase, setCase] = useState<Case | null>(null);
  const frontDoor = state.kind === 'signed-in' && (state.user.role === 'duty-worker' || state.user.role === 'supervisor');
  useEffect(() => {
    api
      .decision(decisionId)
      .then((d) => {
        setDecision(d);
        if (frontDoor) void api.case(d.caseId).then(setCase, () => setCase(null));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [decisionId, frontDoor]);
  const rationale = useMemo(() => (decision?.record ? composeRationale(decision.record) : null), [decision]);
  if (error) {
    return (
      <Page title="Decision record">
        <p className="govuk-body">The record could not be loaded: {error}</p>
      </Page>
    );
  }
  if (!decision) {
    return (
      <p className="govuk-body" role="status">
        Loading the record…
      </p>
    );
  }
  if (!rationale) return <OutcomeOnly decision={decision} />;
  const status = decisionStatus(decision.status);
  const isSupervisor = state.kind === 'signed-in' && state.user.role === 'supervisor' && state.user.id !== decision.decidedBy.id;
  // The roles the server lets read a case's access log (GET /api/cases/:id/access-log).
  const seesAccessLog = state.kind === 'signed-in' && (state.user.role === 'supervisor' || state.user.role === 'auditor');
  return (
    <Page title={`Decision record: ${decision.record.facts.child.label}`} caption={`Record ${decision.sequence}`} wide>
      {decision.status === 'awaiting-sign-off' ? (
        <NotificationBanner heading="This decision is below Sightline’s recommendation and is waiting for a manager’s sign-off." />
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Status', value: <Tag colour={status.colour}>{status.words}</Tag> },
              { key: 'Decision', value: decision.levelName },
              { key: 'Sightline recommended', value: decision.recommendation.levelName },
              { key: 'Decided by', value: `${decision.decidedBy.displayName}, ${formatDateTime(decision.createdAt)}` },
            ]}
          />
          <ButtonGroup>
            <Button type="button" variant="secondary" onClick={() => window.print()}>
              Print this record
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => download(`decision-${decision.sequence}.md`, renderMarkdown(decision.record))}
            >
              Download as text (Markdown)
            </Button>
            {frontDoor && decision.value === '4+' && decision.record.facts.pathway === 'contact' ? (
              <Button
                type="button"
                onClick={() =>
                  void startProtection(decision).then(
                    (id) => navigate(`/protection/${id}/strategy`),
                    (e: unknown) => setError(String(e)),
                  )
                }
              >
                Start the strategy discussion
              </Button>
            ) : null}
            {theCase?.links.find((l) => l.role === 'subject') ? (
              <Link className="govuk-link" href={`/children/${theCase.links.find((l) => l.role === 'subject')?.person.id ?? ''}`}>
                See the child’s page
              </Link>
            ) : null}
            {frontDoor || (state.kind === 'signed-in' && state.user.role === 'auditor') ? (
              <a className="govuk-link" href={`/api/decisions/${decision.id}/record.html`} target="_blank" rel="noopener">
                Printable record (opens in a new tab)
              </a>
            ) : null}
            {isSupervisor ? (
              <Link className="govuk-link" href={`/decisions/${decision.id}/review`}>
                Review this decision
              </Link>
            ) : null}
          </ButtonGroup>
          <RationaleView rationale={rationale} />
          <section aria-labelledby="signoffs-heading">
            <h2 className="govuk-heading-m" id="signoffs-heading">
              Manager reviews ({decision.signOffs.length})
            </h2>
            {decision.signOffs.length === 0 ? <p className="govuk-body">No manager has reviewed this decision yet.</p> : null}
            {decision.signOffs.map((s) => (
              <div key={s.id} className="govuk-inset-text" data-testid="sign-off">
                <p className="govuk-body govuk-!-font-weight-bold">
                  {s.outcome === 'agreed' ? 'Agreed' : 'Disagreed'}: {s.by.displayName}, {formatDateTime(s.at)}
                </p>
                <p className="govuk-body">{s.comment}</p>
              </div>
            ))}
          </section>
          {seesAccessLog ? <AccessLogSection caseId={decision.caseId} /> : null}
          <p className="govuk-body-s">
            Record hash {decision.hash.slice(0, 16)}…
            {decision.prevHash ? `, follows ${decision.prevHash.slice(0, 16)}…` : ', first in the chain'}
          </p>
        </div>
      </div>
    </Page>
  );
}
