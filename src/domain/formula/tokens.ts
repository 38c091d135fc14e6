/**
 * Splits a formula's text into tokens. Problems are collected, not thrown, so the officer sees
 * every stray character at once.
 */
import type { FormulaError } from './ast.js';

export const SYMBOLS = ['+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=', '(', ')', ','] as const;
export type SymbolText = (typeof SYMBOLS)[number];

interface TokenBase {
  /** 1-based column of the first character. */
  position: number;
  /** The characters as written. */
  text: string;
}

export type Token =
  | (TokenBase & { type: 'number'; value: number })
  /** A bare word: a measure code, a function name or one of and / or / not. */
  | (TokenBase & { type: 'word' })
  /** A measure code in square brackets; `code` is what is inside, trimmed. */
  | (TokenBase & { type: 'bracketed'; code: string })
  | (TokenBase & { type: 'symbol'; symbol: SymbolText })
  | (TokenBase & { type: 'end' });

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; errors: FormulaError[] };

/** Spreadsheet habits that mean the same as a canonical operator. */
const ALIASES = new Map<string, SymbolText>([
  ['=', '=='],
  ['<>', '!='],
]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isWordStart = (c: string | undefined): boolean => isLetter(c) || c === '_';
const isWordCharacter = (c: string | undefined): boolean => isWordStart(c) || isDigit(c);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Can `code` be written without square brackets? A hyphen or dot belongs to a bare code only
 * when a letter, digit or underscore follows it, so that `A - B` and `A-B` both read naturally.
 */
export function isBareCode(code: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*$/.test(code);
}

/** Shows a character safely in a message (a tab or newline would otherwise vanish). */
function show(c: string): string {
  return JSON.stringify(c).slice(1, -1);
}

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  const errors: FormulaError[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const start = i;
    const column = i + 1;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      i = scanNumber(text, i);
      const written = text.slice(start, i);
      const value = Number(written);
      if (isWordCharacter(text[i]) || text[i] === '.') {
        const end = scanWhile(text, i, (ch) => isWordCharacter(ch) || ch === '.');
        errors.push({
          position: column,
          length: end - start,
          message: `Unexpected '${text.slice(start, end)}' at column ${column}: a number cannot run straight into letters or dots (a measure code must start with a letter; put a code that starts with a digit in square brackets, e.g. [${text.slice(start, end)}])`,
        });
        i = end;
      } else if (!Number.isFinite(value)) {
        errors.push({
          position: column,
          length: i - start,
          message: `The number '${written}' at column ${column} is too large`,
        });
      } else {
        tokens.push({ type: 'number', position: column, text: written, value });
      }
    } else if (isWordStart(c)) {
      i = scanWord(text, i);
      tokens.push({ type: 'word', position: column, text: text.slice(start, i) });
    } else if (c === '[') {
      const close = text.indexOf(']', i + 1);
      const open = text.indexOf('[', i + 1);
      if (close === -1 || (open !== -1 && open < close)) {
        const end = open === -1 ? text.length : open;
        errors.push({
          position: column,
          length: end - start,
          message: `The measure code in square brackets at column ${column} has no closing ']'`,
        });
        i = end;
        continue;
      }
      i = close + 1;
      const code = text.slice(start + 1, close).trim();
      if (code === '') {
        errors.push({
          position: column,
          length: i - start,
          message: `Empty square brackets at column ${column}: expected a measure code inside them`,
        });
      } else {
        tokens.push({ type: 'bracketed', position: column, text: text.slice(start, i), code });
      }
    } else {
      const two = text.slice(i, i + 2);
      const symbol = matchSymbol(two) ?? matchSymbol(c);
      if (symbol) {
        const written = matchSymbol(two) ? two : c;
        i += written.length;
        tokens.push({ type: 'symbol', position: column, text: written, symbol });
      } else {
        i++;
        errors.push({
          position: column,
          length: 1,
          message:
            c === ']'
              ? `Unexpected ']' at column ${column}: there is no '[' before it`
              : `Unexpected character '${show(c)}' at column ${column}: expected a number, a measure code, an operator (+ - * / < <= > >= == !=), a bracket or a comma`,
        });
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  tokens.push({ type: 'end', position: text.length + 1, text: '' });
  return { ok: true, tokens };
}

function matchSymbol(text: string): SymbolText | undefined {
  return (SYMBOLS as readonly string[]).includes(text) ? (text as SymbolText) : ALIASES.get(text);
}

function scanWhile(text: string, from: number, test: (c: string) => boolean): number {
  let i = from;
  while (i < text.length && test(text[i]!)) i++;
  return i;
}

/** Digits, an optional fraction and an optional exponent: 12, 0.5, .5, 1e-7, 2.5E+3. */
function scanNumber(text: string, from: number): number {
  let i = scanWhile(text, from, isDigit);
  if (text[i] === '.' && isDigit(text[i + 1])) i = scanWhile(text, i + 1, isDigit);
  if (text[i] === 'e' || text[i] === 'E') {
    const signed = text[i + 1] === '+' || text[i + 1] === '-';
    const digitsAt = i + (signed ? 2 : 1);
    if (isDigit(text[digitsAt])) i = scanWhile(text, digitsAt, isDigit);
  }
  return i;
}

function scanWord(text: string, from: number): number {
  let i = from + 1;
  for (;;) {
    if (isWordCharacter(text[i])) i++;
    else if ((text[i] === '-' || text[i] === '.') && isWordCharacter(text[i + 1])) i += 2;
    else return i;
  }
}
