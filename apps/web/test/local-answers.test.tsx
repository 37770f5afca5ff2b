/** A short form's answers survive a reload on this computer until they are saved. */
import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearSavedLocalDrafts, readLocalDraft } from '../src/drafts/store.js';
import { useLocalAnswers } from '../src/drafts/useLocalAnswers.js';

interface Answers {
  description: string;
  codes: string[];
}

const key = 'sightline:draft:concern-log:user-1';

function useConcernForm() {
  const form = useForm<Answers>({ defaultValues: { description: '', codes: [] } });
  return { form, kept: useLocalAnswers(key, form) };
}

beforeEach(() => window.localStorage.clear());

describe('answers kept on this computer', () => {
  it('keeps what is typed, puts it back after a reload, and forgets it once saved', () => {
    const first = renderHook(() => useConcernForm());
    expect(first.result.current.kept.restored).toBe(false);
    act(() => first.result.current.form.setValue('description', 'Came in without a coat again'));
    expect(readLocalDraft<{ answers: Answers }>(window.localStorage, key)?.draft.answers.description).toBe(
      'Came in without a coat again',
    );
    first.unmount();

    const reloaded = renderHook(() => useConcernForm());
    expect(reloaded.result.current.kept.restored).toBe(true);
    expect(reloaded.result.current.form.getValues('description')).toBe('Came in without a coat again');
    // Not on the server yet: signing out leaves it for its owner.
    expect(clearSavedLocalDrafts(window.localStorage)).toEqual({ removed: 0, kept: 1 });

    act(() => reloaded.result.current.kept.clear());
    expect(window.localStorage.getItem(key)).toBeNull();
    expect(reloaded.result.current.kept.restored).toBe(false);
  });
});
