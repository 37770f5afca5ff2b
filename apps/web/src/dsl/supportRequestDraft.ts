/**
 * A request for support in progress: the DSL's answers, saved as a server draft of its own kind
 * (and in local storage) as they type, with the Idempotency-Key that makes its send create one case
 * however often it is retried. A DSL has one unsent request at a time.
 */
import type { CaseFacts } from '@sightline/core';
import { ApiError, NetworkError } from '../api/client.js';
import type { CaseIdentities, Draft } from '../api/types.js';
import { chooseDraft } from '../drafts/store.js';

export const SUPPORT_REQUEST_DRAFT_KIND = 'request-for-support';
export const SUPPORT_REQUEST_DRAFT_FORMAT = 'sightline.request-for-support-draft/1';

/** The form's answers, as typed (an unanswered question is ''). */
export interface SupportRequestAnswers {
  pupil: string;
  request: string;
  parentsKnow: string;
}

/** What `POST /api/cases` gets. */
export interface SupportRequestPayload {
  facts: CaseFacts;
  events: { type: string }[];
  identities: CaseIdentities;
  referrerAgencyId: null;
}

export interface SupportRequestDraftBody {
  format: typeof SUPPORT_REQUEST_DRAFT_FORMAT;
  answers: SupportRequestAnswers;
  /** Made when the draft starts; sent with the request so a retry never makes a second case. */
  idempotencyKey: string;
  /**
   * The request as last sent, with the answers it was built from. A retry with the same answers
   * sends exactly this again (the same date and the same log), so the server knows it as the same
   * request even on another day.
   */
  attempt: { answers: SupportRequestAnswers; payload: SupportRequestPayload } | null;
  /** The case once the request reached the front door: the draft is finished. */
  caseId: string | null;
  updatedAt: string;
}

/** A draft as the store holds it: the body, the server's version and the server draft's id. */
export type SupportRequestDraft = SupportRequestDraftBody & { version: number; draftId: string };

/** This browser's copy of a draft, as `readLocalDraft` gives it. */
export interface LocalSupportRequest {
  draft: SupportRequestDraft;
  onServer: boolean;
}

export const noAnswers: SupportRequestAnswers = { pupil: '', request: '', parentsKnow: '' };

/** A new, empty request. */
export function newSupportRequestDraftBody(now: Date, key: string = crypto.randomUUID()): SupportRequestDraftBody {
  return {
    format: SUPPORT_REQUEST_DRAFT_FORMAT,
    answers: noAnswers,
    idempotencyKey: key,
    attempt: null,
    caseId: null,
    updatedAt: now.toISOString(),
  };
}

/** True when a draft body has the request for support's shape. */
export function isSupportRequestDraftBody(body: unknown): body is SupportRequestDraftBody {
  return typeof body === 'object' && body !== null && (body as { format?: unknown }).format === SUPPORT_REQUEST_DRAFT_FORMAT;
}

/** Strips what the server keeps itself (its id and version) off for sending. */
export function bodyOf(draft: SupportRequestDraft): SupportRequestDraftBody {
  const { version: _version, draftId: _draftId, ...body } = draft;
  return body;
}

/** The answers from the form's raw values (react-hook-form gives undefined for a question never touched). */
export function answersFrom(raw: Partial<Record<keyof SupportRequestAnswers, unknown>>): SupportRequestAnswers {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { pupil: text(raw.pupil), request: text(raw.request), parentsKnow: text(raw.parentsKnow) };
}

/** True when the DSL has answered anything (so there is something to come back to). */
export function hasAnswers(answers: SupportRequestAnswers): boolean {
  return answers.pupil !== '' || answers.request.trim() !== '' || answers.parentsKnow !== '';
}

function sameAnswers(a: SupportRequestAnswers, b: SupportRequestAnswers): boolean {
  return a.pupil === b.pupil && a.request === b.request && a.parentsKnow === b.parentsKnow;
}

/** What to send: the last attempt again when the answers have not changed since, else a new request built now. */
export function payloadToSend(
  draft: Pick<SupportRequestDraftBody, 'attempt'>,
  answers: SupportRequestAnswers,
  build: () => SupportRequestPayload,
): SupportRequestPayload {
  return draft.attempt && sameAnswers(draft.attempt.answers, answers) ? draft.attempt.payload : build();
}

/** Which request to open when the DSL comes to the page, and which finished drafts to tidy away. */
export interface OpenChoice {
  /** The unsent request to carry on with, or null to start a new one. */
  open: SupportRequestDraft | null;
  /** True when answers typed on this computer had not reached Sightline. */
  restored: boolean;
  /** Drafts whose request was already sent: discard them. */
  finished: { id: string; version: number }[];
}

/**
 * Chooses the request to open from the server's drafts and this browser's copy: the newest unsent
 * request, with this browser's answers when the server never received them (after a crash or a
 * lost connection). A request that turns out to have been sent is finished, not reopened.
 */
export function chooseOpenRequest(serverDrafts: readonly Draft<unknown>[], local: LocalSupportRequest | null): OpenChoice {
  const mine = serverDrafts.flatMap((d) =>
    d.kind === SUPPORT_REQUEST_DRAFT_KIND && isSupportRequestDraftBody(d.body) ? [{ ...d, body: d.body }] : [],
  );
  const finished = mine.filter((d) => d.body.caseId !== null).map((d) => ({ id: d.id, version: d.version }));
  const unsent = mine
    .filter((d) => d.body.caseId === null)
    .sort((a, b) => (a.body.updatedAt < b.body.updatedAt ? 1 : a.body.updatedAt > b.body.updatedAt ? -1 : 0))[0];
  if (!unsent) return { open: null, restored: false, finished };
  const server: SupportRequestDraft = { ...unsent.body, version: unsent.version, draftId: unsent.id };
  const { draft, restored } = chooseDraft(server, local?.draft.draftId === unsent.id ? local : null);
  if (draft.caseId !== null)
    return { open: null, restored: false, finished: [...finished, { id: unsent.id, version: unsent.version }] };
  return { open: draft, restored, finished };
}

/** The answers to "Have the parents agreed to this request?". */
export const parentsKnowChoices = [
  { value: 'given', label: 'Yes' },
  { value: 'refused', label: 'No, they refused' },
  { value: 'not-sought', label: 'Not asked' },
  { value: 'unknown', label: 'Not known' },
];

/** What went wrong with a send, in plain words; the answers stay either way. */
export function sendProblem(error: unknown): string {
  if (error instanceof NetworkError) {
    return 'Sightline cannot be reached, so we cannot tell whether your request was sent. Your answers are saved. Send it again when you are connected: the front door will not get it twice.';
  }
  if (error instanceof ApiError && error.status === 409 && /Idempotency-Key/.test(error.message)) {
    return 'Your request reached the front door before you changed your answers, so your changes were not sent. You can see it under ‘Requests for support’ on your school’s page.';
  }
  if (error instanceof ApiError && error.issues.length > 0) {
    return `Your request has not been sent: ${error.issues.map((i) => i.message).join('; ')}`;
  }
  return `Your request has not been sent: ${error instanceof Error ? error.message : String(error)}. Your answers are saved.`;
}
