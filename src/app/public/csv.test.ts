import { describe, expect, it } from 'vitest';
import { csvCell, tableToCsv } from './csv.js';
import type { PublicTable } from './open-data.js';
import { isSuppressed, withheldFigures } from './suppression.js';

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

  describe('one withheld ward takes a second with it', () => {
    const wards = new Set(['W1', 'W2', 'W3', 'W4']);
    const fig = (areaCode: string, value: number, period = '2017/18') => ({
      period,
      areaCode,
      value,
      numerator: null,
      denominator: null,
    });
    const held = (figures: ReturnType<typeof fig>[], below = 5) =>
      [...withheldFigures(figures, count, below, wards)].map((f) => `${f.period} ${f.areaCode}`).sort();

    it('withholds the next smallest ward so the total less the others does not give the first away', () => {
      const year = [fig('E08', 120), fig('W1', 3), fig('W2', 40), fig('W3', 9), fig('W4', 68)];
      expect(held(year)).toEqual(['2017/18 W1', '2017/18 W3']);
    });

    it('adds nothing when two wards are withheld already, or none', () => {
      expect(held([fig('E08', 80), fig('W1', 3), fig('W2', 2), fig('W3', 9), fig('W4', 66)])).toEqual([
        '2017/18 W1',
        '2017/18 W2',
      ]);
      expect(held([fig('E08', 80), fig('W1', 30), fig('W2', 20), fig('W3', 9), fig('W4', 21)])).toEqual([]);
    });

    it('judges each period on its own, and never picks the authority or a comparator as the second', () => {
      const figures = [
        fig('E08', 4, '2016/17'),
        fig('W1', 2, '2016/17'),
        fig('W2', 2, '2016/17'),
        fig('E08', 50),
        fig('E92', 1),
        fig('W1', 4),
        fig('W2', 46),
      ];
      expect(held(figures)).toEqual([
        '2016/17 E08',
        '2016/17 W1',
        '2016/17 W2',
        '2017/18 E92',
        '2017/18 W1',
        '2017/18 W2',
      ]);
    });

    it('chooses the second ward by its numerator for a percentage', () => {
      const share = (areaCode: string, numerator: number, denominator: number) => ({
        period: '2017/18',
        areaCode,
        value: (numerator / denominator) * 100,
        numerator,
        denominator,
      });
      const figures = [share('W1', 3, 60), share('W2', 30, 40), share('W3', 12, 400), share('W4', 50, 90)];
      expect([...withheldFigures(figures, rate, 5, wards)].map((f) => f.areaCode).sort()).toEqual([
        'W1',
        'W3',
      ]);
    });
  });
});
