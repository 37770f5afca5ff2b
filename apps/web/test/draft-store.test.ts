import { describe, expect, it } from 'vitest';
import {
  chooseDraft,
  clearSavedLocalDrafts,
  DraftConflictError,
  DraftStore,
  OfflineError,
  readLocalDraft,
} from '../src/drafts/store.js';

interface D {
  version: number;
  updatedAt: string;
  text: string;
}

const clock = () => {
  let t = Date.parse('2024-03-15T10:00:00Z');
  return () => {
    t += 1000;
    return new Date(t);
  };
};

describe('DraftStore', () => {
  it('writes every change to local storage and then to the server, and reports it saved', async () => {
    const sent: D[] = [];
    const store = new DraftStore<D>(
      { version: 1, updatedAt: '2024-03-15T09:00:00.000Z', text: '' },
      {
        key: 'k',
        storage: window.localStorage,
        now: clock(),
        serverDelayMs: 5,
        localDelayMs: 1,
        save: async (d) => {
          sent.push(d);
          return { version: d.version + 1 };
        },
      },
    );
    store.update((d) => ({ ...d, text: 'a' }));
    store.update((d) => ({ ...d, text: 'ab' }));
    await store.saveNow();
    expect(sent.map((d) => d.text)).toEqual(['ab']);
    expect(store.getSnapshot().status.kind).toBe('saved');
    expect(store.getSnapshot().draft.version).toBe(2);
    expect(readLocalDraft<D>(window.localStorage, 'k')).toMatchObject({ onServer: true, draft: { text: 'ab' } });
  });

  it('keeps the answers on this computer and says so when the server cannot be reached', async () => {
    const store = new DraftStore<D>(
      { version: 3, updatedAt: '2024-03-15T09:00:00.000Z', text: '' },
      { key: 'k2', storage: window.localStorage, now: clock(), save: async () => Promise.reject(new OfflineError('down')) },
    );
    store.update((d) => ({ ...d, text: 'typed offline' }));
    await store.saveNow();
    expect(store.getSnapshot().status.kind).toBe('offline');
    expect(readLocalDraft<D>(window.localStorage, 'k2')).toMatchObject({ onServer: false, draft: { text: 'typed offline' } });
  });

  it('reports a conflict when the server holds a newer version', async () => {
    const store = new DraftStore<D>(
      { version: 3, updatedAt: '2024-03-15T09:00:00.000Z', text: '' },
      { key: 'k3', storage: window.localStorage, now: clock(), save: async () => Promise.reject(new DraftConflictError(4)) },
    );
    store.update((d) => ({ ...d, text: 'x' }));
    await store.saveNow();
    expect(store.getSnapshot().status.kind).toBe('conflict');
  });
});

describe('chooseDraft', () => {
  const server: D = { version: 5, updatedAt: '2024-03-15T10:00:00.000Z', text: 'server' };

  it('restores a newer local copy the server never received, on the server’s version', () => {
    const local = { onServer: false, draft: { version: 4, updatedAt: '2024-03-15T10:05:00.000Z', text: 'local' } };
    expect(chooseDraft(server, local)).toEqual({
      draft: { version: 5, updatedAt: '2024-03-15T10:05:00.000Z', text: 'local' },
      restored: true,
    });
  });

  it('opens the server copy when the local one was acknowledged or is older', () => {
    expect(
      chooseDraft(server, { onServer: true, draft: { ...server, updatedAt: '2024-03-15T11:00:00.000Z', text: 'x' } }).restored,
    ).toBe(false);
    expect(
      chooseDraft(server, { onServer: false, draft: { ...server, updatedAt: '2024-03-15T09:00:00.000Z', text: 'x' } }).draft.text,
    ).toBe('server');
    expect(chooseDraft(server, null)).toEqual({ draft: server, restored: false });
  });
});

describe('signing out', () => {
  it('removes local copies the server holds and keeps the ones it has not acknowledged yet', () => {
    const storage = window.localStorage;
    storage.clear();
    const draft = { version: 1, updatedAt: '2024-03-15T09:00:00.000Z', text: 'Child said she is hungry' };
    storage.setItem('sightline:draft:contact:saved', JSON.stringify({ draft, onServer: true }));
    storage.setItem('sightline:draft:contact:unsent', JSON.stringify({ draft, onServer: false }));
    storage.setItem('sightline:draft:contact:broken', '{not json');
    storage.setItem('unrelated', 'left alone');
    expect(clearSavedLocalDrafts(storage)).toEqual({ removed: 2, kept: 1 });
    expect(storage.getItem('sightline:draft:contact:saved')).toBeNull();
    expect(storage.getItem('sightline:draft:contact:broken')).toBeNull();
    expect(readLocalDraft<typeof draft>(storage, 'sightline:draft:contact:unsent')?.draft.text).toBe('Child said she is hungry');
    expect(storage.getItem('unrelated')).toBe('left alone');
  });
});
