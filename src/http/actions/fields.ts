/**
 * Body fields shared by the Plan–Do–Review–Revise resources. Each message names the form expected,
 * because it reaches a person as `"field: message"`; the web forms will share these schemas.
 */
import { z } from 'zod';

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A calendar date, YYYY-MM-DD. */
export const dateField = z
  .string({
    error: (i) =>
      i.input === undefined
        ? 'is required, as YYYY-MM-DD, e.g. 2017-11-22'
        : 'must be a date as YYYY-MM-DD, e.g. 2017-11-22',
  })
  .refine(isCalendarDate, { error: 'must be a real date as YYYY-MM-DD, e.g. 2017-11-22' })
  .meta({ description: 'A date, YYYY-MM-DD', examples: ['2017-11-22'] });

/** PostgreSQL refuses NUL, and no one types other control characters: refusing them keeps a 400, not a 500. */
function noControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false;
  }
  return true;
}

/** Text a person writes: required, not blank, at most `max` characters. */
export const textField = (max: number, example: string) =>
  z
    .string({
      error: (i) =>
        i.input === undefined ? `is required, e.g. ${example}` : `must be text, e.g. ${example}`,
    })
    .trim()
    .min(1, { error: `must not be empty, e.g. ${example}` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine(noControl, { error: 'must not contain control characters' });

/** Optional text: null or absent for none. */
export const optionalTextField = (max: number, what: string) =>
  z
    .string({ error: `must be text or null: ${what}` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine(noControl, { error: 'must not contain control characters' })
    .nullable();

/** An id or code naming another record. */
export const idField = (example: string) =>
  z
    .string({
      error: (i) =>
        i.input === undefined ? `is required, e.g. ${example}` : `must be text, e.g. ${example}`,
    })
    .min(1, { error: `must not be empty, e.g. ${example}` })
    .max(100, { error: 'must be at most 100 characters' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/, {
      error: `must be letters, digits and - _ . / only, e.g. ${example}`,
    });

export const idList = (example: string) =>
  z
    .array(idField(example), { error: `must be a list of ids, e.g. ["${example}"]` })
    .max(100, { error: 'must list at most 100' });

export const percentField = z
  .number({ error: 'must be a whole number from 0 to 100, e.g. 40' })
  .int({ error: 'must be a whole number from 0 to 100, e.g. 40' })
  .min(0, { error: 'must be a whole number from 0 to 100, e.g. 40' })
  .max(100, { error: 'must be a whole number from 0 to 100, e.g. 40' });

/** A strict object whose unknown fields are named as mistakes. */
export function bodyObject<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const expected = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `is not a field of ${what}; expected ${expected}` : undefined,
  });
}

type Unwrapped<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The fields of a change: each optional, and without the defaults a new record takes, so that a
 * field left out of a change is left alone rather than reset.
 */
export function changeFields<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
): { [K in keyof Shape]: z.ZodOptional<Unwrapped<Shape[K]>> } {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [
      k,
      (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional(),
    ]),
  ) as { [K in keyof Shape]: z.ZodOptional<Unwrapped<Shape[K]>> };
}
