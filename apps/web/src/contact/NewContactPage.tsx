/**
 * Starts a contact: a new draft (for a new contact, or for a case already in the inbox, reusing
 * your draft for it if you have one), then opens its first page.
 */
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/endpoints.js';
import { todayIso } from '../analysis/useAssessment.js';
import { navigate } from '../app/router.js';
import { Page } from '../layout/Page.js';
import { type ContactDraftBody, isContactDraftBody, newContactDraftBody } from './draft.js';
import { emptyContactFacts } from './empty-facts.js';

async function openDraftFor(caseId: string | null): Promise<string> {
  const now = new Date();
  if (caseId === null) {
    const draft = await api.createDraft<ContactDraftBody>(
      'contact',
      null,
      newContactDraftBody(emptyContactFacts(todayIso(now)), now),
    );
    return `/contact/${draft.id}/records`;
  }
  const { drafts } = await api.drafts();
  const existing = drafts.find(
    (d) => d.kind === 'contact' && d.caseId === caseId && isContactDraftBody(d.body) && !d.body.decisionId,
  );
  if (existing) return `/contact/${existing.id}`;
  const c = await api.case(caseId);
  const body: ContactDraftBody = {
    ...newContactDraftBody(c.facts, now, c.identities?.subject ?? null),
    caseId: c.id,
    caseVersion: c.version,
    events: c.events,
    identities: c.identities ?? { subject: null, household: {} },
    links: c.links.map((l) => ({
      personId: l.person.id,
      role: l.role,
      memberId: l.memberId,
      reasons: l.reasons,
      label: `${l.person.givenName} ${l.person.familyName}`,
    })),
  };
  if (c.links.length > 0) {
    const history = await api.caseHistory(c.id);
    body.record = { facts: history.facts, added: history.added };
  }
  const draft = await api.createDraft<ContactDraftBody>('contact', c.id, body);
  return `/contact/${draft.id}`;
}

/** The page behind "Start a new contact" and "Open" in the inbox. */
export function NewContactPage({ caseId }: { caseId: string | null }) {
  const started = useRef(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    openDraftFor(caseId)
      .then((to) => navigate(to, { replace: true }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [caseId]);
  if (error) {
    return (
      <Page title="The contact could not be opened">
        <p className="govuk-body">{error}</p>
      </Page>
    );
  }
  return (
    <p className="govuk-body" role="status">
      Opening the contact…
    </p>
  );
}
