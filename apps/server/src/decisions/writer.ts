/**
 * Decision writes with group commit. Submissions for one partnership queue behind each other; the
 * writer takes every submission waiting as one group and:
 *
 * 1. prepares it: answers repeated idempotency keys with their first answer, reads the cases (and
 *    their links and history) once, checks each submission (404, 403, 409, 400), assesses each case
 *    once, and seals the decisions in queue order onto the last record sealed before them;
 * 2. commits it in ONE transaction: under the partnership's chain lock it checks that the chain's
 *    head is the record the group was sealed onto (otherwise it seals them again onto the real
 *    head), then writes every record, idempotency answer and access-log entry in one statement.
 *
 * Nothing is acknowledged before that transaction commits; a submission that fails its checks
 * writes nothing and gets its own error. If the transaction fails, each submission is retried
 * alone, in its own transaction, so one bad submission never takes others down with it. When the
 * database works apart from the server's thread (PostgreSQL, or PGlite on its own thread) the next
 * group is prepared while the previous one commits.
 */
import { randomUUID } from 'node:crypto';
import { type DecisionRecord, type DecisionRecordInput, sealDecisionRecordWithJson } from '@sightline/core';
import {
  accessInsert,
  type CaseWithVersion,
  chainHead,
  type Database,
  type DbOrTx,
  getCases,
  idempotencyInsert,
  insertSealedEntries,
  isUniqueViolation,
  lastChainEntry,
  listLinksForCases,
  lockPartnershipChain,
  type SealedEntry,
} from '@sightline/store';
import { sha256 } from '../auth/tokens.js';
import { GroupQueue } from '../batching/group-queue.js';
import { gatherHistory } from '../cases/history.js';
import { frameworkFor } from '../cases/service.js';
import { decisionView } from '../cases/views.js';
import type { IdempotentRequest } from '../http/idempotency.js';
import {
  analyseCase,
  assessmentDate,
  type CaseAnalysis,
  type CaseOnRecord,
  checkDecidable,
  type DecisionRequest,
  recordInputFor,
} from './prepare.js';
import { withRecordJson } from './record-json.js';
import { findReplays, idempotencyKeyOf, storedAnswer } from './replay.js';

export type DecisionView = Awaited<ReturnType<typeof decisionView>>;

export interface DecisionSubmission extends DecisionRequest {
  idem: IdempotentRequest;
}

/**
 * A new decision (its view, and the view as JSON text built from the record's sealed JSON, so the
 * answer is not serialised again), or the stored answer to an earlier submission with the same
 * idempotency key.
 */
export type DecisionOutcome =
  | { replayed: false; view: DecisionView; json: string }
  | { replayed: true; statusCode: number; response: unknown };

interface Job extends DecisionSubmission {
  resolve: (outcome: DecisionOutcome) => void;
  reject: (error: unknown) => void;
}

/** A submission that passed its checks, with the record to seal for it. */
interface Ready {
  job: Job;
  found: CaseWithVersion;
  input: DecisionRecordInput;
}

/** One sealed decision with everything its transaction writes and its answer. */
interface Sealed {
  job: Job;
  entry: SealedEntry & { id: string; recordJson: string };
  view: DecisionView;
  /** The stored answer (the view without its record) as JSON text. */
  answerJson: string;
}

/** Ready submissions sealed in order onto `base` (those whose sealing threw are in `failed`). */
interface SealedGroup {
  base: DecisionRecord | null;
  items: Sealed[];
  failed: { job: Job; error: unknown }[];
}

interface Prepared {
  ready: Ready[];
  /** Sealed while preparing, onto the last record sealed before; null when the base was not known. */
  sealed: SealedGroup | null;
}

/** A chain head this writer has seen committed: the record and the version of its row. */
interface KnownHead {
  record: DecisionRecord;
  rowVersion: string;
}

/** Per partnership: the committed head last seen, and what the next group is sealed onto. */
interface ChainState {
  committed: KnownHead | null;
  /**
   * The record the next group is sealed onto: the last record of the group now committing, known as
   * soon as that group's transaction has checked the head (before its write and commit); undefined
   * when not known (the next group is then sealed inside its own transaction).
   */
  next: Promise<DecisionRecord | null | undefined>;
  /** Idempotency keys of groups prepared and not yet committed. */
  inFlight: Set<string>;
}

export class DecisionWriter {
  private readonly chains = new Map<string, ChainState>();
  private readonly queue: GroupQueue<Job, Prepared>;

  constructor(
    private readonly database: Database,
    maxGroup = 64,
  ) {
    this.queue = new GroupQueue<Job, Prepared>(
      {
        prepare: (partnershipId, group) => this.prepare(partnershipId, group),
        commit: (partnershipId, prepared) => this.commit(partnershipId, prepared),
        jobsOf: (prepared) => prepared.ready.map((r) => r.job),
        fail: (job, error) => job.reject(error),
      },
      { maxGroup, overlap: database.separateThread },
    );
  }

  /** Queues a decision; resolves once it (or the answer it replays) is committed, rejects with its HttpError. */
  submit(submission: DecisionSubmission): Promise<DecisionOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.enqueue(submission.user.partnershipId, { ...submission, resolve, reject });
    });
  }

  private chain(partnershipId: string): ChainState {
    let state = this.chains.get(partnershipId);
    if (!state) {
      state = { committed: null, next: Promise.resolve(undefined), inFlight: new Set() };
      this.chains.set(partnershipId, state);
    }
    return state;
  }

  /**
   * Checks and seals a group outside any transaction. Submissions whose idempotency key is in a
   * group still committing (or earlier in this one) wait for the next group, where they are replays.
   */
  private async prepare(partnershipId: string, jobs: Job[]): Promise<{ prepared: Prepared; handBack: Job[] }> {
    const state = this.chain(partnershipId);
    const seen = new Set<string>();
    const group: Job[] = [];
    const handBack: Job[] = [];
    for (const job of jobs) {
      const key = idempotencyKeyOf(job.idem);
      if (seen.has(key) || state.inFlight.has(key)) handBack.push(job);
      else {
        seen.add(key);
        group.push(job);
      }
    }
    const ready = await this.readyEachOnFailure(partnershipId, group);
    for (const r of ready) state.inFlight.add(idempotencyKeyOf(r.job.idem));
    const base = ready.length > 0 ? await state.next : undefined;
    const sealed = base === undefined ? null : await this.seal(this.database.db, ready, base);
    return { prepared: { ready, sealed }, handBack };
  }

  /** `readyToSeal` for the group; if reading fails, for each submission alone, each failing with its own error. */
  private async readyEachOnFailure(partnershipId: string, jobs: readonly Job[]): Promise<Ready[]> {
    try {
      return await this.readyToSeal(this.database.db, partnershipId, jobs);
    } catch (error) {
      if (jobs.length === 1) {
        jobs[0]?.reject(error);
        return [];
      }
      const ready: Ready[] = [];
      for (const job of jobs) ready.push(...(await this.readyEachOnFailure(partnershipId, [job])));
      return ready;
    }
  }

  /**
   * Replays and refusals are answered here; the rest come back with their record input. Reads the
   * idempotency keys, the cases and their links at once, then each case's history on record.
   */
  private async readyToSeal(db: DbOrTx, partnershipId: string, jobs: readonly Job[]): Promise<Ready[]> {
    if (jobs.length === 0) return [];
    const caseIds = [...new Set(jobs.map((j) => j.caseId))];
    const [replays, cases, links, framework] = await Promise.all([
      findReplays(
        db,
        jobs.map((j) => j.idem),
      ),
      getCases(db, caseIds),
      listLinksForCases(db, caseIds),
      frameworkFor(db, partnershipId),
    ]);
    // Nothing is answered until every read has succeeded: if one fails, each submission is tried
    // again alone (see readyEachOnFailure), and none may have been answered already.
    const answers: (() => void)[] = [];
    const decidable: { job: Job; found: CaseWithVersion }[] = [];
    for (const job of jobs) {
      const replay = replays.get(job.idem);
      if (replay && 'ok' in replay) answers.push(() => job.resolve({ replayed: true, ...replay.ok }));
      else if (replay) answers.push(() => job.reject(replay.error));
      else {
        try {
          decidable.push({ job, found: checkDecidable(job, cases.get(job.caseId)) });
        } catch (error) {
          answers.push(() => job.reject(error));
        }
      }
    }
    const onRecord = new Map<string, CaseOnRecord>();
    for (const { found } of decidable) {
      const id = found.case.id;
      if (onRecord.has(id)) continue;
      const caseLinks = links.get(id) ?? [];
      onRecord.set(id, { found, links: caseLinks, history: await gatherHistory(db, id, caseLinks), framework });
    }
    for (const answer of answers) answer();
    const analyses = new Map<string, { analysis: CaseAnalysis } | { error: unknown }>();
    const ready: Ready[] = [];
    for (const { job, found } of decidable) {
      try {
        const record = onRecord.get(found.case.id) as CaseOnRecord;
        const analysis = analysisOnce(analyses, record, assessmentDate(job));
        ready.push({ job, found, input: recordInputFor(job, record, analysis) });
      } catch (error) {
        job.reject(error);
      }
    }
    return ready;
  }

  /** Seals the ready submissions in order onto `base`, with each one's answer. */
  private async seal(db: DbOrTx, ready: readonly Ready[], base: DecisionRecord | null): Promise<SealedGroup> {
    const items: Sealed[] = [];
    const failed: SealedGroup['failed'] = [];
    let previous = base;
    for (const { job, found, input } of ready) {
      try {
        const { record, json } = sealDecisionRecordWithJson(input, previous, sha256);
        const entry = {
          id: randomUUID(),
          kind: 'decision' as const,
          caseId: found.case.id,
          caseVersion: found.version.version,
          decisionId: null,
          actorId: job.user.id,
          record,
          recordJson: json,
        };
        const view = await decisionView(
          db,
          { ...entry, seq: record.sequence, hash: record.hash, prevHash: record.prevHash },
          [],
          true,
          [job.user],
        );
        items.push({ job, entry, view, answerJson: JSON.stringify(storedAnswer(view)) });
        previous = record;
      } catch (error) {
        failed.push({ job, error });
      }
    }
    return { base, items, failed };
  }

  /**
   * Writes a prepared group atomically; answers each submission once it has committed. A group
   * sealed onto the record this writer itself committed last is written in one statement (which
   * takes the chain's lock on PostgreSQL); the unique (partnership, seq) pair refuses it if anyone
   * else appended since, and it then goes the long way: a transaction that locks the chain, reads
   * its head and seals the group again onto it.
   */
  private async commit(partnershipId: string, prepared: Prepared): Promise<void> {
    if (prepared.ready.length === 0) return;
    const state = this.chain(partnershipId);
    let announceNext: (record: DecisionRecord | null | undefined) => void = () => {};
    state.next = new Promise((resolve) => {
      announceNext = resolve;
    });
    try {
      let written: { group: SealedGroup; head: KnownHead | null } | undefined;
      const sealed = prepared.sealed;
      const known = state.committed;
      if (sealed !== null && sealed.items.length > 0 && known !== null && sealed.base === known.record) {
        announceNext(sealed.items.at(-1)?.entry.record);
        try {
          written = { group: sealed, head: await this.writeSealed(this.database.db, partnershipId, sealed, known) };
        } catch {
          // Refused as a whole (nothing was written): someone else appended, or an idempotency key
          // was used meanwhile. The long way below finds out which.
          state.committed = null;
        }
      }
      if (written === undefined) {
        try {
          written = await this.database.db.transaction((tx) => this.writeGroup(tx, partnershipId, prepared, announceNext));
        } catch (error) {
          announceNext(undefined);
          state.committed = null;
          await this.retryAlone(partnershipId, prepared, error);
          return;
        }
      }
      const { group, head } = written;
      if (head) state.committed = head;
      for (const { job, error } of group.failed) job.reject(error);
      for (const { job, view, entry, answerJson } of group.items) {
        job.resolve({ replayed: false, view, json: withRecordJson(answerJson, entry.recordJson) });
      }
    } finally {
      announceNext(undefined);
      for (const r of prepared.ready) state.inFlight.delete(idempotencyKeyOf(r.job.idem));
    }
  }

  /**
   * Inside the group's transaction: checks the group was sealed onto the chain's head (sealing it
   * again onto the head if not), announces the group's last record to the next group, and writes.
   */
  private async writeGroup(
    tx: DbOrTx,
    partnershipId: string,
    prepared: Prepared,
    announceNext: (record: DecisionRecord | null) => void,
  ): Promise<{ group: SealedGroup; head: KnownHead | null }> {
    const state = this.chain(partnershipId);
    if (this.database.kind === 'postgres') await lockPartnershipChain(tx, partnershipId);
    const head = await chainHead(tx, partnershipId);
    const known = state.committed;
    const headIsKnown =
      head !== null &&
      known !== null &&
      known.record.sequence === head.seq &&
      known.record.hash === head.hash &&
      known.rowVersion === head.rowVersion;
    let group = prepared.sealed;
    const sealedOntoHead = group !== null && (head === null ? group.base === null : headIsKnown && group.base === known?.record);
    if (!group || !sealedOntoHead) {
      // The head is the record this writer committed last, or (the first time, or after another
      // writer) read from the database; sealing checks a record read back against its own hash.
      let previous: DecisionRecord | null = null;
      if (head !== null && headIsKnown && known) previous = known.record;
      else if (head !== null) {
        previous = (await lastChainEntry(tx, partnershipId))?.record ?? null;
        if (previous) state.committed = { record: previous, rowVersion: head.rowVersion };
      }
      group = await this.seal(tx, prepared.ready, previous);
    }
    announceNext(group.items.at(-1)?.entry.record ?? group.base);
    if (group.items.length === 0) return { group, head: null };
    return { group, head: await this.writeSealed(tx, partnershipId, group, null) };
  }

  /**
   * Writes a sealed group's records, idempotency answers and access-log entries in one statement.
   * Outside a transaction, `onto` is the head this writer committed and sealed the group onto: the
   * statement takes the chain's lock (PostgreSQL; PGlite has one connection) and checks that head
   * first. The group's last entry is the new head.
   */
  private async writeSealed(
    db: DbOrTx,
    partnershipId: string,
    group: SealedGroup,
    onto: KnownHead | null,
  ): Promise<KnownHead | null> {
    const entries = await insertSealedEntries(
      db,
      partnershipId,
      group.items.map((s) => s.entry),
      [
        idempotencyInsert(
          group.items.map((s) => ({ ...s.job.idem, statusCode: 201, response: null, responseJson: s.answerJson })),
        ),
        accessInsert(
          group.items.map((s) => ({
            userId: s.job.user.id,
            action: 'write' as const,
            subject: 'decision' as const,
            subjectId: s.entry.id,
            caseId: s.entry.caseId,
            route: s.job.idem.route,
          })),
        ),
      ],
      onto === null
        ? {}
        : {
            lockChain: this.database.kind === 'postgres',
            onto: { seq: onto.record.sequence, hash: onto.record.hash, rowVersion: onto.rowVersion },
          },
    );
    const last = entries.at(-1);
    return last ? { record: last.record, rowVersion: last.rowVersion } : null;
  }

  /**
   * After a group's transaction failed: each submission again, alone, in its own transaction. A
   * submission whose own transaction fails on its idempotency key (a twin committed first
   * elsewhere) gets the twin's answer; anything else is its error.
   */
  private async retryAlone(partnershipId: string, prepared: Prepared, groupError: unknown): Promise<void> {
    if (prepared.ready.length === 1) {
      const [only] = prepared.ready;
      if (only) await this.answerFailure(only.job, groupError);
      return;
    }
    for (const { job } of prepared.ready) {
      const ready = await this.readyEachOnFailure(partnershipId, [job]);
      if (ready.length > 0) await this.commit(partnershipId, { ready, sealed: null });
    }
  }

  private async answerFailure(job: Job, error: unknown): Promise<void> {
    try {
      const replay = isUniqueViolation(error) ? (await findReplays(this.database.db, [job.idem])).get(job.idem) : undefined;
      if (replay && 'ok' in replay) job.resolve({ replayed: true, ...replay.ok });
      else job.reject(replay ? replay.error : error);
    } catch (failure) {
      job.reject(failure);
    }
  }
}

/** One analysis per case version and date in a group; an error (e.g. history checks missing) is shared too. */
function analysisOnce(
  analyses: Map<string, { analysis: CaseAnalysis } | { error: unknown }>,
  record: CaseOnRecord,
  asOf: string,
): CaseAnalysis {
  const key = `${record.found.case.id}:${record.found.version.version}:${asOf}`;
  let memo = analyses.get(key);
  if (!memo) {
    try {
      memo = { analysis: analyseCase(record, asOf) };
    } catch (error) {
      memo = { error };
    }
    analyses.set(key, memo);
  }
  if ('error' in memo) throw memo.error;
  return memo.analysis;
}
