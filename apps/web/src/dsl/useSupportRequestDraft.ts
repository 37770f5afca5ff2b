/**
 * Opens the DSL's request for support: the unsent one they were writing (from the server, or this
 * browser's newer copy after a crash or a lost connection), or a new one, and keeps it saving as
 * they type.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, NetworkError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { DraftConflictError, DraftStore, localDraftKey, OfflineError, readLocalDraft, watchDraftStore } from '../drafts/store.js';
import {
  bodyOf,
  chooseOpenRequest,
  newSupportRequestDraftBody,
  SUPPORT_REQUEST_DRAFT_KIND,
  type SupportRequestDraft,
  type SupportRequestDraftBody,
} from './supportRequestDraft.js';

export type SupportRequestState =
  | { kind: 'loading' }
  | { kind: 'ready'; store: DraftStore<SupportRequestDraft>; restored: boolean; offline: boolean }
  | { kind: 'error'; message: string };

/** The local storage key of a DSL's request in progress: one per person on this browser. */
export function supportRequestKey(userId: string): string {
  return localDraftKey(SUPPORT_REQUEST_DRAFT_KIND, userId);
}

/** Makes the store for one request, saving through the drafts API. */
function supportRequestStore(userId: string, draft: SupportRequestDraft): DraftStore<SupportRequestDraft> {
  return new DraftStore<SupportRequestDraft>(draft, {
    key: supportRequestKey(userId),
    storage: window.localStorage,
    save: async (d) => {
      try {
        const saved = await api.saveDraft<SupportRequestDraftBody>(d.draftId, d.version, bodyOf(d));
        return { version: saved.version };
      } catch (error) {
        if (error instanceof ApiError && error.status === 409)
          throw new DraftConflictError(Number(error.body.currentVersion ?? 0));
        if (error instanceof NetworkError) throw new OfflineError(error.message);
        throw error;
      }
    },
  });
}

/** The request to carry on with, or a new one; says whether answers came back from this browser. */
async function openRequest(userId: string): Promise<{ draft: SupportRequestDraft; restored: boolean; offline: boolean }> {
  const local = readLocalDraft<SupportRequestDraft>(window.localStorage, supportRequestKey(userId));
  let drafts: Awaited<ReturnType<typeof api.drafts>>['drafts'];
  try {
    ({ drafts } = await api.drafts());
  } catch (error) {
    if (error instanceof NetworkError && local && local.draft.caseId === null)
      return { draft: local.draft, restored: !local.onServer, offline: true };
    throw error;
  }
  const choice = chooseOpenRequest(drafts, local);
  for (const done of choice.finished) await api.discardDraft(done.id, done.version).catch(() => undefined);
  if (choice.open) return { draft: choice.open, restored: choice.restored, offline: false };
  window.localStorage.removeItem(supportRequestKey(userId));
  const made = await api.createDraft<SupportRequestDraftBody>(
    SUPPORT_REQUEST_DRAFT_KIND,
    null,
    newSupportRequestDraftBody(new Date()),
  );
  return { draft: { ...made.body, version: made.version, draftId: made.id }, restored: false, offline: false };
}

/**
 * Loads the request and disposes of its store when the page closes. `startAgain` discards the
 * request (on the server and on this computer) and opens a new one.
 */
export function useSupportRequestDraft(userId: string): { state: SupportRequestState; startAgain: () => Promise<void> } {
  const [state, setState] = useState<SupportRequestState>({ kind: 'loading' });
  const [opening, setOpening] = useState(0);
  // `opening` counts the requests opened: starting again bumps it, and a new request opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `opening` is what makes the request open again
  useEffect(() => {
    let live = true;
    let store: DraftStore<SupportRequestDraft> | null = null;
    setState({ kind: 'loading' });
    openRequest(userId)
      .then(({ draft, restored, offline }) => {
        if (!live) return;
        store = supportRequestStore(userId, draft);
        // Answers only this computer had go to the server now.
        if (restored) store.update((d) => d);
        setState({ kind: 'ready', store, restored, offline });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState({
          kind: 'error',
          message:
            error instanceof NetworkError
              ? 'Sightline cannot be reached and this computer has no copy of a request. Try again when you are connected.'
              : error instanceof Error
                ? error.message
                : String(error),
        });
      });
    const stopWatching = watchDraftStore(() => store);
    return () => {
      live = false;
      stopWatching();
    };
  }, [userId, opening]);

  const startAgain = useCallback(async () => {
    if (state.kind !== 'ready') return;
    const { store } = state;
    await store.saveNow();
    const { draft } = store.getSnapshot();
    await api.discardDraft(draft.draftId, draft.version);
    store.dispose();
    store.clearLocal();
    setOpening((n) => n + 1);
  }, [state]);

  return { state, startAgain };
}
