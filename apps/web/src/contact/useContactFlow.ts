/**
 * Moving through a contact: pages send their events to the machine and go where it says; the case
 * is created on the server once the child is known (so the inbox shows it and records can be
 * linked), and confirmed records bring their history into the facts.
 */
import type { Framework } from '@sightline/core';
import { useMemo } from 'react';
import { NetworkError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { navigate } from '../app/router.js';
import type { DraftStore } from '../drafts/store.js';
import type { ContactEvent } from '../machines.js';
import { useContact } from './context.js';
import type { ContactDraft } from './draft.js';
import { type ContactPage, pagesOfState, stateOfPage } from './flow.js';
import { backTarget, pathToDecision, sendAll, stateOf } from './pathway.js';

/**
 * Puts the contact on the server as a case (first time) and links the records the worker
 * confirmed; then asks the server what that history adds. Offline, it waits: the draft holds
 * everything and the case is created when the decision is sent.
 */
export async function ensureCase(store: DraftStore<ContactDraft>): Promise<void> {
  const d = store.getSnapshot().draft;
  try {
    let caseId = d.caseId;
    if (!caseId) {
      const created = await api.createCase({
        facts: d.facts,
        events: d.events,
        identities: d.identities,
        referrerAgencyId: null,
      });
      caseId = created.id;
      const id = caseId;
      store.update((x) => ({ ...x, caseId: id, caseVersion: created.version }));
      for (const link of d.links) {
        await api.linkPerson(id, { personId: link.personId, role: link.role, memberId: link.memberId, reasons: link.reasons });
      }
    }
    if (d.links.length > 0) {
      const history = await api.caseHistory(caseId);
      store.update((x) => ({ ...x, record: { facts: history.facts, added: history.added } }));
    }
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
}

/**
 * Saves the case's latest facts (a new version) with the path of machine events that reaches the
 * decision, for the server to replay; returns the version to decide on.
 */
export async function saveCase(
  store: DraftStore<ContactDraft>,
  framework: Framework,
): Promise<{ caseId: string; version: number }> {
  await ensureCase(store);
  const d = store.getSnapshot().draft;
  if (!d.caseId || d.caseVersion === null) throw new NetworkError('The case could not be created');
  const path = pathToDecision(d, framework, d.caseId);
  if (path.reached !== 'decision')
    throw new Error('These answers do not reach the decision step: check the history checks and any urgent steps');
  const saved = await api.saveCase(d.caseId, {
    expectedVersion: d.caseVersion,
    facts: d.facts,
    events: path.events,
    identities: d.identities,
    note: null,
  });
  store.update((x) => ({ ...x, caseVersion: saved.version }));
  await store.saveNow();
  return { caseId: saved.id, version: saved.version };
}

/** A background save failed for a reason other than the connection: reported without personal data. */
function reportBackgroundError(error: unknown): void {
  console.error('Sightline could not create the case yet:', error instanceof Error ? error.message : 'unknown error');
}

/** Why the machine would not move on, in words a worker can act on. */
export function refusalMessage(page: ContactPage): string {
  switch (page) {
    case 'history':
      return 'Record the check of our own records (done, or not possible and why) before moving on.';
    case 'concerns':
      return 'Add at least one concern before moving on.';
    case 'analysis':
      return 'The decision cannot open yet: record the history checks, and any urgent steps, first.';
    default:
      return 'Sightline could not accept these answers. Check them and try again.';
  }
}

/** Back and Continue for the contact pages. */
export function useContactFlow() {
  const { store, actor, href } = useContact();
  return useMemo(
    () => ({
      /** The Back link of a page. */
      backHref: (page: ContactPage): string => {
        if (page === 'records') return '/contacts';
        const target = backTarget(actor, page);
        return target.page ? href(target.page) : href(null);
      },
      /**
       * Sends a page's events (and NEXT when it moves the machine on), then shows the page of the
       * state the machine reached. Returns an error message when the machine refuses.
       */
      continueFrom: (page: ContactPage, events: readonly ContactEvent[], advances: boolean): string | null => {
        if (!sendAll(actor, store, events)) return refusalMessage(page);
        if (advances) {
          if (!sendAll(actor, store, [{ type: 'NEXT' }])) return refusalMessage(page);
          navigate(href(pagesOfState[stateOf(actor)][0] ?? 'check'));
        } else {
          const pages = pagesOfState[stateOfPage(page)];
          navigate(href(pages[pages.indexOf(page) + 1] ?? null));
        }
        // The case is created in the background once the child is known; the next page does not wait.
        if (page === 'child') void ensureCase(store).catch(reportBackgroundError);
        return null;
      },
    }),
    [store, actor, href],
  );
}
