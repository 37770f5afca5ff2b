/** The contact's task list: every step of the pathway and how far it has got. The machine decides the order. */
import { useSyncExternalStore } from 'react';
import { ButtonLink } from '../../components/display.js';
import { type Task, TaskList } from '../../components/TaskList.js';
import { SavedStatus } from '../../drafts/SavedStatus.js';
import { Page } from '../../layout/Page.js';
import { useContact } from '../context.js';
import { type ContactState, pagesOfState, stateOrder } from '../flow.js';
import { usePathwayState } from '../pathway.js';
import { contactSteps } from '../steps/index.js';

const taskNames: Partial<Record<ContactState, string>> = {
  who: 'Who the child is',
  historyChecks: contactSteps.history.title,
  concerns: contactSteps.concerns.title,
  measures: contactSteps.measures.title,
  childsVoice: contactSteps.voice.title,
  household: 'Parents, household and working with the family',
  consent: contactSteps.consent.title,
  analysis: 'Analysis',
  decision: 'Your decision',
  checkAnswers: 'Check and send',
};

/** The contact overview page. */
export function OverviewPage() {
  const { store, href, actor } = useContact();
  const current = usePathwayState(actor);
  const { draft } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const at = stateOrder.indexOf(current);
  const tasks: Task[] = stateOrder
    .filter((s) => taskNames[s])
    .map((s) => {
      const i = stateOrder.indexOf(s);
      const status: Task['status'] = i < at ? 'completed' : i === at ? 'in-progress' : 'cannot-start';
      return { id: s, title: taskNames[s] ?? s, href: href(pagesOfState[s][0] ?? null), status };
    });
  const next = pagesOfState[current][0];
  return (
    <Page title={draft.facts.child.label ? `Contact about ${draft.facts.child.label}` : 'New contact'} caption="Contact">
      <SavedStatus store={store} />
      <p className="govuk-body">Steps open in order. You can go back to any step you have done.</p>
      <TaskList tasks={tasks} />
      {next ? <ButtonLink href={href(next)}>Continue</ButtonLink> : null}
    </Page>
  );
}
