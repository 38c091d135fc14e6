import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, SUPPRESSION_MARKS } from './numbers.js';

const POINT = { decimalComma: false };

function value(text: string | number | null, style = POINT): number | null {
  const result = readNumber(text, style);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('reading figures from cells', () => {
  it('reads thousands separators, percent and pound signs as the number they show', () => {
    expect(value('1,234')).toBe(1234);
    expect(value('1,234,567.89')).toBe(1234567.89);
    expect(value('45%')).toBe(45);
    expect(value('64.5 %')).toBe(64.5);
    expect(value('£1,200')).toBe(1200);
    expect(value('-£1,200.50')).toBe(-1200.5);
    expect(value('£-3')).toBe(-3);
    expect(value('(1,234)')).toBe(-1234);
    expect(value('1 234 567')).toBe(1234567);
    expect(value(' 12.5 ')).toBe(12.5);
    expect(value('1.5e-7')).toBe(1.5e-7);
    expect(value('0')).toBe(0);
  });

  it('reads blanks and every suppression mark as missing, never as 0', () => {
    for (const mark of [...SUPPRESSION_MARKS, '', '   ', 'N/A', 'X', 'C', null]) {
      const result = readNumber(mark, POINT);
      expect(result, String(mark)).toMatchObject({ ok: true, value: null });
    }
  });

  it('reads decimal commas only when the profile says the file uses them', () => {
    expect(value('1.234,5', { decimalComma: true })).toBe(1234.5);
    expect(value('12,5', { decimalComma: true })).toBe(12.5);
    expect(readNumber('12,5', POINT).ok).toBe(false);
  });

  it('refuses text that is not a number, saying what it expected', () => {
    for (const bad of ['twelve', '1,23', '12.5.1', '£', '%', '1,2345', '--3', Number.NaN, Infinity]) {
      const result = readNumber(bad, POINT);
      expect(result.ok, String(bad)).toBe(false);
      if (!result.ok)
        expect(result.error).toMatch(/expected a number such as 1234\.5, 1,234\.5, 45%, £1,200/);
    }
  });

  it('reads back every number JavaScript writes, so that exported figures round-trip exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Object.is(value(String(n)), n) || (n === 0 && value(String(n)) === 0)).toBe(true);
      }),
    );
  });

  it('reads a number written with thousands separators back to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(value(n.toLocaleString('en-GB'))).toBe(n);
        expect(value(`£${Math.abs(n).toLocaleString('en-GB')}`)).toBe(Math.abs(n));
      }),
    );
  });
});
