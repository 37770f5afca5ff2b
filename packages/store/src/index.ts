export * from './database.js';
export * from './errors.js';
export * from './matching/keys.js';
export * from './matching/names.js';
export * from './matching/score.js';
export * from './repos/access-log.js';
export * from './repos/audit.js';
export * from './repos/cases.js';
export * from './repos/chain.js';
export * from './repos/drafts.js';
export * from './repos/escalations.js';
export * from './repos/idempotency.js';
export * from './repos/org.js';
export * from './repos/people.js';
export * from './repos/records.js';
export * from './repos/rows.js';
export * from './repos/school.js';
export {
  type AgencyKind,
  agencyKinds,
  type CaseIdentities,
  type ChronologyEvent,
  type ChronologyMeasure,
  caseLinkRoles,
  chronologyKinds,
  cpCategories,
  type MachineEvent,
  type OtherName,
  type PersonIdentifiers,
  type PersonKind,
  pathways,
  personKinds,
  planKinds,
  type RelationshipKind,
  type Role,
  relationshipKinds,
  roles,
  accessActions,
  accessSubjects,
  escalationEventKinds,
} from './schema/index.js';
export * from './verify.js';
