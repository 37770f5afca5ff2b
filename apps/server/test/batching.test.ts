/** Look-ups that share a query, and group commit: what goes into which batch, and in what order. */
import { describe, expect, it } from 'vitest';
import { CoalescingLoader } from '../src/batching/coalescing-loader.js';
import { GroupQueue } from '../src/batching/group-queue.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescingLoader', () => {
  it('answers look-ups that arrive together from one query, each with its own value', async () => {
    const batches: string[][] = [];
    const loader = new CoalescingLoader<string, number>(async (keys) => {
      batches.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    });
    const answers = await Promise.all(['a', 'bb', 'a', 'missing', 'ccc'].map((k) => loader.load(k)));
    expect(answers).toEqual([1, 2, 1, undefined, 3]);
    expect(batches).toEqual([['a', 'bb', 'missing', 'ccc']]);
  });

  it('puts a look-up made while a query runs into the next query, never into the running one', async () => {
    const batches: string[][] = [];
    let release: () => void = () => {};
    const loader = new CoalescingLoader<string, string>(async (keys) => {
      batches.push(keys);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return new Map(keys.map((k) => [k, `${k}@${batches.length}`]));
    });
    const first = loader.load('x');
    await tick();
    await tick();
    const second = loader.load('x');
    release();
    expect(await first).toBe('x@1');
    expect(await second).toBe('x@2');
    expect(batches).toEqual([['x'], ['x']]);
  });

  it('rejects every look-up of a batch whose query fails, and carries on with the next', async () => {
    let calls = 0;
    const loader = new CoalescingLoader<string, string>(async (keys) => {
      calls++;
      if (calls === 1) throw new Error('database down');
      return new Map(keys.map((k) => [k, k]));
    });
    const failed = await Promise.allSettled([loader.load('a'), loader.load('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await loader.load('c')).toBe('c');
  });
});

interface Job {
  n: number;
  done: (value: string) => void;
  fail: (error: unknown) => void;
}

function job(n: number): { job: Job; answer: Promise<string> } {
  let done: (value: string) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const answer = new Promise<string>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  return { job: { n, done, fail }, answer };
}

describe('GroupQueue', () => {
  for (const overlap of [false, true]) {
    it(`takes everything waiting as one group and commits groups in order (overlap ${overlap})`, async () => {
      const log: string[] = [];
      const queue = new GroupQueue<Job, Job[]>(
        {
          prepare: async (_key, group) => {
            log.push(`prepare ${group.map((j) => j.n).join(',')}`);
            return { prepared: group, handBack: [] };
          },
          commit: async (_key, group) => {
            await tick();
            log.push(`commit ${group.map((j) => j.n).join(',')}`);
            for (const j of group) j.done(`${j.n} in ${group.length}`);
          },
          jobsOf: (group) => group,
          fail: (j, error) => j.fail(error),
        },
        { maxGroup: 3, overlap },
      );
      const jobs = [1, 2, 3, 4, 5].map(job);
      for (const { job: j } of jobs) queue.enqueue('chain', j);
      expect(await Promise.all(jobs.map((j) => j.answer))).toEqual(['1 in 3', '2 in 3', '3 in 3', '4 in 2', '5 in 2']);
      expect(log.filter((l) => l.startsWith('commit'))).toEqual(['commit 1,2,3', 'commit 4,5']);
      expect(log.indexOf('commit 1,2,3')).toBeLessThan(log.indexOf('commit 4,5'));
    });
  }

  it('puts handed-back jobs first into the next group', async () => {
    const groups: number[][] = [];
    const queue = new GroupQueue<Job, Job[]>(
      {
        prepare: async (_key, group) => {
          groups.push(group.map((j) => j.n));
          const handBack = groups.length === 1 ? group.filter((j) => j.n === 2) : [];
          return { prepared: group.filter((j) => !handBack.includes(j)), handBack };
        },
        commit: async (_key, group) => {
          for (const j of group) j.done(String(j.n));
        },
        jobsOf: (group) => group,
        fail: (j, error) => j.fail(error),
      },
      { maxGroup: 10, overlap: false },
    );
    const jobs = [1, 2, 3].map(job);
    for (const { job: j } of jobs) queue.enqueue('chain', j);
    await Promise.all(jobs.map((j) => j.answer));
    expect(groups).toEqual([[1, 2, 3], [2]]);
  });

  it('fails every job of a group whose prepare or commit throws, and goes on with the next group', async () => {
    let commits = 0;
    const queue = new GroupQueue<Job, Job[]>(
      {
        prepare: async (_key, group) => {
          if (group.some((j) => j.n === 1)) throw new Error('prepare broke');
          return { prepared: group, handBack: [] };
        },
        commit: async (_key, group) => {
          commits++;
          if (commits === 1) throw new Error('commit broke');
          for (const j of group) j.done(String(j.n));
        },
        jobsOf: (group) => group,
        fail: (j, error) => j.fail(error),
      },
      { maxGroup: 10, overlap: false },
    );
    const first = job(1);
    queue.enqueue('chain', first.job);
    await expect(first.answer).rejects.toThrow('prepare broke');
    const second = job(2);
    queue.enqueue('chain', second.job);
    await expect(second.answer).rejects.toThrow('commit broke');
    const third = job(3);
    queue.enqueue('chain', third.job);
    expect(await third.answer).toBe('3');
  });

  it('keeps one queue per key', async () => {
    const seen: string[] = [];
    const queue = new GroupQueue<Job & { key: string }, (Job & { key: string })[]>(
      {
        prepare: async (key, group) => {
          seen.push(`${key}:${group.map((j) => j.n).join(',')}`);
          return { prepared: group, handBack: [] };
        },
        commit: async (_key, group) => {
          for (const j of group) j.done(j.key);
        },
        jobsOf: (group) => group,
        fail: (j, error) => j.fail(error),
      },
      { maxGroup: 10, overlap: false },
    );
    const jobs = [1, 2, 3, 4].map((n) => {
      const made = job(n);
      return { ...made, job: { ...made.job, key: n % 2 === 0 ? 'even' : 'odd' } };
    });
    for (const { job: j } of jobs) queue.enqueue(j.key, j);
    expect(await Promise.all(jobs.map((j) => j.answer))).toEqual(['odd', 'even', 'odd', 'even']);
    expect(seen.sort()).toEqual(['even:2,4', 'odd:1,3']);
  });
});
