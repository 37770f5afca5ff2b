/**
 * Drafts save as the person types: at once to this browser's local storage (so a crash or a lost
 * connection loses nothing), and shortly after to the server. The store keeps the saved status
 * the page shows, and retries the server when the connection comes back.
 */

/** Where a draft's saving has got to. */
export type SaveStatus =
  | { kind: 'unchanged' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline'; at: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

/** What a saver answers: the server's new version of the draft. */
export interface SaveResult {
  version: number;
}

/** Thrown by a saver when the server holds a newer version than the one sent. */
export class DraftConflictError extends Error {
  constructor(readonly currentVersion: number) {
    super('The draft was changed somewhere else');
  }
}

/** Thrown by a saver when the server cannot be reached. */
export class OfflineError extends Error {}

/** A draft the store can hold: any JSON value with a version and the time it last changed. */
export interface Versioned {
  version: number;
  updatedAt: string;
}

interface LocalCopy<D> {
  draft: D;
  /** False while the server has not acknowledged this copy. */
  onServer: boolean;
}

const DRAFT_KEY_PREFIX = 'sightline:draft:';

/** The local storage key for a draft. */
export function localDraftKey(kind: string, id: string): string {
  return `${DRAFT_KEY_PREFIX}${kind}:${id}`;
}

/** Reads the local copy of a draft, or null when there is none or it cannot be read. */
export function readLocalDraft<D>(storage: Storage, key: string): LocalCopy<D> | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalCopy<D>) : null;
  } catch {
    return null;
  }
}

/**
 * Chooses which copy to open: the local one when the server never acknowledged it and it is newer
 * than the server's, else the server's. Says whether answers were restored from this device.
 */
export function chooseDraft<D extends Versioned>(server: D, local: LocalCopy<D> | null): { draft: D; restored: boolean } {
  if (local && !local.onServer && local.draft.updatedAt > server.updatedAt) {
    return { draft: { ...local.draft, version: server.version }, restored: true };
  }
  return { draft: server, restored: false };
}

export interface DraftStoreOptions<D> {
  key: string;
  storage: Storage;
  save: (draft: D) => Promise<SaveResult>;
  /** The clock, passed in so tests can use a fixed one. */
  now?: () => Date;
  serverDelayMs?: number;
  localDelayMs?: number;
}

/** Holds one draft, its saved status and the timers that save it. */
export class DraftStore<D extends Versioned> {
  private draft: D;
  private status: SaveStatus = { kind: 'unchanged' };
  private snapshot: { draft: D; status: SaveStatus };
  private readonly listeners = new Set<() => void>();
  private serverTimer: ReturnType<typeof setTimeout> | undefined;
  private localTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private readonly now: () => Date;

  constructor(
    initial: D,
    private readonly options: DraftStoreOptions<D>,
  ) {
    this.draft = initial;
    this.snapshot = { draft: initial, status: this.status };
    this.now = options.now ?? (() => new Date());
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The draft and its status; the same object until something changes. */
  getSnapshot = (): { draft: D; status: SaveStatus } => this.snapshot;

  private publish(): void {
    this.snapshot = { draft: this.draft, status: this.status };
    for (const listener of this.listeners) listener();
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.publish();
  }

  /** Changes the draft; it is written locally almost at once and to the server shortly after. */
  update(change: (draft: D) => D): void {
    this.draft = { ...change(this.draft), updatedAt: this.now().toISOString() };
    this.dirty = true;
    this.publish();
    clearTimeout(this.localTimer);
    this.localTimer = setTimeout(() => this.writeLocal(false), this.options.localDelayMs ?? 50);
    clearTimeout(this.serverTimer);
    this.serverTimer = setTimeout(() => void this.saveNow(), this.options.serverDelayMs ?? 600);
  }

  private writeLocal(onServer: boolean): void {
    try {
      const copy: LocalCopy<D> = { draft: this.draft, onServer };
      this.options.storage.setItem(this.options.key, JSON.stringify(copy));
    } catch {
      // Storage full or blocked: the server copy still saves.
    }
  }

  /** Saves to the server now (and locally first); resolves when the server has answered. */
  async saveNow(): Promise<void> {
    clearTimeout(this.serverTimer);
    clearTimeout(this.localTimer);
    if (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    this.writeLocal(false);
    this.dirty = false;
    const sent = this.draft;
    this.setStatus({ kind: 'saving' });
    this.inFlight = this.options
      .save(sent)
      .then(({ version }) => {
        this.draft = { ...this.draft, version };
        if (this.draft.updatedAt === sent.updatedAt) this.writeLocal(true);
        this.setStatus(this.dirty ? { kind: 'saving' } : { kind: 'saved', at: this.now().toISOString() });
      })
      .catch((error: unknown) => {
        this.dirty = true;
        if (error instanceof DraftConflictError) this.setStatus({ kind: 'conflict' });
        else if (error instanceof OfflineError) this.setStatus({ kind: 'offline', at: this.now().toISOString() });
        else this.setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    if (this.dirty && this.status.kind === 'saving') await this.saveNow();
  }

  /** Tries the server again (after the connection comes back). */
  retry(): void {
    if (this.dirty && this.status.kind !== 'conflict') void this.saveNow();
  }

  /** Stops the timers (when the page closes); local storage keeps the latest copy. */
  dispose(): void {
    clearTimeout(this.serverTimer);
    if (this.localTimer) {
      clearTimeout(this.localTimer);
      if (this.dirty) this.writeLocal(false);
    }
  }

  /** Forgets the local copy (after the draft became a decision). */
  clearLocal(): void {
    this.options.storage.removeItem(this.options.key);
  }
}

/**
 * On signing out: removes this browser's copies of drafts the server already holds, so a shared
 * computer keeps no case details once the person has signed out. A copy the server has not
 * acknowledged yet is the only copy of that work, so it stays, to be sent when its owner next
 * opens it; the answer says how many stayed.
 */
export function clearSavedLocalDrafts(storage: Storage): { removed: number; kept: number } {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(DRAFT_KEY_PREFIX)) keys.push(key);
  }
  let removed = 0;
  let kept = 0;
  for (const key of keys) {
    const copy = readLocalDraft<unknown>(storage, key);
    if (copy === null || copy.onServer) {
      storage.removeItem(key);
      removed++;
    } else kept++;
  }
  return { removed, kept };
}

/**
 * While a page holds a draft store: retries the server when the connection comes back and writes
 * what is pending when the page goes away. `current` gives the store once it is open (null before).
 * Returns the function that stops watching and disposes of the store.
 */
export function watchDraftStore(current: () => { retry(): void; dispose(): void } | null): () => void {
  const retry = () => current()?.retry();
  const flush = () => current()?.dispose();
  window.addEventListener('online', retry);
  window.addEventListener('pagehide', flush);
  return () => {
    window.removeEventListener('online', retry);
    window.removeEventListener('pagehide', flush);
    current()?.dispose();
  };
}
