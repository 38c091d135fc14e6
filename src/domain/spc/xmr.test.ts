import { describe, expect, it } from 'vitest';
import { xmr } from './xmr.js';

/**
 * R's `set.seed(123); rnorm(20)`, the series behind NHSRplotthedots' own tests
 * (tests/testthat/test-ptd_spc_standard.R and test-ptd_spc.R).
 */
const RNORM_123 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
  0.49785048, -1.96661716, 0.7013559, -0.47279141,
];

describe('xmr: published figures', () => {
  it('gives the series 1 to 10 a mean of 5.5 and limits of 2.84 and 8.16', () => {
    const chart = xmr([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { improvement: 'increase' });
    expect(chart.mean).toBeCloseTo(5.5, 10);
    expect(chart.lowerLimit).toBeCloseTo(2.84, 10);
    expect(chart.upperLimit).toBeCloseTo(8.16, 10);
  });

  it('reads 1 to 10 as a trend, except the points beyond the limits, which that rule labels first', () => {
    const series = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const up = xmr(series, { improvement: 'increase' });
    expect(up.points.map((p) => p.rule)).toEqual([
      'outside_limits',
      'outside_limits',
      'trend',
      'trend',
      'trend',
      'trend',
      'trend',
      'trend',
      'outside_limits',
      'outside_limits',
    ]);
    expect(up.points.map((p) => p.specialCause)).toEqual([
      'concern',
      'concern',
      ...Array(8).fill('improvement'),
    ]);
    expect(up.variation).toBe('special_cause_improvement');
    const down = xmr(series, { improvement: 'decrease' });
    expect(down.points.map((p) => p.specialCause)).toEqual([
      'improvement',
      'improvement',
      ...Array(8).fill('concern'),
    ]);
    expect(down.variation).toBe('special_cause_concern');
  });

  // tests/testthat/_snaps/ptd_spc_standard.md and _snaps/ptd_spc.md: mean 0.142, limits −3.01 and
  // 3.29, all 20 points common cause.
  it('matches the package snapshot for rnorm(20) with seed 123', () => {
    const chart = xmr(RNORM_123, { improvement: 'increase' });
    expect(chart.mean).toBeCloseTo(0.142, 3);
    expect(chart.lowerLimit).toBeCloseTo(-3.01, 2);
    expect(chart.upperLimit).toBeCloseTo(3.29, 2);
    expect(chart.points.every((p) => p.specialCause === null)).toBe(true);
    expect(chart.variation).toBe('common_cause');
    expect(chart.warnings).toEqual([]);
  });

  // _snaps/ptd_spc.md, summary with a target of 0.5: the target sits between the limits.
  it('calls a target between the limits hit and miss', () => {
    expect(xmr(RNORM_123, { improvement: 'increase', target: 0.5 }).assurance).toBe('hit_and_miss');
  });

  // _snaps/ptd_spc.md, the faceted summary: the first ten and last ten points as separate groups
  // give means 0.0746 and 0.209, limits −2.60 to 2.75 and −3.28 to 3.70.
  it('gives each phase its own mean and limits when rebased', () => {
    const chart = xmr(RNORM_123, { improvement: 'increase', rebaseAt: [10] });
    const [first, second] = chart.phases;
    expect(first).toMatchObject({ start: 0, end: 10, figures: 10 });
    expect(first!.mean).toBeCloseTo(0.0746, 4);
    expect(first!.lowerLimit).toBeCloseTo(-2.6, 2);
    expect(first!.upperLimit).toBeCloseTo(2.75, 2);
    expect(second).toMatchObject({ start: 10, end: 20, figures: 10 });
    expect(second!.mean).toBeCloseTo(0.209, 3);
    expect(second!.lowerLimit).toBeCloseTo(-3.28, 2);
    expect(second!.upperLimit).toBeCloseTo(3.7, 2);
    expect(chart.mean).toBe(second!.mean);
    expect(chart.points[9]!.mean).toBe(first!.mean);
    expect(chart.points[10]!.phase).toBe(1);
  });

  // test-ptd_spc_standard.R sets y[15] to 10 and checks that screening narrows the limits; the
  // figures here were worked out independently from the same series.
  it('narrows the limits by screening out the moving ranges of an outlier', () => {
    const series = RNORM_123.slice();
    series[14] = 10;
    const screened = xmr(series, { improvement: 'increase' });
    const unscreened = xmr(series, { improvement: 'increase', screenOutliers: false });
    expect(screened.mean).toBeCloseTo(0.66942, 5);
    expect(screened.lowerLimit).toBeCloseTo(-2.38367, 5);
    expect(screened.upperLimit).toBeCloseTo(3.7225, 4);
    expect(screened.phases[0]!.screenedMovingRanges).toBe(2);
    expect(unscreened.lowerLimit).toBeCloseTo(-4.59663, 5);
    expect(unscreened.upperLimit).toBeCloseTo(5.93546, 5);
    expect(screened.points[14]).toMatchObject({ rule: 'outside_limits', specialCause: 'improvement' });
  });

  // vignettes/deviations.Rmd: the series the package uses to show its one deviation from the
  // Making Data Count Excel tool. Mean 35/18; moving ranges fifteen 1s, an 8 and a 9. Screened,
  // the average is 1; unscreened (as Excel), 32/17.
  it('matches the Making Data Count Excel tool when screening is turned off', () => {
    const series = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
    const screened = xmr(series, { improvement: 'increase' });
    expect(screened.mean).toBeCloseTo(35 / 18, 12);
    expect(screened.upperLimit).toBeCloseTo(35 / 18 + 2.66, 12);
    expect(screened.lowerLimit).toBeCloseTo(35 / 18 - 2.66, 12);
    const excel = xmr(series, { improvement: 'increase', screenOutliers: false });
    expect(excel.upperLimit).toBeCloseTo(35 / 18 + (2.66 * 32) / 17, 12);
    expect(excel.lowerLimit).toBeCloseTo(35 / 18 - (2.66 * 32) / 17, 12);
    expect(excel.points[4]!.rule).toBe('outside_limits');
  });

  // test-ptd_spc_standard.R: two points beyond the two-sigma lines on opposite sides of the mean
  // are not a two-in-three signal (package issue #143).
  it('does not count two points near opposite limits as two in three', () => {
    const series = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 5.5, -5.5];
    const chart = xmr(series, { improvement: 'increase' });
    expect(chart.points[14]!.value! > chart.phases[0]!.upperTwoSigma!).toBe(true);
    expect(chart.points[15]!.value! < chart.phases[0]!.lowerTwoSigma!).toBe(true);
    expect(chart.points.slice(-2).map((p) => p.specialCause)).toEqual([null, null]);
  });
});

describe('xmr: phases, baselines and warnings', () => {
  it('warns that limits from fewer than 13 figures are trial limits', () => {
    const twelve = xmr([3, 4, 5, 4, 3, 4, 5, 4, 3, 4, 5, 4], { improvement: 'neutral' });
    expect(twelve.phases[0]!.trialLimits).toBe(true);
    expect(twelve.warnings).toHaveLength(1);
    expect(twelve.warnings[0]).toMatch(/trial limits/);
    const thirteen = xmr([3, 4, 5, 4, 3, 4, 5, 4, 3, 4, 5, 4, 3], { improvement: 'neutral' });
    expect(thirteen.phases[0]!.trialLimits).toBe(false);
    expect(thirteen.warnings).toEqual([]);
  });

  it('bases the limits on the first points only when fixed, and judges later points by them', () => {
    const series = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 20, 21];
    const fixed = xmr(series, { improvement: 'increase', fixAfter: 12 });
    expect(fixed.phases[0]!.baselineFigures).toBe(12);
    expect(fixed.mean).toBeCloseTo(5.5, 12);
    expect(fixed.upperLimit).toBeCloseTo(5.5 + 2.66, 12);
    expect(fixed.points[15]).toMatchObject({ rule: 'outside_limits', specialCause: 'improvement' });
    expect(xmr(series, { improvement: 'increase' }).mean).not.toBeCloseTo(5.5, 3);
  });

  it('skips missing figures in every calculation but keeps their place', () => {
    const chart = xmr([1, null, 2, 3, null, 4, 5, 6, 7, 8, 9, 10], { improvement: 'increase' });
    expect(chart.points).toHaveLength(12);
    expect(chart.points[1]).toMatchObject({ value: null, specialCause: null, rule: null, phase: 0 });
    expect(chart.points[1]!.mean).toBe(chart.mean);
    expect(chart.mean).toBeCloseTo(5.5, 12);
    expect(chart.upperLimit).toBeCloseTo(8.16, 12);
    // The rising run carries on across the gaps.
    expect(chart.points[3]).toMatchObject({ rule: 'trend', specialCause: 'improvement' });
    expect(chart.phases[0]!.figures).toBe(10);
  });

  it('leaves out figures that are not finite numbers, and says so', () => {
    const chart = xmr([1, Number.NaN, 2, Infinity, 3], { improvement: 'increase' });
    expect(chart.points[1]!.value).toBeNull();
    expect(chart.points[3]!.value).toBeNull();
    expect(chart.mean).toBe(2);
    expect(chart.warnings.some((w) => w.startsWith('2 figures were not a number'))).toBe(true);
  });

  it('gives no limits, variation or assurance for a single figure, and no judgement for none', () => {
    const one = xmr([7], { improvement: 'increase', target: 5 });
    expect(one).toMatchObject({
      mean: 7,
      lowerLimit: null,
      upperLimit: null,
      variation: null,
      assurance: null,
    });
    expect(one.points[0]).toMatchObject({ value: 7, specialCause: null });
    const none = xmr([null, null], { improvement: 'increase' });
    expect(none).toMatchObject({ mean: null, variation: null, assurance: null });
    expect(xmr([], { improvement: 'increase' }).points).toEqual([]);
  });

  it('keeps a flat series flat: zero moving ranges give limits on the mean and no signals', () => {
    const chart = xmr(Array(15).fill(4), { improvement: 'increase' });
    expect(chart).toMatchObject({ mean: 4, lowerLimit: 4, upperLimit: 4, variation: 'common_cause' });
  });

  it('ignores rebase points outside the series and baselines under two points, with warnings', () => {
    const series = [1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2, 1];
    const chart = xmr(series, { improvement: 'increase', rebaseAt: [0, 40, 2.5, 6, 6], fixAfter: 1 });
    expect(chart.phases.map((p) => [p.start, p.end])).toEqual([
      [0, 6],
      [6, 13],
    ]);
    expect(chart.phases[0]!.baselineFigures).toBe(6);
    expect(chart.warnings.filter((w) => /cannot/.test(w))).toHaveLength(3);
  });

  it('takes the variation from the latest figure of the latest phase', () => {
    const series = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6];
    const chart = xmr(series, { improvement: 'increase', rebaseAt: [10] });
    expect(chart.points[9]!.specialCause).toBe('improvement');
    expect(chart.variation).toBe('common_cause');
  });

  it('labels signals high and low when no direction is better', () => {
    const series = [5, 5.5, 4.5, 5, 5.5, 4.5, 5, 5.5, 4.5, 5, 5.5, 4.5, 5, 5.5, 30];
    const chart = xmr(series, { improvement: 'neutral', target: 6 });
    expect(chart.points[14]).toMatchObject({ rule: 'outside_limits', specialCause: 'neutral_high' });
    expect(chart.variation).toBe('special_cause_neutral_high');
    expect(chart.assurance).toBeNull();
  });
});

describe('xmr: assurance', () => {
  const steady = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10];

  it('judges a single target by the improvement direction', () => {
    // Limits are 10 ± 2.66 × 1.5 = 6.01 to 13.99.
    expect(xmr(steady, { improvement: 'increase', target: 5 }).assurance).toBe('consistently_passing');
    expect(xmr(steady, { improvement: 'increase', target: 15 }).assurance).toBe('consistently_failing');
    expect(xmr(steady, { improvement: 'decrease', target: 5 }).assurance).toBe('consistently_failing');
    expect(xmr(steady, { improvement: 'decrease', target: 15 }).assurance).toBe('consistently_passing');
    expect(xmr(steady, { improvement: 'decrease', target: 12 }).assurance).toBe('hit_and_miss');
  });

  it('judges a target band by whether the limits lie within it', () => {
    expect(xmr(steady, { improvement: 'neutral', target: { lower: 5, upper: 15 } }).assurance).toBe(
      'consistently_passing',
    );
    expect(xmr(steady, { improvement: 'neutral', target: { lower: 20, upper: 25 } }).assurance).toBe(
      'consistently_failing',
    );
    expect(xmr(steady, { improvement: 'neutral', target: { lower: 8, upper: 25 } }).assurance).toBe(
      'hit_and_miss',
    );
  });

  it('warns about a band given upside down and gives no assurance', () => {
    const chart = xmr(steady, { improvement: 'neutral', target: { lower: 15, upper: 5 } });
    expect(chart.assurance).toBeNull();
    expect(chart.warnings.some((w) => /target is not usable/.test(w))).toBe(true);
  });
});
