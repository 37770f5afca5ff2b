/** The outcome of a school's request for support; "I disagree" opens the escalation tracker. */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Case, EscalationSummary } from '../api/types.js';
import { Link } from '../app/router.js';
import { BackLink, ButtonLink, InsetText, Tag } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { referralStatus } from './SchoolHomePage.js';

/** The referral outcome page. */
export function ReferralOutcomePage({ caseId }: { caseId: string }) {
  const [data, setData] = useState<{ c: Case; escalations: EscalationSummary[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([api.case(caseId), api.escalations()])
      .then(([c, e]) => setData({ c, escalations: e.escalations.filter((x) => x.caseId === caseId) }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [caseId]);
  if (error) return <p className="govuk-body">The request could not be loaded: {error}</p>;
  if (!data) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  const { c, escalations } = data;
  const decision = c.decisions.at(-1);
  const status = referralStatus({ ...c, childLabel: c.facts.child.label, latestDecision: decision ?? null });
  return (
    <Page title={`Request for support: ${c.facts.child.label}`} caption="Outcome" before={<BackLink href="/school" />}>
      <SummaryList
        rows={[
          { key: 'Sent', value: formatDateTime(c.createdAt) },
          { key: 'Where it has got to', value: <Tag colour={status.colour}>{status.words}</Tag> },
          { key: 'The front door decided', value: decision ? decision.levelName : 'Not decided yet' },
          { key: 'What you asked for', value: c.facts.decisionQuestion },
        ]}
      />
      {decision ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/decisions/${decision.id}`}>
            Read the decision and its reasons
          </Link>
        </p>
      ) : null}
      {escalations.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Your disagreement</h2>
          <ul className="govuk-list">
            {escalations.map((e) => (
              <li key={e.id}>
                <Link className="govuk-link" href={`/escalations/${e.id}`}>
                  Stage {e.stage}: {e.resolved ? 'resolved' : e.overdue ? 'deadline passed' : `response due ${e.dueOn}`}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : decision ? (
        <>
          <h2 className="govuk-heading-m">If you disagree</h2>
          <InsetText>
            Professionals are expected to challenge decisions they think are wrong. Disagreeing starts the partnership’s
            escalation procedure, stage by stage, with a deadline for each.
          </InsetText>
          <ButtonLink href={`/escalations/new?case=${encodeURIComponent(c.id)}`} secondary>
            I disagree
          </ButtonLink>
        </>
      ) : null}
    </Page>
  );
}
