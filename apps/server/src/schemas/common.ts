/** Small zod schemas shared by routes. */
import { z } from 'zod';

export const idParams = z.strictObject({ id: z.uuid({ error: 'Not a valid id' }) });
export const isoDateSchema = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { error: 'Use YYYY-MM-DD' })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    error: 'Not a real date',
  });
export const shortText = z.string().trim().min(1, { error: 'Enter some text' }).max(500);
export const longText = z.string().max(20_000);
export const reasonSchema = z.string().trim().min(1, { error: 'Give a reason' }).max(4000);
export const limitQuery = z.coerce.number().int().min(1).max(500).default(50);
const idempotencyKey = z
  .string({ error: 'Send an Idempotency-Key header' })
  .regex(/^[A-Za-z0-9_-]{8,200}$/, { error: 'Use 8-200 letters, digits, - or _' });

export const idempotencyHeaders = z.looseObject({ 'idempotency-key': idempotencyKey });

/** For routes where the key is welcome but older clients may leave it out. */
export const optionalIdempotencyHeaders = z.looseObject({ 'idempotency-key': idempotencyKey.optional() });

export const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
