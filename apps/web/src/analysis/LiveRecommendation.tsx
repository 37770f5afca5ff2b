/**
 * The recommendation beside every contact page. It re-runs `assess` in the browser as the worker
 * types, so they see at once what their answers change, and links to the full analysis.
 */
import type { Framework } from '@sightline/core';
import { useSyncExternalStore } from 'react';
import { Link } from '../app/router.js';
import { type ContactDraft, withRecordHistory } from '../contact/draft.js';
import type { DraftStore } from '../drafts/store.js';
import { useAssessment } from './useAssessment.js';
import { useMemo } from 'react';

/** The live recommendation panel. */
export function LiveRecommendation({
  store,
  framework,
  today,
  analysisHref,
}: {
  store: DraftStore<ContactDraft>;
  framework: Framework;
  today: string;
  analysisHref: string;
}) {
  const { draft } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const facts = useMemo(() => withRecordHistory(draft.facts, draft.record), [draft.facts, draft.record]);
  const assessment = useAssessment(facts, framework, today);
  const r = assessment.recommendation;
  return (
    <aside className="sl-live" aria-labelledby="live-heading" data-testid="live-recommendation">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="live-heading">
        Sightline recommends
      </h2>
      <p
        className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2"
        role="status"
        data-testid="live-level"
        data-value={r.value}
      >
        {r.levelName}
      </p>
      <p className="govuk-body-s">{r.summary}</p>
      <ul className="govuk-list govuk-body-s">
        <li>
          {assessment.findings.length} finding{assessment.findings.length === 1 ? '' : 's'}
        </li>
        <li>
          {assessment.gaps.length} gap{assessment.gaps.length === 1 ? '' : 's'}
        </li>
        <li>
          {assessment.actions.length} action{assessment.actions.length === 1 ? '' : 's'} required
        </li>
      </ul>
      {assessment.findings.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet govuk-body-s">
          {assessment.findings.slice(0, 5).map((f) => (
            <li key={f.code}>{f.title}</li>
          ))}
        </ul>
      ) : null}
      <p className="govuk-body-s">
        <Link className="govuk-link" href={analysisHref}>
          See the reasons and sources
        </Link>
      </p>
      <p className="govuk-body-s">A recommendation supports your decision. You decide.</p>
    </aside>
  );
}
