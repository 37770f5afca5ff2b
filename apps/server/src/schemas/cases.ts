/** Request schemas for cases, links, decisions, sign-offs, escalations and drafts. */
import { caseFactsSchema, disagreementSchema, escalationStepEventSchema, pathwaySchema } from '@sightline/core';
import { caseLinkRoles } from '@sightline/store';
import { z } from 'zod';
import { limitQuery, reasonSchema } from './common.js';
import { personIdentifiersSchema, personInputSchema } from './people.js';

export const machineEventSchema = z.looseObject({ type: z.string().min(1).max(100) });

export const identitiesSchema = z.strictObject({
  subject: personIdentifiersSchema.nullable().default(null),
  household: z.record(z.string().min(1).max(100), personIdentifiersSchema).default({}),
});

export const caseCreateBody = z.strictObject({
  facts: caseFactsSchema,
  events: z.array(machineEventSchema).max(2000).default([]),
  identities: identitiesSchema.default({ subject: null, household: {} }),
  referrerAgencyId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
  /** For a referrer outside the front door: which front door receives it (default: the partnership's only one). */
  ownerAgencyId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
});

export const caseUpdateBody = z.strictObject({
  expectedVersion: z.int().min(1),
  facts: caseFactsSchema,
  events: z.array(machineEventSchema).max(2000).default([]),
  identities: identitiesSchema.default({ subject: null, household: {} }),
  note: z.string().max(2000).nullable().default(null),
});

export const caseListQuery = z.strictObject({
  pathway: pathwaySchema.optional(),
  status: z.enum(['open', 'awaiting-sign-off', 'decided']).optional(),
  limit: limitQuery,
});

export const caseVersionParams = z.strictObject({
  id: z.uuid({ error: 'Not a valid id' }),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export const caseLinkBody = z
  .strictObject({
    personId: z.uuid({ error: 'Not a valid id' }).optional(),
    newPerson: personInputSchema.optional(),
    role: z.enum(caseLinkRoles),
    memberId: z.string().min(1).max(100).nullable().default(null),
    reasons: z.array(z.string().max(500)).max(20).default([]),
  })
  .superRefine((body, ctx) => {
    if ((body.personId === undefined) === (body.newPerson === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Give either personId (a person on record) or newPerson' });
    }
    if (body.role === 'household-member' && body.memberId === null) {
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Say which household member (household[].id) this person is' });
    }
  });

export const decisionBody = z.strictObject({
  caseVersion: z.int().min(1),
  value: z.string().min(1).max(20),
  analysis: z.string().trim().min(1, { error: 'Write your analysis in your own words' }).max(4000),
  overrideReason: z.string().trim().max(4000).nullable().default(null),
});

export const signOffBody = z.strictObject({
  outcome: z.enum(['agreed', 'disagreed']),
  comment: z.string().trim().min(1, { error: 'Write a comment' }).max(4000),
});

export const escalationBody = z.strictObject({
  caseId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
  disagreement: disagreementSchema,
  between: z.string().trim().min(1, { error: 'Say who the disagreement is between' }).max(500),
  urgent: z.boolean().default(false),
  note: z.string().trim().min(1, { error: 'Describe the disagreement' }).max(20_000),
  /** The agency whose decision is challenged; defaults to the case's front door. */
  againstAgencyId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
  /**
   * True: the escalation follows the core's escalation machine. The server records the disagreement
   * as its first event, replays every step and refuses a step the machine would not take. Immediate
   * risk is then its own step (`IMMEDIATE_RISK`), so `urgent` must be false.
   */
  pathway: z.boolean().default(false),
});

/**
 * A step on an escalation: either the machine's event (`event`, for an escalation that follows the
 * pathway) or, for one raised without it, a `kind` and a `note`.
 */
export const escalationEventBody = z
  .strictObject({
    kind: z.enum(['response', 'stage-opened', 'resolved', 'urgent-referral']).optional(),
    between: z.string().trim().max(500).nullable().default(null),
    note: z.string().trim().min(1, { error: 'Write a note' }).max(20_000).optional(),
    event: escalationStepEventSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.event !== undefined) {
      if (body.kind !== undefined || body.note !== undefined)
        ctx.addIssue({ code: 'custom', path: ['event'], message: 'Send the step as event, or as kind and note, not both' });
      return;
    }
    if (body.kind === undefined) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Say what happened' });
    if (body.note === undefined) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Write a note' });
  });

const MAX_DRAFT_BYTES = 256 * 1024;
const draftJson = z.unknown().refine((v) => v !== undefined && JSON.stringify(v).length <= MAX_DRAFT_BYTES, {
  error: 'A draft holds at most 256 kB of JSON',
});

export const draftCreateBody = z.strictObject({
  kind: z.string().trim().min(1).max(50),
  caseId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
  body: draftJson,
});

export const draftSaveBody = z.strictObject({ expectedVersion: z.int().min(1), body: draftJson });
export const draftDiscardQuery = z.strictObject({ expectedVersion: z.coerce.number().int().min(1) });

export const retractBody = z.strictObject({ reason: reasonSchema });
