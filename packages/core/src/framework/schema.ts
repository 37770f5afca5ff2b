/**
 * A threshold framework is data: a partnership's levels, timescales, escalation stages and numeric
 * parameters, each value with its citation and the date it applies from. Validated with zod so a
 * partnership's file is checked before it is used.
 */
import { z } from 'zod';

export const citationSchema = z.strictObject({
  /** Short name of the document, e.g. "Working Together to Safeguard Children (2023)". */
  source: z.string().min(1),
  /** Section, paragraph or finding. */
  section: z.string().nullable(),
  /** Where it is summarised in the product's domain notes, e.g. "facts.md 1.1". */
  note: z.string().nullable().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use YYYY-MM-DD' });

/**
 * The national outcomes every local level maps onto, least to most intrusive; `pre-birth` sits
 * outside the order and is used only for an unborn child.
 */
export const canonicalOutcomes = [
  'universal',
  'early-help',
  'targeted-early-help',
  'child-in-need',
  'significant-harm',
  'immediate-protection',
] as const;
export const canonicalOutcomeSchema = z.enum([...canonicalOutcomes, 'pre-birth']);
export type CanonicalOutcome = z.infer<typeof canonicalOutcomeSchema>;
export type OrderedOutcome = (typeof canonicalOutcomes)[number];

export const levelSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  meaning: z.string().min(1),
  /** What the level leads to, in the partnership's words. */
  response: z.string().min(1),
  outcome: canonicalOutcomeSchema,
  citation: citationSchema,
});
export type Level = z.infer<typeof levelSchema>;

/** A dated value: the value in force from `from`, with its source. */
export const datedValueSchema = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, from: isoDate, citation: citationSchema });

export const parameterSchema = z.strictObject({
  description: z.string().min(1),
  unit: z.string().min(1),
  values: z.array(datedValueSchema(z.number())).min(1),
});
export type Parameter = z.infer<typeof parameterSchema>;

export const timescaleSchema = z.strictObject({
  id: z.string().min(1),
  description: z.string().min(1),
  amount: z.number().positive(),
  unit: z.enum(['working-days', 'days', 'months', 'hours']),
  startsAt: z.string().min(1),
  citation: citationSchema,
  from: isoDate,
});
export type Timescale = z.infer<typeof timescaleSchema>;

export const escalationStageSchema = z.strictObject({
  stage: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  name: z.string().min(1),
  counterpart: z.string().min(1),
  workingDays: z.number().int().positive(),
  citation: citationSchema,
});
export type EscalationStage = z.infer<typeof escalationStageSchema>;

/** The least outcome a finding supports on its own, as the framework's level descriptors say. */
export const floorSchema = z.strictObject({
  outcome: canonicalOutcomeSchema,
  citation: citationSchema,
  /**
   * The floor holds only when the observation was recorded at least this often (on different dates):
   * a descriptor about frequent accidents says nothing about one.
   */
  minOccurrences: z.number().int().min(2).optional(),
});

export const frameworkSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().min(1),
    name: z.string().min(1),
    partnership: z.string().min(1),
    appliesFrom: isoDate,
    calendar: z.strictObject({
      division: z.literal('england-and-wales'),
      /** Whether the trigger day counts as day 0 (the deadline is n working days after it) or day 1. */
      triggerDay: z.union([z.literal(0), z.literal(1)]),
      citation: citationSchema,
    }),
    levels: z.array(levelSchema).min(2),
    cinCpOutcomes: z.array(levelSchema).length(3),
    timescales: z.array(timescaleSchema),
    escalationStages: z.array(escalationStageSchema).length(4),
    parameters: z.record(z.string(), parameterSchema),
    floors: z.record(z.string(), floorSchema),
  })
  .superRefine((fw, ctx) => {
    for (const outcome of canonicalOutcomeSchema.options) {
      if (!fw.levels.some((l) => l.outcome === outcome)) {
        ctx.addIssue({ code: 'custom', path: ['levels'], message: `No level maps to the outcome "${outcome}"` });
      }
    }
    const ids = new Set<string>();
    fw.levels.forEach((l, i) => {
      if (ids.has(l.id)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: `Level id "${l.id}" is used twice` });
      ids.add(l.id);
    });
    fw.escalationStages.forEach((s, i) => {
      if (s.stage !== i + 1)
        ctx.addIssue({ code: 'custom', path: ['escalationStages', i, 'stage'], message: 'Stages must run 1 to 4 in order' });
    });
  });
export type Framework = z.infer<typeof frameworkSchema>;
