import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmr } from './xmr.js';

const figure = fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });
const series = fc.array(figure, { minLength: 2, maxLength: 48 });

/** Equal up to rounding, scaled to the size of the figures involved. */
function close(actual: number | null, expected: number | null, scale: number): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, scale);
}

function size(values: readonly number[]): number {
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  return largest;
}

describe('xmr properties', () => {
  it('puts the limits symmetrically about the mean', () => {
    fc.assert(
      fc.property(series, fc.boolean(), (values, screenOutliers) => {
        const chart = xmr(values, { improvement: 'increase', screenOutliers });
        const above = chart.upperLimit! - chart.mean!;
        const below = chart.mean! - chart.lowerLimit!;
        expect(above).toBeGreaterThanOrEqual(0);
        expect(close(above, below, size(values))).toBe(true);
      }),
    );
  });

  it('moves the mean and limits by a constant added to every figure', () => {
    fc.assert(
      fc.property(series, figure, (values, shift) => {
        const before = xmr(values, { improvement: 'increase' });
        const after = xmr(
          values.map((v) => v + shift),
          { improvement: 'increase' },
        );
        const scale = size(values) + Math.abs(shift);
        expect(close(after.mean, before.mean! + shift, scale)).toBe(true);
        expect(close(after.lowerLimit, before.lowerLimit! + shift, scale * 10)).toBe(true);
        expect(close(after.upperLimit, before.upperLimit! + shift, scale * 10)).toBe(true);
      }),
    );
  });

  it('scales the mean and limits with the figures', () => {
    fc.assert(
      fc.property(series, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (values, factor) => {
        const before = xmr(values, { improvement: 'increase', screenOutliers: false });
        const after = xmr(
          values.map((v) => v * factor),
          { improvement: 'increase', screenOutliers: false },
        );
        const scale = size(values) * factor;
        expect(close(after.mean, before.mean! * factor, scale)).toBe(true);
        expect(close(after.lowerLimit, before.lowerLimit! * factor, scale * 10)).toBe(true);
        expect(close(after.upperLimit, before.upperLimit! * factor, scale * 10)).toBe(true);
      }),
    );
  });

  it('never widens the limits by screening', () => {
    fc.assert(
      fc.property(series, (values) => {
        const screened = xmr(values, { improvement: 'increase' });
        const unscreened = xmr(values, { improvement: 'increase', screenOutliers: false });
        const screenedWidth = screened.upperLimit! - screened.lowerLimit!;
        const unscreenedWidth = unscreened.upperLimit! - unscreened.lowerLimit!;
        expect(screenedWidth).toBeLessThanOrEqual(unscreenedWidth * (1 + 1e-12));
      }),
    );
  });

  it('gives the same chart whatever gaps lie between the figures', () => {
    fc.assert(
      fc.property(series, fc.array(fc.nat(), { maxLength: 10 }), (values, gaps) => {
        const gapped: (number | null)[] = values.slice();
        for (const gap of gaps) gapped.splice(gap % (gapped.length + 1), 0, null);
        const plain = xmr(values, { improvement: 'decrease', target: 0 });
        const withGaps = xmr(gapped, { improvement: 'decrease', target: 0 });
        expect(withGaps.points).toHaveLength(values.length + gaps.length);
        expect(withGaps.mean).toBe(plain.mean);
        expect(withGaps.upperLimit).toBe(plain.upperLimit);
        expect(withGaps.variation).toBe(plain.variation);
        expect(withGaps.assurance).toBe(plain.assurance);
        const judged = withGaps.points.filter((p) => p.value !== null).map((p) => [p.rule, p.specialCause]);
        expect(judged).toEqual(plain.points.map((p) => [p.rule, p.specialCause]));
      }),
    );
  });

  it('marks a point special cause exactly when it carries a rule, and never returns a non-finite number', () => {
    fc.assert(
      fc.property(series, fc.constantFrom('increase', 'decrease', 'neutral'), (values, improvement) => {
        const chart = xmr(values, { improvement });
        for (const point of chart.points) {
          expect(point.rule === null).toBe(point.specialCause === null);
          for (const n of [point.mean, point.lowerLimit, point.upperLimit])
            expect(Number.isFinite(n)).toBe(true);
        }
        const neutral = chart.points.some(
          (p) => p.specialCause === 'neutral_high' || p.specialCause === 'neutral_low',
        );
        expect(neutral).toBe(improvement === 'neutral' && chart.points.some((p) => p.specialCause !== null));
      }),
    );
  });
});
