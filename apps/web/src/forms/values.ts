/**
 * Small zod pieces for form values. HTML inputs give strings: these turn them into the nulls,
 * numbers and booleans the core's schemas expect, with error messages a person can act on.
 */
import { z } from 'zod';

/** Text that must be filled in; spaces alone do not count. */
export function requiredText(error: string, max = 4000) {
  return z
    .string()
    .trim()
    .min(1, { error })
    .max(max, { error: `Use ${max} characters or fewer` });
}

/** Text that may be left blank: blank becomes null. */
export const optionalText = z
  .string()
  .trim()
  .max(4000, { error: 'Use 4000 characters or fewer' })
  .transform((s) => (s === '' ? null : s));

/** One entry per line; blank lines dropped. */
export const linesList = z.string().transform((s) =>
  s
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0),
);

/** Joins a list back into one entry per line, for a textarea. */
export function toLines(list: readonly string[]): string {
  return list.join('\n');
}

interface NumberRule {
  /** What the number is, for messages: "School attendance". */
  name: string;
  min?: number;
  max?: number;
  whole?: boolean;
}

/** A number typed as text; blank becomes null. Accepts "58", "58.5" and "58%". */
export function optionalNumber({ name, min, max, whole }: NumberRule) {
  return z
    .string()
    .trim()
    .superRefine((raw, ctx) => {
      if (raw === '') return;
      const n = Number(raw.replace(/%$/, '').trim());
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a number, like 12` });
        return;
      }
      if (whole && !Number.isInteger(n)) ctx.addIssue({ code: 'custom', message: `${name} must be a whole number` });
      if (min !== undefined && n < min) ctx.addIssue({ code: 'custom', message: `${name} must be ${min} or more` });
      if (max !== undefined && n > max) ctx.addIssue({ code: 'custom', message: `${name} must be ${max} or less` });
    })
    .transform((raw) => (raw === '' ? null : Number(raw.replace(/%$/, '').trim())));
}

/** Shows a number in a text input: null becomes blank. */
export function numberText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}

/** Yes / no / not known, as radios give them. */
export const yesNoUnknown = z.enum(['yes', 'no', 'unknown'], { error: 'Select yes, no or not known' });
export type YesNoUnknown = z.infer<typeof yesNoUnknown>;

/** Turns yes / no / not known into true / false / null. */
export function toBoolean(answer: YesNoUnknown | '' | undefined): boolean | null {
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  return null;
}

/** Turns true / false / null into the radio value. */
export function fromBoolean(value: boolean | null | undefined): YesNoUnknown {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return 'unknown';
}

/** A loose date as practitioners write it (2017, 2017-05, 2017-05-15, 2017-04/05); blank becomes null. */
export const optionalLooseDate = z
  .string()
  .trim()
  .max(60, { error: 'Use 60 characters or fewer for the date' })
  .transform((s) => (s === '' ? null : s));
