/** Shapes the server answers with (apps/server/API.md). */
import type {
  Assessment,
  CaseFacts,
  ConcernDomain,
  DecisionRecord,
  Disagreement,
  HouseholdFactors,
  Pathway,
} from '@sightline/core';

export type Role = 'duty-worker' | 'dsl' | 'supervisor' | 'auditor' | 'administrator';
export type AgencyKind = 'local-authority' | 'school' | 'health' | 'police' | 'other';

export interface Agency {
  id: string;
  name: string;
  kind: AgencyKind;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: Agency;
  team: { id: string; name: string } | null;
  isDemo: boolean;
}

export interface SessionAnswer {
  user: User;
  csrfToken: string;
}

export interface PersonInput {
  kind: 'child' | 'unborn' | 'adult';
  givenName: string;
  familyName: string;
  otherNames?: { givenName: string; familyName: string; note?: string | null }[];
  dateOfBirth?: string | null;
  expectedDate?: string | null;
  sex?: 'female' | 'male' | null;
  nhsNumber?: string | null;
  address?: string | null;
  postcode?: string | null;
}

export interface PersonSummary {
  id: string;
  kind: PersonInput['kind'];
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  postcode: string | null;
}

export interface Candidate {
  person: PersonSummary;
  score: number;
  reasons: string[];
}

export interface Plan {
  id: string;
  kind: 'early-help' | 'child-in-need' | 'child-protection';
  category: 'neglect' | 'physical' | 'emotional' | 'sexual' | 'multiple' | null;
  startedOn: string | null;
  endedOn: string | null;
  detail: string | null;
  agencyName: string | null;
}

export interface ChronologyEntry {
  id: string;
  occurredOn: string;
  kind: 'observation' | 'measure' | 'event';
  domain: ConcernDomain | null;
  description: string;
  codes: string[];
  measure: { name: string; value: number | null; unit: string | null; period: string | null } | null;
  event: { type: string; outcome: 'kept' | 'was-not-brought' | 'cancelled' | 'access-refused' } | null;
  sourceAgency: string;
  caseId: string | null;
  agency?: { id: string; name: string } | null;
}

export interface Person {
  id: string;
  version: number;
  current: PersonInput & { reason: string | null };
  relationships: { id: string; kind: string; direction: 'from' | 'to'; other: PersonSummary; detail: string | null }[];
  households: {
    id: string;
    address: string | null;
    postcode: string | null;
    members: { id: string; person: PersonSummary; role: string; startedOn: string | null; endedOn: string | null }[];
  }[];
  factors: HouseholdFactors | null;
  plans: Plan[];
  chronology: ChronologyEntry[];
  cases: { id: string; pathway: Pathway; createdAt: string; role: 'subject' | 'household-member' }[];
}

export type CaseStatus = 'open' | 'awaiting-sign-off' | 'decided';

export interface DecisionSummary {
  id: string;
  caseId?: string;
  value: string;
  levelName: string;
  status: 'final' | 'awaiting-sign-off' | 'signed-off' | 'not-agreed';
  belowRecommendation?: boolean;
  createdAt?: string;
  childLabel?: string;
  decidedBy?: { id: string; displayName: string; role: string };
  recommendation?: { value: string; levelName: string; summary?: string };
}

/** A decision in the audit list (GET /api/audit/decisions). */
export interface AuditDecision {
  id: string;
  caseId: string;
  caseVersion: number;
  childLabel: string | null;
  value: string;
  levelName: string;
  recommendation: { value: string; levelName: string };
  belowRecommendation: boolean;
  override: boolean;
  repeatContacts: boolean;
  overdue: boolean;
  worker: { id: string; name: string };
  team: { id: string; name: string } | null;
  decidedAt: string;
  caseOpenedAt: string;
  status: 'final' | 'awaiting-sign-off' | 'signed-off' | 'not-agreed';
}

export interface AuditDecisionsAnswer {
  decisions: AuditDecision[];
  nextCursor: string | null;
  teams: { id: string; name: string }[];
}

export interface CaseSummary {
  id: string;
  pathway: Pathway;
  childLabel: string;
  version: number;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
  ownerAgency: { id: string; name: string };
  referrerAgency: { id: string; name: string } | null;
  latestDecision: DecisionSummary | null;
}

export interface CaseIdentities {
  subject: PersonInput | null;
  household: Record<string, PersonInput>;
}

export interface CaseLink {
  id: string;
  role: 'subject' | 'household-member';
  memberId: string | null;
  person: PersonSummary;
  reasons: string[];
}

export interface Case {
  id: string;
  pathway: Pathway;
  version: number;
  status: CaseStatus;
  facts: CaseFacts;
  events: { type: string; [key: string]: unknown }[];
  identities?: CaseIdentities;
  ownerAgency: { id: string; name: string };
  referrerAgency: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  links: CaseLink[];
  decisions: DecisionSummary[];
  matches?: { subject: Candidate[]; household: Record<string, Candidate[]> };
}

export interface HistoryAdded {
  path: string;
  from: 'plan' | 'case' | 'decision' | 'factors' | 'chronology';
  detail: string;
}

export interface SignOffView {
  id: string;
  outcome: 'agreed' | 'disagreed';
  comment: string;
  by: { id: string; displayName: string; role: string };
  at: string;
}

export interface Decision {
  id: string;
  caseId: string;
  caseVersion: number;
  sequence: number;
  status: 'final' | 'awaiting-sign-off' | 'signed-off' | 'not-agreed';
  analysis?: string;
  overrideReason?: string | null;
  belowRecommendation: boolean;
  value: string;
  levelName: string;
  recommendation: { value: string; levelName: string; summary: string };
  decidedBy: { id: string; displayName: string; role: string };
  createdAt: string;
  signOffs: SignOffView[];
  record: DecisionRecord;
  hash: string;
  prevHash: string | null;
}

export interface EscalationEvent {
  kind: 'response' | 'stage-opened' | 'resolved' | 'urgent-referral' | string;
  stage: number;
  openedOn?: string | null;
  dueOn?: string | null;
  between: string | null;
  note: string | null;
  by?: { id: string; displayName: string; role?: string } | null;
  at: string;
}

export interface Escalation {
  id: string;
  caseId: string | null;
  disagreement: Disagreement;
  stage: number;
  dueOn: string;
  overdue: boolean;
  resolved: boolean;
  urgent?: boolean;
  events: EscalationEvent[];
}

export interface EscalationSummary {
  id: string;
  caseId: string | null;
  stage: number;
  dueOn: string;
  overdue: boolean;
  resolved: boolean;
  decisionChallenged?: string;
  childLabel?: string | null;
}

export interface Draft<B> {
  id: string;
  version: number;
  kind: string;
  caseId: string | null;
  body: B;
  updatedAt: string;
}

export interface AssessmentAnswer {
  caseVersion: number;
  asOf: string;
  assessment: Assessment;
  historyAdded: HistoryAdded[];
}

export interface AccessLogEntry {
  at: string;
  user: { id: string; displayName: string; role: string };
  action: 'read' | 'write';
  subject: string;
  route: string;
}
