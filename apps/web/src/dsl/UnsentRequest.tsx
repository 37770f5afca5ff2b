/** "You have a request you have not sent": carry on with the DSL's saved request, or start again. */
import { useState } from 'react';
import { NetworkError } from '../api/client.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { BackLink, Button, ButtonGroup } from '../components/display.js';
import { SummaryList } from '../components/SummaryList.js';
import { formatDateTime } from '../format/dates.js';
import { Page } from '../layout/Page.js';
import { useUser } from '../session/session.js';
import { pupilName } from './pupilLog.js';
import { parentsKnowChoices, type SupportRequestDraft } from './supportRequestDraft.js';
import type { SchoolPupil } from './schoolApi.js';
import { usePupils } from './usePupils.js';

/** Which pupil the request is about, in words, while the school's log is loading and after. */
function pupilWords(chosenId: string, pupil: SchoolPupil | undefined, loading: boolean): string {
  if (!chosenId) return 'Not chosen yet';
  if (pupil) return pupilName(pupil);
  return loading ? 'Finding the pupil’s name…' : 'A pupil on your school’s log (their name could not be loaded)';
}

/** The page shown when the DSL comes back to a request they have not sent. */
export function UnsentRequest({
  draft,
  restored,
  onContinue,
  onStartAgain,
}: {
  draft: SupportRequestDraft;
  restored: boolean;
  onContinue: () => void;
  onStartAgain: () => Promise<void>;
}) {
  const user = useUser();
  const { pupils, error: pupilsError } = usePupils();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pupil = pupils?.find((p) => p.id === draft.answers.pupil);
  const { answers } = draft;
  const startAgain = () => {
    setBusy(true);
    setProblem(null);
    onStartAgain().catch((error: unknown) => {
      setBusy(false);
      setProblem(
        error instanceof NetworkError
          ? 'The request cannot be deleted while Sightline cannot be reached. Continue with it, or try again when you are connected.'
          : `The request could not be deleted: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  };
  return (
    <Page
      title="You have a request you have not sent"
      caption={user.agency.name}
      hasErrors={problem !== null}
      before={
        <>
          <BackLink href="/school" />
          <ErrorSummary problems={problem ? [{ fieldId: 'start-again', message: problem }] : []} />
        </>
      }
    >
      <p className="govuk-body">You started a request for support and have not sent it. Your answers were saved.</p>
      <SummaryList
        rows={[
          { key: 'Pupil', value: pupilWords(answers.pupil, pupil, pupils === null && pupilsError === null) },
          { key: 'What you are asking for', value: answers.request.trim() || 'Not written yet' },
          {
            key: 'Parents agreed',
            value: parentsKnowChoices.find((c) => c.value === answers.parentsKnow)?.label ?? 'Not answered yet',
          },
          {
            key: 'Last saved',
            value: restored ? `${formatDateTime(draft.updatedAt)} on this computer` : formatDateTime(draft.updatedAt),
          },
        ]}
      />
      <p className="govuk-body">If you start again, these answers are deleted.</p>
      <ButtonGroup>
        <Button type="button" onClick={onContinue} disabled={busy}>
          Continue with this request
        </Button>
        <Button type="button" variant="secondary" id="start-again" onClick={startAgain} disabled={busy} aria-disabled={busy}>
          Start again
        </Button>
      </ButtonGroup>
    </Page>
  );
}
