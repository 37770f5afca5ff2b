/** One function per server route the app uses (apps/server/API.md). */
import type { CaseFacts, Disagreement, Framework } from '@sightline/core';
import { request } from './client.js';
import type {
  AccessLogEntry,
  Agency,
  AssessmentAnswer,
  AuditDecisionsAnswer,
  Candidate,
  Case,
  CaseIdentities,
  CaseSummary,
  Decision,
  DecisionSummary,
  Draft,
  Escalation,
  EscalationSummary,
  HistoryAdded,
  Person,
  PersonInput,
  SessionAnswer,
} from './types.js';

export const api = {
  session: () => request<SessionAnswer>('GET', '/api/session'),
  signIn: (username: string, password: string) => request<SessionAnswer>('POST', '/api/session', { username, password }),
  signOut: () => request<void>('DELETE', '/api/session'),

  agencies: () => request<{ agencies: Agency[] }>('GET', '/api/agencies'),
  framework: () => request<Framework>('GET', '/api/frameworks/current'),

  matches: (person: Partial<PersonInput>) => request<{ candidates: Candidate[] }>('POST', '/api/people/matches', person),
  person: (id: string) => request<Person>('GET', `/api/people/${encodeURIComponent(id)}`),
  addChronology: (personId: string, entry: Record<string, unknown>) =>
    request<unknown>('POST', `/api/people/${encodeURIComponent(personId)}/chronology`, entry),
  addPlan: (personId: string, plan: Record<string, unknown>) =>
    request<unknown>('POST', `/api/people/${encodeURIComponent(personId)}/plans`, plan),

  cases: (query: { pathway?: string; status?: string; limit?: number } = {}) => {
    const qs = new URLSearchParams(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return request<{ cases: CaseSummary[] }>('GET', `/api/cases${qs.size > 0 ? `?${qs}` : ''}`);
  },
  case: (id: string) => request<Case>('GET', `/api/cases/${encodeURIComponent(id)}`),
  /** With `key` (an Idempotency-Key), sending the same input again gets the first case, never a second. */
  createCase: (
    input: { facts: CaseFacts; events: unknown[]; identities: CaseIdentities; referrerAgencyId: string | null },
    key?: string,
  ) => request<Case>('POST', '/api/cases', input, key ? { 'Idempotency-Key': key } : {}),
  saveCase: (
    id: string,
    input: { expectedVersion: number; facts: CaseFacts; events: unknown[]; identities: CaseIdentities; note: string | null },
  ) => request<Case>('PUT', `/api/cases/${encodeURIComponent(id)}`, input),
  linkPerson: (
    caseId: string,
    link: { personId: string; role: 'subject' | 'household-member'; memberId: string | null; reasons: string[] },
  ) => request<unknown>('POST', `/api/cases/${encodeURIComponent(caseId)}/links`, link),
  linkNewPerson: (
    caseId: string,
    link: { newPerson: PersonInput; role: 'subject' | 'household-member'; memberId: string | null },
  ) => request<unknown>('POST', `/api/cases/${encodeURIComponent(caseId)}/links`, link),
  caseHistory: (id: string) =>
    request<{ facts: CaseFacts; added: HistoryAdded[] }>('GET', `/api/cases/${encodeURIComponent(id)}/history`),
  caseAssessment: (id: string) => request<AssessmentAnswer>('GET', `/api/cases/${encodeURIComponent(id)}/assessment`),
  accessLog: (id: string) => request<{ entries: AccessLogEntry[] }>('GET', `/api/cases/${encodeURIComponent(id)}/access-log`),

  decide: (
    caseId: string,
    key: string,
    body: { caseVersion: number; value: string; analysis: string; overrideReason: string | null },
  ) => request<Decision>('POST', `/api/cases/${encodeURIComponent(caseId)}/decisions`, body, { 'Idempotency-Key': key }),
  decision: (id: string) => request<Decision>('GET', `/api/decisions/${encodeURIComponent(id)}`),
  signOff: (decisionId: string, key: string, body: { outcome: 'agreed' | 'disagreed'; comment: string }) =>
    request<Decision>('POST', `/api/decisions/${encodeURIComponent(decisionId)}/sign-offs`, body, { 'Idempotency-Key': key }),
  signOffQueue: () => request<{ decisions: DecisionSummary[] }>('GET', '/api/sign-offs/queue'),
  auditDecisions: (query: Record<string, string> = {}) => {
    const qs = new URLSearchParams(query);
    return request<AuditDecisionsAnswer>('GET', `/api/audit/decisions${qs.size > 0 ? `?${qs}` : ''}`);
  },

  escalations: () => request<{ escalations: EscalationSummary[] }>('GET', '/api/escalations'),
  escalation: (id: string) => request<Escalation>('GET', `/api/escalations/${encodeURIComponent(id)}`),
  raiseEscalation: (body: {
    caseId: string | null;
    disagreement: Disagreement;
    between: string;
    urgent: boolean;
    note: string | null;
  }) => request<Escalation>('POST', '/api/escalations', body),
  escalationEvent: (
    id: string,
    body: { kind: 'response' | 'stage-opened' | 'resolved' | 'urgent-referral'; between: string | null; note: string | null },
  ) => request<Escalation>('POST', `/api/escalations/${encodeURIComponent(id)}/events`, body),

  drafts: () => request<{ drafts: Draft<unknown>[] }>('GET', '/api/drafts'),
  draft: <B>(id: string) => request<Draft<B>>('GET', `/api/drafts/${encodeURIComponent(id)}`),
  createDraft: <B>(kind: string, caseId: string | null, body: B) =>
    request<Draft<B>>('POST', '/api/drafts', { kind, caseId, body }),
  saveDraft: <B>(id: string, expectedVersion: number, body: B) =>
    request<Draft<B>>('PUT', `/api/drafts/${encodeURIComponent(id)}`, { expectedVersion, body }),
  discardDraft: (id: string, expectedVersion: number) =>
    request<void>('DELETE', `/api/drafts/${encodeURIComponent(id)}?expectedVersion=${expectedVersion}`),
};
