import { englandFramework } from '@sightline/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { User } from '../src/api/types.js';
import { ContactContext, type ContactContextValue } from '../src/contact/context.js';
import { type ContactDraft, newContactDraftBody } from '../src/contact/draft.js';
import { emptyContactFacts } from '../src/contact/empty-facts.js';
import { DecisionPage } from '../src/contact/pages/DecisionPage.js';
import { sendAll, startPathway, stateOf } from '../src/contact/pathway.js';
import { contactSteps } from '../src/contact/steps/index.js';
import { DraftStore } from '../src/drafts/store.js';
import { scenarioFacts } from './scenarios.js';

const worker: User = {
  id: 'u1',
  username: 'duty.worker',
  displayName: 'Demo duty worker',
  role: 'duty-worker',
  agency: { id: 'a1', name: 'Front door', kind: 'local-authority' },
  team: null,
  isDemo: true,
};

/** A contact about S07 walked by the real machine to its decision step. */
function contactAtDecision(): ContactContextValue {
  const facts = {
    ...scenarioFacts('S07'),
    asOf: '2017-10-31',
    historyChecks: [{ source: 'own-records' as const, status: 'done' as const, detail: 'Nothing on record' }],
    consent: { status: 'not-sought' as const, detail: 'Risk of significant harm' },
  };
  const draft: ContactDraft = {
    ...newContactDraftBody(emptyContactFacts('2017-10-31'), new Date('2017-10-31T09:00:00Z')),
    facts,
    version: 1,
  };
  const store = new DraftStore(draft, {
    key: 'd',
    storage: window.localStorage,
    save: async (d) => ({ version: d.version + 1 }),
  });
  const actor = startPathway(draft, englandFramework, 'case-1');
  for (const id of ['child', 'history', 'concerns', 'measures', 'voice', 'household', 'engagement', 'consent'] as const) {
    sendAll(actor, store, contactSteps[id].events(facts));
    if (contactSteps[id].advances) sendAll(actor, store, [{ type: 'NEXT' }]);
  }
  sendAll(actor, store, [{ type: 'NEXT' }]);
  return {
    draftId: 'd1',
    store,
    framework: englandFramework,
    today: '2017-10-31',
    actor,
    user: worker,
    href: (p) => `/contact/d1/${p ?? ''}`,
  };
}

describe('the decision page', () => {
  it('shows the partnership’s own levels and asks for a reason below the recommendation', async () => {
    const contact = contactAtDecision();
    expect(stateOf(contact.actor)).toBe('decision');
    render(
      <ContactContext.Provider value={contact}>
        <DecisionPage />
      </ContactContext.Provider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 2, name: /Sightline recommends: Level 4\+: child protection/ })).toBeTruthy();
    await user.click(screen.getByLabelText(/^Level 2: early help \(single agency\)/));
    expect(screen.getByText(/This is below the recommendation/)).toBeTruthy();
    await user.type(screen.getByLabelText('Your analysis'), 'The GP can manage this with the family.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByTestId('error-summary');
    expect(summary.textContent).toContain('Give the reason for deciding below the recommendation');
    expect(stateOf(contact.actor)).toBe('decision');

    await user.type(
      screen.getByLabelText('Why you decided below the recommendation'),
      'Mother has now agreed to weekly reviews at the practice.',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(stateOf(contact.actor)).toBe('checkAnswers');
    const decide = contact.store.getSnapshot().draft.events.find((e) => e.type === 'DECIDE');
    expect(decide).toMatchObject({
      decision: { levelId: '2', reason: 'Mother has now agreed to weekly reviews at the practice.' },
    });
    expect(window.location.pathname).toBe('/contact/d1/check');
  });
});
