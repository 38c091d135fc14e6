import { describe, expect, it } from 'vitest';
import { isBareCode, tokenize } from './tokens.js';

describe('isBareCode', () => {
  it('accepts codes of letters, digits, hyphens, underscores and dots that start with a letter', () => {
    for (const code of ['CP-ECO-01', 'NI_195', 'ASCOF.1A', '_local', 'x'])
      expect(isBareCode(code)).toBe(true);
  });

  it('refuses codes that need square brackets', () => {
    for (const code of ['CP ECO 01', '2016-ABC', 'A-', 'A--B', 'A.', '-A', '', 'rate/1000']) {
      expect(isBareCode(code)).toBe(false);
    }
  });
});

describe('tokenize', () => {
  it('gives each token its 1-based column and ends with an end token after the text', () => {
    const result = tokenize('A <> [B C]');
    if (!result.ok) throw new Error('expected tokens');
    expect(result.tokens.map((t) => [t.type, t.position, t.text])).toEqual([
      ['word', 1, 'A'],
      ['symbol', 3, '<>'],
      ['bracketed', 6, '[B C]'],
      ['end', 11, ''],
    ]);
  });

  it('reads spreadsheet = and <> as == and !=', () => {
    const result = tokenize('= <>');
    if (!result.ok) throw new Error('expected tokens');
    expect(result.tokens.flatMap((t) => (t.type === 'symbol' ? [t.symbol] : []))).toEqual(['==', '!=']);
  });

  it('keeps a trailing hyphen or dot out of a code', () => {
    const result = tokenize('A-B- C');
    if (!result.ok) throw new Error('expected tokens');
    expect(result.tokens.map((t) => t.text)).toEqual(['A-B', '-', 'C', '']);
  });

  it('shows an invisible stray character in a readable way', () => {
    const result = tokenize('A \u0000 B');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      "Unexpected character '\\u0000' at column 3: expected a number, a measure code, an operator (+ - * / < <= > >= == !=), a bracket or a comma",
    ]);
  });
});
