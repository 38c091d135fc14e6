import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { period } from '../../domain/period.js';
import { compareFigureKeys, decodeCursor, encodeCursor, pageOf, type FigureKey } from './page.js';

const AREAS = ['E05001321', 'E05001322', 'E08000031'];
const PERIODS = ['2016-04', '2016-12', '2016/17-Q1', '2016/17-Q3', '2016/17', '2017-Q1', '2017', 'AY2016/17'];

/** Figures for distinct area × period keys, in any order. */
const figures = fc.uniqueArray(
  fc.record({ areaCode: fc.constantFrom(...AREAS), period: fc.constantFrom(...PERIODS) }),
  { selector: (f) => `${f.areaCode} ${f.period}`, maxLength: AREAS.length * PERIODS.length },
);

describe('pageOf', () => {
  it('gives every figure exactly once, in order, however the pages are cut', () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 1, max: 30 }), (all, limit) => {
        const seen: FigureKey[] = [];
        let after: FigureKey | undefined;
        for (let pages = 0; pages <= all.length; pages += 1) {
          const page = pageOf(all, { after, limit });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items);
          if (page.next === null) break;
          after = decodeCursor(encodeCursor(page.next))!;
        }
        expect(seen).toEqual([...all].sort(compareFigureKeys));
      }),
    );
  });

  it('orders periods by time within an area, not by their text', () => {
    const page = pageOf(
      [
        { areaCode: 'E08000031', period: '2016/17-Q1' },
        { areaCode: 'E08000031', period: '2016-12' },
      ],
      { limit: 10 },
    );
    expect(page.items.map((f) => f.period)).toEqual(['2016/17-Q1', '2016-12']);
  });

  it('keeps figures whose periods lie wholly within from and to', () => {
    const all = PERIODS.map((p) => ({ areaCode: 'E08000031', period: p }));
    const within = pageOf(all, { from: period('2016/17'), to: period('2016/17'), limit: 100 });
    // Calendar Q1 2017 (January to March) is the last quarter of financial year 2016/17.
    expect(within.items.map((f) => f.period)).toEqual([
      '2016-04',
      '2016/17-Q1',
      '2016/17',
      '2016/17-Q3',
      '2016-12',
      '2017-Q1',
    ]);
  });
});

describe('page cursors', () => {
  it('give back the figure they name', () => {
    const key = { areaCode: 'E08000031', period: '2016/17-Q2' };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('are refused when they were not made by this API', () => {
    expect(decodeCursor('page-2')).toBeNull();
    expect(decodeCursor(Buffer.from('["E08000031","Q2"]').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
    fc.assert(fc.property(fc.string(), (text) => void decodeCursor(text)));
  });
});
