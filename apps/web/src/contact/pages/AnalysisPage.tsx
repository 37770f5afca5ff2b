/**
 * The analysis: the recommendation with the chain of reasons, what the facts show, what is
 * missing and what must happen, each with its evidence and sources. It is computed in the browser
 * from the answers so far, so it changes as soon as an answer changes.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import {
  ActionsList,
  ChildsVoiceList,
  ClocksList,
  FindingsList,
  GapsList,
  ReasonChain,
  StrengthsList,
} from '../../analysis/AssessmentView.js';
import { useAssessment } from '../../analysis/useAssessment.js';
import { Link } from '../../app/router.js';
import { BackLink, Button, InsetText, WarningText } from '../../components/display.js';
import { PageHeading, usePageTitle } from '../../layout/Page.js';
import { useContact } from '../context.js';
import { withRecordHistory } from '../draft.js';
import { useContactFlow } from '../useContactFlow.js';

/** The analysis page. */
export function AnalysisPage() {
  const { store, framework, today, href } = useContact();
  const flow = useContactFlow();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { draft } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const facts = useMemo(() => withRecordHistory(draft.facts, draft.record), [draft.facts, draft.record]);
  const assessment = useAssessment(facts, framework, today);
  usePageTitle('Analysis');
  const r = assessment.recommendation;
  const added = draft.record?.added ?? [];
  return (
    <>
      <BackLink href={flow.backHref('analysis')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`Contact about ${facts.child.label || 'a child'}`}>Analysis</PageHeading>
          <div className="govuk-panel govuk-panel--informational sl-recommendation" data-testid="recommendation">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-2">Sightline recommends: {r.levelName}</h2>
            <p className="govuk-body govuk-!-margin-bottom-0">{r.summary}</p>
          </div>
          <InsetText>
            This is a recommendation to support your decision. You decide, and you can decide differently with a reason.
            Framework: {assessment.framework.name}, version {assessment.framework.version}.
          </InsetText>
          {added.length > 0 ? (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">History from records ({added.length})</span>
              </summary>
              <div className="govuk-details__text">
                <ul className="govuk-list govuk-list--bullet">
                  {added.map((a) => (
                    <li key={a.path}>{a.detail}</li>
                  ))}
                </ul>
              </div>
            </details>
          ) : null}
          <ChildsVoiceList facts={facts} />
          <ReasonChain assessment={assessment} />
          <FindingsList findings={assessment.findings} />
          <StrengthsList strengths={assessment.strengths ?? []} />
          <GapsList gaps={assessment.gaps} />
          <ActionsList actions={assessment.actions} />
          <ClocksList assessment={assessment} />
          {refusal ? (
            <WarningText>
              {refusal} <Link href={href('history')}>Go to the history checks</Link>
            </WarningText>
          ) : null}
          <Button type="button" onClick={() => setRefusal(flow.continueFrom('analysis', [], true))}>
            Continue
          </Button>
        </div>
      </div>
    </>
  );
}
