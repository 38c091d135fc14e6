/**
 * Query and path parameters shared by the resources. Every message says what was expected, because
 * it reaches a person as `"parameter: message"` (see validation-message.ts).
 */
import { z } from 'zod';
import { isGssCode } from '../domain/area.js';
import { CANONICAL_FORMS, parsePeriod } from '../domain/period.js';

/**
 * A query whose unknown parameters are refused: a misspelt filter (`?categroy=`) silently
 * returning everything would look like an answer.
 */
export function queryObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const keys = Object.keys(shape);
  const expected = keys.length > 0 ? `expected ${keys.join(', ')}` : 'this request takes none';
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `is not a parameter of this request; ${expected}` : undefined,
  });
}

/** A text parameter that must be given once; `example` shows the expected form. */
export function requiredText(example: string) {
  return (
    z
      .string({
        error: (issue) =>
          issue.input === undefined ? `is required, e.g. ${example}` : `must be given once, e.g. ${example}`,
      })
      .min(1, { error: `must not be empty, e.g. ${example}` })
      // PostgreSQL refuses NUL in text; refusing control characters here keeps that a 400, not a 500.
      .refine((text) => !hasControlCharacter(text), {
        error: `must not contain control characters, e.g. ${example}`,
      })
  );
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** One value from a fixed list, e.g. a kind of area. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  const list = `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  return z.enum(values, { error: `must be one of ${values.length > 1 ? list : values[0]}` });
}

/** A period in one of its canonical text forms; the domain's own parser gives the message. */
export const periodText = z
  .string({
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : 'must be given once'}, as ${CANONICAL_FORMS}`,
  })
  .superRefine((text, ctx) => {
    const parsed = parsePeriod(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .meta({ description: `A period: ${CANONICAL_FORMS}`, examples: ['2016/17-Q2', '2016-04', '2016/17'] });

/** An area by its ONS GSS code. */
export const gssCode = z
  .string({
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : 'must be given once'}, as a GSS code such as E08000031`,
  })
  .superRefine((text, ctx) => {
    if (!isGssCode(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a GSS area code: expected a nation letter (E, W, S, N or K) and eight digits, e.g. E08000031`,
      });
    }
  })
  .meta({ description: 'An ONS GSS area code', examples: ['E08000031', 'E05001321'] });

/** `true` or `false`, spelt out: `?includeRetired=yes` is a mistake to name, not a truthy string. */
export const trueOrFalse = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .optional()
  .transform((text) => text === 'true');
