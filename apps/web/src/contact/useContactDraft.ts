/**
 * Opens a contact draft: the server's copy, or this browser's newer copy when the server never
 * received it (after a crash or a lost connection), and keeps it saving as the worker types.
 */
import type { Framework } from '@sightline/core';
import { useEffect, useState } from 'react';
import { ApiError, NetworkError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import {
  chooseDraft,
  DraftConflictError,
  DraftStore,
  localDraftKey,
  OfflineError,
  readLocalDraft,
  watchDraftStore,
} from '../drafts/store.js';
import { loadFramework } from '../framework/framework.js';
import { bodyOf, type ContactDraft, type ContactDraftBody, isContactDraftBody } from './draft.js';

export type ContactDraftState =
  | { kind: 'loading' }
  | { kind: 'ready'; store: DraftStore<ContactDraft>; framework: Framework; restored: boolean; offline: boolean }
  | { kind: 'error'; message: string };

/** Makes the store for one draft, saving through the drafts API. */
export function contactDraftStore(draftId: string, draft: ContactDraft): DraftStore<ContactDraft> {
  return new DraftStore<ContactDraft>(draft, {
    key: localDraftKey('contact', draftId),
    storage: window.localStorage,
    save: async (d) => {
      try {
        const saved = await api.saveDraft<ContactDraftBody>(draftId, d.version, bodyOf(d));
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

/** Loads the draft and the framework, and disposes of the store when the page closes. */
export function useContactDraft(draftId: string): ContactDraftState {
  const [state, setState] = useState<ContactDraftState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let store: DraftStore<ContactDraft> | null = null;
    const key = localDraftKey('contact', draftId);
    const local = readLocalDraft<ContactDraft>(window.localStorage, key);
    Promise.all([
      api.draft<unknown>(draftId).then(
        (d) => d,
        (e: unknown) => e,
      ),
      loadFramework(),
    ])
      .then(([server, framework]) => {
        if (!live) return;
        let draft: ContactDraft;
        let restored = false;
        let offline = false;
        if (server instanceof NetworkError && local) {
          draft = local.draft;
          restored = !local.onServer;
          offline = true;
        } else if (server instanceof Error) {
          throw server;
        } else {
          const s = server as { version: number; body: unknown };
          if (!isContactDraftBody(s.body)) throw new Error('This draft is not a contact');
          ({ draft, restored } = chooseDraft<ContactDraft>({ ...s.body, version: s.version }, local));
        }
        store = contactDraftStore(draftId, draft);
        if (restored) store.update((d) => d);
        setState({ kind: 'ready', store, framework, restored, offline });
      })
      .catch((error: unknown) => {
        if (!live) return;
        const message =
          error instanceof ApiError && error.status === 404
            ? 'This draft does not exist, or you cannot see it.'
            : error instanceof NetworkError
              ? 'Sightline cannot be reached and this computer has no copy of the draft.'
              : error instanceof Error
                ? error.message
                : String(error);
        setState({ kind: 'error', message });
      });
    const stopWatching = watchDraftStore(() => store);
    return () => {
      live = false;
      stopWatching();
    };
  }, [draftId]);
  return state;
}
