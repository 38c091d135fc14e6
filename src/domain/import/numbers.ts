/**
 * Reads a figure as a council's file writes it: `1,234.5`, `45%`, `£1,200`, `(1,234)`, `1.2e-7`.
 * Blanks and the suppression marks of published statistics (`-`, `..`, `n/a`, `x`, `*`, `c`, and
 * the bracketed `[c]`, `[x]`, `[z]` of the newer ONS style) mean "no figure": they are read as
 * missing, never as 0, because a suppressed count is not a count of nothing.
 */

export const SUPPRESSION_MARKS = [
  '-',
  '–',
  '—',
  '..',
  '.',
  ':',
  'n/a',
  'na',
  'n.a.',
  '#n/a',
  'x',
  '[x]',
  '*',
  'c',
  '[c]',
  'z',
  '[z]',
  '[low]',
] as const;
const MARKS = new Set<string>(SUPPRESSION_MARKS);

export const EXPECTED_NUMBER =
  'a number such as 1234.5, 1,234.5, 45%, £1,200 or -3, or a blank or a suppression mark (-, .., n/a, x, *, c) for no figure';

export type NumberReading =
  | { ok: true; value: number; mark: null }
  | { ok: true; value: null; mark: string }
  | { ok: false; error: string };

export interface NumberStyle {
  /** `1.234,5`: a comma before the decimals and dots (or spaces) between thousands. */
  decimalComma: boolean;
}

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const SCIENTIFIC = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_POINT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/;
const GROUPED_COMMA = /^\d{1,3}(?:[. ]\d{3})+(?:,\d+)?$/;
const SPACES = /[\s\u00a0\u2009\u202f]/g;

/** The magnitude without sign, currency or percent sign, as JavaScript reads numbers, or null. */
function magnitude(text: string, style: NumberStyle): string | null {
  if (style.decimalComma) {
    if (GROUPED_COMMA.test(text)) return text.replace(/[. ]/g, '').replace(',', '.');
    if (/^\d+(?:,\d+)?$/.test(text)) return text.replace(',', '.');
    return null;
  }
  if (GROUPED_POINT.test(text)) return text.replace(/,/g, '');
  if (GROUPED_SPACE.test(text)) return text.replace(/ /g, '');
  return SCIENTIFIC.test(text) ? text : null;
}

function readText(raw: string, style: NumberStyle): number | null {
  let text = raw;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true; // accountants' negative: (1,234)
    text = text.slice(1, -1).trim();
  }
  const sign = /^([+-])\s*/.exec(text);
  if (sign) {
    negative = negative !== (sign[1] === '-');
    text = text.slice(sign[0].length);
  }
  text = text.replace(/^£\s*/, '').replace(/\s*%$/, '');
  const afterCurrency = /^([+-])\s*/.exec(text);
  if (afterCurrency && !sign) {
    negative = negative !== (afterCurrency[1] === '-');
    text = text.slice(afterCurrency[0].length);
  }
  const digits = magnitude(text.trim(), style);
  if (digits === null) return null;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** Reads one cell as a figure; numbers from a workbook pass through as they are. */
export function readNumber(input: string | number | null, style: NumberStyle): NumberReading {
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { ok: true, value: input, mark: null }
      : { ok: false, error: `"${input}" is not a number: expected ${EXPECTED_NUMBER}` };
  }
  if (input === null) return { ok: true, value: null, mark: '' };
  if (!style.decimalComma && PLAIN.test(input)) return { ok: true, value: Number(input), mark: null };
  const text = input.replace(SPACES, ' ').trim();
  const lower = text.toLowerCase();
  if (text === '' || MARKS.has(lower)) return { ok: true, value: null, mark: lower };
  const value = readText(text, style);
  if (value === null) return { ok: false, error: `"${text}" is not a number: expected ${EXPECTED_NUMBER}` };
  return { ok: true, value, mark: null };
}
