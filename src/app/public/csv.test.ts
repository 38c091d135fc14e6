import { describe, expect, it } from 'vitest';
import { csvCell, tableToCsv } from './csv.js';
import type { PublicTable } from './open-data.js';
import { isSuppressed } from './suppression.js';

describe('public CSV', () => {
  it('quotes commas, quotes and line breaks, and ends every line with CRLF', () => {
    const table: PublicTable = {
      id: 't',
      title: 't',
      description: 't',
      columns: [
        { name: 'a', title: 'A', datatype: 'string' },
        { name: 'b', title: 'B', datatype: 'decimal', suppressible: true },
      ],
      rows: [
        { a: 'x, "y"\nz', b: 1.5 },
        { a: null, b: null },
      ],
      withheld: [new Set(), new Set(['b'])],
    };
    expect(tableToCsv(table)).toBe('a,b\r\n"x, ""y""\nz",1.5\r\n,*\r\n');
  });

  it('keeps a text cell that a spreadsheet would run as a formula from running', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('small-number suppression', () => {
  const count = { unit: 'number' as const };
  const rate = { unit: 'percent' as const };
  it('withholds counts from 1 up to the threshold, and shows zero and the threshold itself', () => {
    const f = (value: number) => ({ value, numerator: null, denominator: null });
    expect([0, 1, 4, 5].map((v) => isSuppressed(f(v), count, 5))).toEqual([false, true, true, false]);
    expect(isSuppressed(f(3), count, undefined)).toBe(false);
  });

  it('withholds a percentage whose numerator or denominator is a small count', () => {
    expect(isSuppressed({ value: 0.1, numerator: 4, denominator: 4000 }, rate, 5)).toBe(true);
    expect(isSuppressed({ value: 75, numerator: 30, denominator: 4 }, rate, 5)).toBe(true);
    expect(isSuppressed({ value: 75, numerator: 30, denominator: 40 }, rate, 5)).toBe(false);
  });
});
