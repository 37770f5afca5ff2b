/**
 * Group commit. Jobs for the same key (a partnership's decision chain) wait in one queue; a single
 * worker per key takes everything waiting (up to `maxGroup`) as one group, `prepare`s it, then
 * `commit`s it. Commits for a key run one at a time, in the order the groups were taken.
 *
 * With `overlap`, the worker prepares the next group while the previous one commits (two groups in
 * flight): worth it when commits wait on another process (PostgreSQL). Without it each group is
 * prepared and committed before the next is taken.
 *
 * The worker yields to the event loop (`setImmediate`) before taking each group: an embedded
 * database such as PGlite answers without real I/O, so without that yield a whole group would run
 * inside one request's callback and no other request would get in to join the next group.
 *
 * `prepare` may hand jobs back (they go first into the next group); should `prepare` or `commit`
 * throw, every job of that group gets `fail`.
 */
export interface GroupStages<J, P> {
  prepare(key: string, group: J[]): Promise<{ prepared: P; handBack: J[] }>;
  commit(key: string, prepared: P): Promise<void>;
  /** The jobs a prepared group holds (for `fail`). */
  jobsOf(prepared: P): readonly J[];
  fail(job: J, error: unknown): void;
}

export class GroupQueue<J, P> {
  private readonly queues = new Map<string, J[]>();
  private readonly running = new Set<string>();

  constructor(
    private readonly stages: GroupStages<J, P>,
    private readonly options: { maxGroup: number; overlap: boolean },
  ) {}

  /** Queues a job; a worker for its key starts at once if none is running. */
  enqueue(key: string, job: J): void {
    const queue = this.queues.get(key);
    if (queue) queue.push(job);
    else this.queues.set(key, [job]);
    if (!this.running.has(key)) void this.drain(key);
  }

  private async drain(key: string): Promise<void> {
    this.running.add(key);
    let committing: Promise<void> | null = null;
    try {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        const queue = this.queues.get(key) ?? [];
        if (queue.length === 0) {
          if (committing === null) break;
          await committing;
          committing = null;
          continue;
        }
        const group = queue.splice(0, this.options.maxGroup);
        let prepared: P;
        try {
          const result = await this.stages.prepare(key, group);
          prepared = result.prepared;
          if (result.handBack.length > 0) queue.unshift(...result.handBack);
        } catch (error) {
          for (const job of group) this.stages.fail(job, error);
          continue;
        }
        if (committing !== null) await committing;
        committing = this.stages.commit(key, prepared).catch((error: unknown) => {
          for (const job of this.stages.jobsOf(prepared)) this.stages.fail(job, error);
        });
        if (!this.options.overlap) {
          await committing;
          committing = null;
        }
      }
    } finally {
      this.queues.delete(key);
      this.running.delete(key);
    }
  }
}
