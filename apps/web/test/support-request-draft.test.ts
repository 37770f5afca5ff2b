import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../src/api/client.js';
import type { Draft } from '../src/api/types.js';
import { DraftStore, OfflineError, readLocalDraft } from '../src/drafts/store.js';
import {
  bodyOf,
  chooseOpenRequest,
  hasAnswers,
  newSupportRequestDraftBody,
  payloadToSend,
  SUPPORT_REQUEST_DRAFT_KIND,
  type SupportRequestDraft,
  type SupportRequestDraftBody,
  type SupportRequestPayload,
  sendProblem,
} from '../src/dsl/supportRequestDraft.js';

const nine = new Date('2024-03-15T09:00:00Z');

function serverDraft(
  id: string,
  version: number,
  body: SupportRequestDraftBody,
  kind = SUPPORT_REQUEST_DRAFT_KIND,
): Draft<unknown> {
  return { id, version, kind, caseId: null, body, updatedAt: body.updatedAt };
}

function withAnswers(request: string, updatedAt = nine.toISOString()): SupportRequestDraftBody {
  return {
    ...newSupportRequestDraftBody(nine, 'key-0000001'),
    answers: { pupil: 'p1', request, parentsKnow: '' },
    updatedAt,
  };
}

const payload = (question: string): SupportRequestPayload =>
  ({
    facts: { decisionQuestion: question },
    events: [{ type: 'REQUEST_FOR_SUPPORT' }],
    identities: {},
    referrerAgencyId: null,
  }) as never;

describe('opening a request for support', () => {
  it('starts a new request when there is none unsent', () => {
    const contact = serverDraft('c1', 1, withAnswers('not a request'), 'contact');
    expect(chooseOpenRequest([contact], null)).toEqual({ open: null, restored: false, finished: [] });
  });

  it('opens the newest unsent request from the server', () => {
    const older = serverDraft('d1', 2, withAnswers('older', '2024-03-14T09:00:00.000Z'));
    const newer = serverDraft('d2', 5, withAnswers('newer', '2024-03-15T09:00:00.000Z'));
    const choice = chooseOpenRequest([older, newer], null);
    expect(choice.open).toMatchObject({ draftId: 'd2', version: 5, answers: { request: 'newer' } });
    expect(choice.restored).toBe(false);
  });

  it('brings back answers typed on this computer that never reached the server, at the server’s version', () => {
    const server = serverDraft('d1', 3, withAnswers('saved'));
    const local = {
      draft: { ...withAnswers('saved, then typed offline', '2024-03-15T09:05:00.000Z'), version: 2, draftId: 'd1' },
      onServer: false,
    };
    const choice = chooseOpenRequest([server], local);
    expect(choice.open).toMatchObject({ draftId: 'd1', version: 3, answers: { request: 'saved, then typed offline' } });
    expect(choice.restored).toBe(true);
  });

  it('ignores this computer’s copy of another request', () => {
    const server = serverDraft('d1', 3, withAnswers('on the server'));
    const local = {
      draft: { ...withAnswers('another', '2024-03-15T10:00:00.000Z'), version: 1, draftId: 'gone' },
      onServer: false,
    };
    expect(chooseOpenRequest([server], local).open?.answers.request).toBe('on the server');
  });

  it('finishes a request that was sent instead of reopening it, also when only this computer knew it was sent', () => {
    const sent = serverDraft('d1', 4, { ...withAnswers('sent'), caseId: 'case-1' });
    expect(chooseOpenRequest([sent], null)).toEqual({ open: null, restored: false, finished: [{ id: 'd1', version: 4 }] });
    const server = serverDraft('d2', 2, withAnswers('sending'));
    const local = {
      draft: { ...withAnswers('sending', '2024-03-15T09:01:00.000Z'), caseId: 'case-2', version: 2, draftId: 'd2' },
      onServer: false,
    };
    expect(chooseOpenRequest([server], local)).toEqual({ open: null, restored: false, finished: [{ id: 'd2', version: 2 }] });
  });

  it('gets back what the store kept on this computer when the server could not be reached', async () => {
    const key = 'sightline:draft:request-for-support:u1';
    const opened: SupportRequestDraft = { ...withAnswers('typed online'), version: 1, draftId: 'd1' };
    const store = new DraftStore<SupportRequestDraft>(opened, {
      key,
      storage: window.localStorage,
      now: () => new Date('2024-03-15T09:10:00Z'),
      save: async () => Promise.reject(new OfflineError('down')),
    });
    store.update((d) => ({ ...d, answers: { ...d.answers, request: 'typed offline', parentsKnow: 'given' } }));
    await store.saveNow();
    expect(store.getSnapshot().status.kind).toBe('offline');
    store.dispose();
    // The browser is gone; the next page reads the server's copy and this computer's.
    const local = readLocalDraft<SupportRequestDraft>(window.localStorage, key);
    const choice = chooseOpenRequest([serverDraft('d1', 1, bodyOf(opened))], local);
    expect(choice.restored).toBe(true);
    expect(choice.open?.answers).toEqual({ pupil: 'p1', request: 'typed offline', parentsKnow: 'given' });
    expect(choice.open?.idempotencyKey).toBe('key-0000001');
  });
});

describe('sending a request once', () => {
  it('sends the last attempt again, unchanged, when the answers are the same (even on another day)', () => {
    const answers = { pupil: 'p1', request: 'Help', parentsKnow: 'given' };
    const first = payload('sent on Friday');
    const draft = { attempt: { answers, payload: first } };
    expect(payloadToSend(draft, { ...answers }, () => payload('built on Monday'))).toBe(first);
    expect(payloadToSend(draft, { ...answers, request: 'Help, and more' }, () => payload('built on Monday'))).toEqual(
      payload('built on Monday'),
    );
    expect(payloadToSend({ attempt: null }, answers, () => payload('first time'))).toEqual(payload('first time'));
  });

  it('gives each new request its own key and nothing to come back to', () => {
    const a = newSupportRequestDraftBody(nine);
    const b = newSupportRequestDraftBody(nine);
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
    expect(a.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,200}$/);
    expect(hasAnswers(a.answers)).toBe(false);
    expect(hasAnswers({ ...a.answers, request: '   ' })).toBe(false);
    expect(hasAnswers({ ...a.answers, parentsKnow: 'unknown' })).toBe(true);
  });

  it('says plainly what went wrong and that the answers are kept', () => {
    expect(sendProblem(new NetworkError('Failed to fetch'))).toMatch(
      /cannot tell whether your request was sent\. Your answers are saved.*will not get it twice/,
    );
    expect(
      sendProblem(new ApiError(400, 'validation', 'Bad', [{ path: 'body/facts/child/label', message: 'Enter a label' }])),
    ).toBe('Your request has not been sent: Enter a label');
    expect(
      sendProblem(new ApiError(409, 'conflict', 'This Idempotency-Key was already used for a different request: make a new key')),
    ).toMatch(/reached the front door before you changed your answers/);
  });
});
