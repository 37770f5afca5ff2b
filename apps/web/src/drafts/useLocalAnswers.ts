/**
 * A short form's answers kept on this computer as they are typed, until they are saved: a browser
 * crash or a reload gives them back. For forms whose answers go to the server in one step (a
 * concern logged on a pupil's chronology); longer work uses a server draft (DraftStore). The copy
 * has the draft store's shape, not yet on the server, so signing out leaves it for its owner
 * (clearSavedLocalDrafts).
 */
import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { readLocalDraft } from './store.js';

export interface LocalAnswers {
  /** True when answers typed earlier were put back into the form. */
  restored: boolean;
  /** Forgets the kept answers (after they were saved, or to start again). */
  clear: () => void;
}

/** Keeps the form's answers under `key` in local storage, and puts back what was kept. */
export function useLocalAnswers<T extends FieldValues, Out>(key: string, form: UseFormReturn<T, unknown, Out>): LocalAnswers {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const kept = readLocalDraft<{ answers: T }>(window.localStorage, key);
    if (kept?.draft?.answers) {
      form.reset(kept.draft.answers);
      setRestored(true);
    }
    const subscription = form.watch((values) => {
      const copy = { draft: { answers: values, updatedAt: new Date().toISOString() }, onServer: false };
      try {
        window.localStorage.setItem(key, JSON.stringify(copy));
      } catch {
        // Storage full or switched off: the form still works, only the crash copy is lost.
      }
    });
    return () => subscription.unsubscribe();
  }, [key, form]);
  const clear = useCallback(() => {
    window.localStorage.removeItem(key);
    setRestored(false);
  }, [key]);
  return { restored, clear };
}
