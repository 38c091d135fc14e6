/** Body fields the catalogue's forms send, each refusing what a person might mistype, in words. */
import { z } from 'zod';
import { CATALOGUE_CODE, CATALOGUE_CODE_WORDS } from '../../domain/catalogue/measure-rules.js';

/** Text a person typed: newlines and tabs allowed, other control characters (NUL above all) refused. */
export function freeText(max: number, example: string) {
  return z
    .string({ error: `must be text, e.g. ${example}` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !hasControlCharacter(text), { error: 'must not contain control characters' });
}

/** PostgreSQL refuses NUL in text; refusing every control but newline and tab keeps that a 400. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/** Text that may be left empty: null, or an empty string, both mean "none". */
export const optionalText = (max: number, example: string) => freeText(max, example).nullable().optional();

export const code = (example: string) =>
  z
    .string({ error: `is required, e.g. ${example}` })
    .regex(CATALOGUE_CODE, { error: `must be a code of ${CATALOGUE_CODE_WORDS}, e.g. ${example}` });

export const isoDate = z
  .string({ error: 'must be a date as YYYY-MM-DD, e.g. 2018-03-31' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: 'must be a date as YYYY-MM-DD, e.g. 2018-03-31',
  })
  .nullable()
  .optional();

export const finiteNumber = (example: string) =>
  z
    .number({ error: `must be a number, or null for none, e.g. ${example}` })
    .nullable()
    .optional();

export const flag = z.boolean({ error: 'must be true or false' }).optional();

/** A strict object whose unknown fields are refused by name, listing those it takes. */
export function fieldsObject<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const expected = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `is not a field of ${what}; expected ${expected}` : undefined,
  });
}

/** Blank text becomes null: a form's empty box means "none", not a title of spaces. */
export function blankToNull(text: string | null | undefined): string | null | undefined {
  if (text === undefined || text === null) return text;
  return text.trim() === '' ? null : text.trim();
}
