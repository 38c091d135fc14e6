import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileInGroup, quartileInGroup, quintileInGroup, rankInGroup } from './quantiles.js';

describe('rankInGroup', () => {
  const group = [12, null, 30, 18, 30, Number.NaN, 7];

  it('ranks the highest first when higher is better, sharing the best rank on ties', () => {
    expect(rankInGroup(group, 30, 'higher-better')).toEqual({ rank: 1, of: 5 });
    expect(rankInGroup(group, 18, 'higher-better')).toEqual({ rank: 3, of: 5 });
    expect(rankInGroup(group, 7, 'higher-better')).toEqual({ rank: 5, of: 5 });
  });

  it('ranks the lowest first when lower is better', () => {
    expect(rankInGroup(group, 7, 'lower-better')).toEqual({ rank: 1, of: 5 });
    expect(rankInGroup(group, 30, 'lower-better')).toEqual({ rank: 4, of: 5 });
  });

  it('ranks the highest first with no polarity, as phe_quantile’s default', () => {
    expect(rankInGroup(group, 30, 'none')).toEqual({ rank: 1, of: 5 });
  });

  it('has no answer for a figure that is not in its group', () => {
    expect(rankInGroup(group, 19)).toBeNull();
    expect(rankInGroup([], 1)).toBeNull();
    expect(rankInGroup(group, Number.NaN)).toBeNull();
  });
});

describe('quantileInGroup', () => {
  it('bands ten areas into quartiles by phe_quantile’s rule (3, 2, 3, 2)', () => {
    // floor(5 − ceiling((11 − rank)/2.5)) for ranks 1…10.
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const bands = values.map((v) => quartileInGroup(values, v)!.quantile);
    expect(bands).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4, 4]);
  });

  it('puts tied figures in the same band', () => {
    const values = [5, 5, 5, 5, 1];
    expect(quintileInGroup(values, 5)!.quantile).toBe(1);
    expect(quintileInGroup(values, 1)!.quantile).toBe(5);
  });

  it('reverses with the polarity', () => {
    const values = [10, 20, 30, 40, 50];
    expect(quintileInGroup(values, 10, 'lower-better')!.quantile).toBe(1);
    expect(quintileInGroup(values, 10, 'higher-better')!.quantile).toBe(5);
  });

  it('has no answer for a non-whole or non-positive number of bands', () => {
    expect(quantileInGroup([1, 2, 3], 2, 0)).toBeNull();
    expect(quantileInGroup([1, 2, 3], 2, 2.5)).toBeNull();
  });

  it('gives a band from 1 to q that never improves as the rank worsens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 10 }),
        (values, q) => {
          const placed = values.map((v) => quantileInGroup(values, v, q)!);
          for (const p of placed) {
            expect(p.quantile).toBeGreaterThanOrEqual(1);
            expect(p.quantile).toBeLessThanOrEqual(q);
          }
          for (const a of placed)
            for (const b of placed) if (a.rank < b.rank) expect(a.quantile).toBeLessThanOrEqual(b.quantile);
        },
      ),
    );
  });
});
