/** Drafts saved as a worker types: every save is a new version; a stale save writes nothing. */
import { asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { drafts, draftVersions } from '../schema/index.js';
import type { VersionedWrite } from './people.js';
import { firstRow } from './rows.js';

export interface DraftView {
  id: string;
  ownerId: string;
  caseId: string | null;
  kind: string;
  version: number;
  body: unknown;
  discarded: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A draft body for the jsonb column: JSON `null` is stored as the JSON value null, not as SQL NULL. */
function jsonValue(body: unknown): unknown | SQL {
  return body === null ? sql`'null'::jsonb` : body;
}

export async function createDraft(
  tx: DbOrTx,
  input: { ownerId: string; caseId: string | null; kind: string; body: unknown },
): Promise<DraftView> {
  const draft = firstRow(
    await tx.insert(drafts).values({ ownerId: input.ownerId, caseId: input.caseId, kind: input.kind }).returning(),
    'createDraft',
  );
  const version = firstRow(
    await tx
      .insert(draftVersions)
      .values({ draftId: draft.id, version: 1, body: jsonValue(input.body) })
      .returning(),
    'createDraft version',
  );
  return { ...draft, version: 1, body: version.body, discarded: false, updatedAt: version.createdAt };
}

export async function getDraft(db: DbOrTx, id: string): Promise<DraftView | undefined> {
  const [draft] = await db.select().from(drafts).where(eq(drafts.id, id));
  if (!draft) return undefined;
  const [latest] = await db
    .select()
    .from(draftVersions)
    .where(eq(draftVersions.draftId, id))
    .orderBy(desc(draftVersions.version))
    .limit(1);
  if (!latest) return undefined;
  return { ...draft, version: latest.version, body: latest.body, discarded: latest.discarded, updatedAt: latest.createdAt };
}

/** Saves version n+1 (or marks the draft discarded) when `expectedVersion` is current. */
export async function saveDraft(
  tx: DbOrTx,
  input: { draftId: string; expectedVersion: number; body: unknown; discarded?: boolean },
): Promise<VersionedWrite<DraftView>> {
  const current = await getDraft(tx, input.draftId);
  if (!current) return { ok: false, currentVersion: 0 };
  if (current.version !== input.expectedVersion) return { ok: false, currentVersion: current.version };
  const row = firstRow(
    await tx
      .insert(draftVersions)
      .values({
        draftId: input.draftId,
        version: current.version + 1,
        body: jsonValue(input.body),
        discarded: input.discarded ?? false,
      })
      .returning(),
    'saveDraft',
  );
  return {
    ok: true,
    value: { ...current, version: row.version, body: row.body, discarded: row.discarded, updatedAt: row.createdAt },
  };
}

/** A user's drafts that are not discarded, most recently saved first. */
export async function listDrafts(db: DbOrTx, ownerId: string): Promise<DraftView[]> {
  const mine = await db.select().from(drafts).where(eq(drafts.ownerId, ownerId));
  if (mine.length === 0) return [];
  const versions = await db
    .select()
    .from(draftVersions)
    .where(
      inArray(
        draftVersions.draftId,
        mine.map((d) => d.id),
      ),
    )
    .orderBy(asc(draftVersions.version));
  const latest = new Map<string, typeof draftVersions.$inferSelect>();
  for (const v of versions) latest.set(v.draftId, v);
  return mine
    .flatMap((d) => {
      const v = latest.get(d.id);
      return v && !v.discarded ? [{ ...d, version: v.version, body: v.body, discarded: false, updatedAt: v.createdAt }] : [];
    })
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}
