/**
 * A contact in progress: the case facts so far, the raw answers of each page, the pages seen, the
 * records the worker confirmed and the decision being made. It is saved as a server draft (and in
 * local storage) as the worker types, and becomes a case and a decision at the end.
 */
import type { CaseFacts } from '@sightline/core';
import type { CaseIdentities, HistoryAdded, PersonInput } from '../api/types.js';
import type { ContactStepId } from './steps/types.js';

export const CONTACT_DRAFT_FORMAT = 'sightline.contact-draft/1';

/** A record the worker confirmed as the same person, with the reasons the server gave. */
export interface ConfirmedLink {
  personId: string;
  role: 'subject' | 'household-member';
  memberId: string | null;
  reasons: string[];
  label: string;
}

/** The decision page's answers. */
export interface DecisionAnswers {
  value: string;
  analysis: string;
  overrideReason: string;
}

export interface ContactDraftBody {
  format: typeof CONTACT_DRAFT_FORMAT;
  /** The case once it exists on the server (after the child's page). */
  caseId: string | null;
  caseVersion: number | null;
  facts: CaseFacts;
  identities: CaseIdentities;
  /** Raw answers of each page, restored when the page opens again. */
  forms: Partial<Record<ContactStepId | 'records' | 'decision', Record<string, unknown>>>;
  /** The machine's events so far, replayed to rebuild its state (and by the server to check it). */
  events: { type: string; [key: string]: unknown }[];
  /** Records confirmed as the same person. */
  links: ConfirmedLink[];
  /** What confirmed history added to the facts, as the server reported it. */
  record: { facts: CaseFacts; added: HistoryAdded[] } | null;
  decision: DecisionAnswers | null;
  /** Made when the draft opens; sent with the decision so a retried submit never decides twice. */
  idempotencyKey: string;
  /** The decision once made. */
  decisionId: string | null;
  updatedAt: string;
}

/** A draft as the store holds it: the body plus the server's version. */
export type ContactDraft = ContactDraftBody & { version: number };

/** A new, empty contact draft. */
export function newContactDraftBody(facts: CaseFacts, now: Date, subject: PersonInput | null = null): ContactDraftBody {
  return {
    format: CONTACT_DRAFT_FORMAT,
    caseId: null,
    caseVersion: null,
    facts,
    identities: { subject, household: {} },
    forms: {},
    events: [],
    links: [],
    record: null,
    decision: null,
    idempotencyKey: crypto.randomUUID(),
    decisionId: null,
    updatedAt: now.toISOString(),
  };
}

/** True when a draft body has the contact draft's shape. */
export function isContactDraftBody(body: unknown): body is ContactDraftBody {
  return typeof body === 'object' && body !== null && (body as { format?: unknown }).format === CONTACT_DRAFT_FORMAT;
}

/** Strips the version off for sending. */
export function bodyOf(draft: ContactDraft): ContactDraftBody {
  const { version: _version, ...body } = draft;
  return body;
}

function getAt(root: unknown, parts: string[]): unknown {
  let node = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The facts `assess` should see: the worker's answers plus what confirmed records added (past
 * plans, contacts, parents' factors), as the server's history endpoint reported it. Items the
 * worker already has are not added twice.
 */
export function withRecordHistory(facts: CaseFacts, record: ContactDraftBody['record']): CaseFacts {
  if (!record || record.added.length === 0) return facts;
  const merged = structuredClone(facts) as unknown as Record<string, unknown>;
  for (const { path } of record.added) {
    const parts = path.split('/').filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    const value = getAt(record.facts, parts);
    if (value === undefined) continue;
    if (/^\d+$/.test(last)) {
      const list = getAt(merged, parts.slice(0, -1));
      if (Array.isArray(list) && !list.some((item) => JSON.stringify(item) === JSON.stringify(value))) list.push(value);
    } else {
      const parent = getAt(merged, parts.slice(0, -1));
      if (parent && typeof parent === 'object') {
        const current = (parent as Record<string, unknown>)[last];
        const unset =
          current === null ||
          current === undefined ||
          (typeof current === 'object' && (current as { status?: unknown }).status === 'unknown');
        if (unset) (parent as Record<string, unknown>)[last] = value;
      }
    }
  }
  return merged as unknown as CaseFacts;
}
