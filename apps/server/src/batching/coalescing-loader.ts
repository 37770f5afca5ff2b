/**
 * Look-ups that arrive together share one query. While a query is running, every key asked for
 * waits for the next one, which starts as soon as the running one ends; so each answer comes from
 * a query that started after the question was asked (never a cached answer), and a burst of
 * requests costs one query rather than one each. Each query waits for the event loop to go round
 * once (`setImmediate`), so requests that arrived together (even when the database answers without
 * real I/O, as PGlite does) are in it.
 */
export class CoalescingLoader<K, V> {
  private waiting = new Map<K, { resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[]>();
  private running = false;

  /** `loadMany` answers for a batch of distinct keys; a key missing from its map answers undefined. */
  constructor(private readonly loadMany: (keys: K[]) => Promise<ReadonlyMap<K, V>>) {}

  /** The value for `key` from the next query (undefined when there is none). */
  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if (this.waiting.size === 0) break;
        const batch = this.waiting;
        this.waiting = new Map();
        try {
          const found = await this.loadMany([...batch.keys()]);
          for (const [key, waiters] of batch) for (const w of waiters) w.resolve(found.get(key));
        } catch (error) {
          for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
