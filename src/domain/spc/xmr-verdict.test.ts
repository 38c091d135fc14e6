import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmr, xmrVerdict, xmrWithVerdict } from './xmr.js';
import type { XmrOptions } from './types.js';

const figure = fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }), {
  nil: null,
  freq: 8,
});
const options: fc.Arbitrary<XmrOptions> = fc.record({
  improvement: fc.constantFrom('increase', 'decrease', 'neutral' as const),
  screenOutliers: fc.boolean(),
  target: fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { nil: null }),
  rebaseAt: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 2 }),
  fixAfter: fc.option(fc.integer({ min: 2, max: 20 }), { nil: null }),
});

describe('what a chart says, without its points', () => {
  it('is what the chart itself says: limits, variation, assurance, and the latest signal', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), options, (values, chosen) => {
        const chart = xmr(values, chosen);
        const verdict = xmrVerdict(values, chosen);
        expect(verdict.mean).toBe(chart.mean);
        expect(verdict.lowerLimit).toBe(chart.lowerLimit);
        expect(verdict.upperLimit).toBe(chart.upperLimit);
        expect(verdict.variation).toBe(chart.variation);
        expect(verdict.assurance).toBe(chart.assurance);

        let latest = chart.points.length - 1;
        while (latest >= 0 && chart.points[latest]!.value === null) latest--;
        expect(verdict.latest).toBe(latest);
        const cause = latest < 0 ? null : chart.points[latest]!.specialCause;
        expect(verdict.specialCause).toBe(cause);
        if (cause === null) {
          expect(verdict.since).toBe(-1);
          return;
        }
        // Every figure from `since` to the latest has that cause, and the figure before does not.
        const figures = chart.points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null);
        const run = figures.filter((p) => p.i >= verdict.since);
        expect(run.every((p) => p.specialCause === cause)).toBe(true);
        const before = figures.filter((p) => p.i < verdict.since).at(-1);
        expect(before?.specialCause ?? null).not.toBe(cause);
      }),
    );
  });

  it('comes with the same chart as xmr draws, when both are wanted', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), options, (values, chosen) => {
        const { chart, verdict } = xmrWithVerdict(values, chosen);
        expect(chart).toEqual(xmr(values, chosen));
        expect(verdict).toEqual(xmrVerdict(values, chosen));
      }),
    );
  });

  it('gives the series 1 to 10 its published mean and limits, and a trend since the third point', () => {
    const verdict = xmrVerdict([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { improvement: 'increase' });
    expect(verdict.mean).toBeCloseTo(5.5, 10);
    expect(verdict.lowerLimit).toBeCloseTo(2.84, 10);
    expect(verdict.upperLimit).toBeCloseTo(8.16, 10);
    expect(verdict.variation).toBe('special_cause_improvement');
    expect(verdict.since).toBe(2);
  });
});
