import { describe, expect, it } from 'vitest';
import { formatPeriod, periodContainingMonth } from '../period.js';
import { figureSeries } from '../aggregation/series.js';
import { computeMeasureStatus } from './measure-status.js';
import { measure, quarters, targets } from './test-fixtures.js';
import type { MeasureDefinition } from './types.js';

describe('the status of a measure for a period', () => {
  const series = quarters([82, 81, 83, 80, 82, 79, 81, 80, 70, 70.5, 71.2]);
  const status = computeMeasureStatus(
    measure,
    series,
    targets,
    [{ name: 'England', value: 74.9 }],
    '2018-02-01',
    {
      period: '2017/18-Q3',
    },
  );

  it('judges the period against the year’s target and counts how long the status has held', () => {
    expect(status.period).toBe('2017/18-Q3');
    expect(status.periodLabel).toBe('Q3 2017/18');
    expect(status.dueDate).toBe('2018-02-14');
    expect(status.rag.status).toBe('red');
    expect(status.rag.runLength).toBe(3);
    expect(status.rag.sentence).toBe(
      'Red: 71.2% is 8.8 percentage points below the target of 80% (tolerance 2 points).',
    );
  });

  it('gives the Wilson interval for a percentage with its numerator and denominator', () => {
    const at65 = computeMeasureStatus(measure, quarters([65]), [], [], '2015-09-01');
    expect(at65.interval?.method).toBe('wilson');
    expect(at65.interval?.lower).toBeCloseTo(55.25444329688797, 10);
    expect(at65.interval?.upper).toBeCloseTo(73.63575175690247, 10);
  });

  it('compares with each benchmark by its confidence interval', () => {
    // 71.2 of 100 is 61.7%–79.1%: England's 74.9% is inside it, so the figure is similar.
    expect(status.benchmarks).toEqual([
      { name: 'England', value: 74.9, comparison: 'similar', reason: null },
    ]);
    const large = computeMeasureStatus(
      measure,
      { start: '2017/18-Q3', figures: [{ value: 71.2, numerator: 7120, denominator: 10000 }] },
      [],
      [{ name: 'England', value: 74.9 }],
      '2018-02-01',
    );
    expect(large.benchmarks[0]?.comparison).toBe('worse');
  });

  it('compares with the previous quarter and the same quarter last year', () => {
    expect(status.direction.previousPeriod.direction).toBe('improving');
    expect(status.direction.samePeriodLastYear.reason.previous).toBe(81);
    expect(status.direction.samePeriodLastYear.direction).toBe('worsening');
  });

  it('draws the SPC chart to the period and says since when a special cause has held', () => {
    expect(status.spc?.chart.points).toHaveLength(11);
    expect(status.spc?.specialCause).toBe('concern');
    expect(status.spc?.since).toBe('2017/18-Q1');
    expect(status.spc?.sinceLabel).toBe('Q1 2017/18');
  });

  it('forecasts the year end and sums it all up in words', () => {
    expect(status.forecast?.atRisk).toBe(true);
    expect(status.summary).toMatch(
      /^Red for the third quarter running: 71\.2% against a target of 80%\. Statistically similar to England \(74\.9%\)\. Special cause concern since Q1 2017\/18\. /,
    );
    expect(status.summary).toContain('Year-end target at risk');
    expect(status.problems).toEqual([]);
  });

  it('is overdue when the period’s figure is late, and the run counts the late periods', () => {
    const late = computeMeasureStatus(measure, quarters([82, 81, 83, null]), targets, [], '2016-09-01', {
      period: '2016/17-Q1',
    });
    expect(late.rag.status).toBe('overdue');
    expect(late.rag.runLength).toBe(2);
    expect(late.figure).toBeNull();
    expect(late.benchmarks).toEqual([]);
    expect(late.summary).toMatch(/^Overdue: the figure was due on 14 August 2016/);
  });

  it('reads figures keyed by period text, ignoring keys of other kinds', () => {
    const keyed = figureSeries(
      Array.from({ length: 6 }, (_, i) => ({
        period: formatPeriod(periodContainingMonth('financial-quarter', 2015 * 12 + 3 + i * 3)),
        value: 70 + i,
        numerator: 70 + i,
        denominator: 100,
      })).concat([{ period: '2015/16', value: 71.5, numerator: 286, denominator: 400 }]),
    );
    const result = computeMeasureStatus(measure, keyed, [], [], '2017-01-01');
    expect(result.period).toBe('2016/17-Q2');
    expect(result.spc?.chart.points).toHaveLength(6);
    expect(result.rag.status).toBe('no-target');
  });

  it('names its problems instead of failing', () => {
    const wrongKind = computeMeasureStatus(measure, quarters([70]), [], [], '2017-01-01', {
      period: '2015-06',
    });
    expect(wrongKind.problems).toEqual([
      '2015-06 is not a financial-quarter period, as this measure reports',
    ]);
    expect(wrongKind.rag.status).toBe('no-data');
    const empty = computeMeasureStatus(measure, new Map(), [], [], '2017-01-01');
    expect(empty.period).toBeNull();
    expect(empty.problems).toEqual(['there are no figures, and no period was asked for']);
    const emptyButAsked = computeMeasureStatus(measure, new Map(), [], [], '2017-01-01', {
      period: '2015/16-Q1',
    });
    expect(emptyButAsked.rag.status).toBe('overdue');
    expect(emptyButAsked.rag.runLength).toBe(1);
  });

  it('leaves out the summary when asked to, and nothing else', () => {
    const lean = computeMeasureStatus(
      measure,
      series,
      targets,
      [{ name: 'England', value: 74.9 }],
      '2018-02-01',
      {
        period: '2017/18-Q3',
        summary: false,
      },
    );
    expect(lean.summary).toBeNull();
    expect({ ...lean, summary: status.summary }).toEqual(status);
  });

  it('only counts a significant change when asked to', () => {
    const small = computeMeasureStatus(measure, quarters([80, 70]), [], [], '2016-01-01', {
      significantChangeOnly: true,
    });
    expect(small.direction.previousPeriod.direction).toBe('no-change');
    expect(small.direction.previousPeriod.reason.significance).toBe('not-significant');
  });

  it('gives a rate the exact interval under 10 events and Byar’s from 10', () => {
    const rate: MeasureDefinition = { ...measure, unit: 'rate', ratePer: 1000, polarity: 'lower-better' };
    const few = computeMeasureStatus(
      rate,
      { start: '2017/18-Q1', figures: [{ value: 0.8, numerator: 8, denominator: 10000 }] },
      [],
      [],
      '2017-09-01',
    );
    expect(few.interval?.method).toBe('exact');
    const many = computeMeasureStatus(
      rate,
      { start: '2017/18-Q1', figures: [{ value: 6.5, numerator: 65, denominator: 10000 }] },
      [],
      [],
      '2017-09-01',
    );
    expect(many.interval?.method).toBe('byars');
    // Byar's limits for 65 events are 50.163… and 82.849…; per 1,000 of 10,000 people.
    expect(many.interval?.lower).toBeCloseTo(5.0163187710459454, 10);
    expect(many.interval?.upper).toBeCloseTo(8.284913854593984, 10);
  });

  it('has no interval for a plain count, and says why instead of comparing', () => {
    const count: MeasureDefinition = { ...measure, unit: 'number', aggregation: 'sum' };
    const result = computeMeasureStatus(
      count,
      quarters([12]),
      [],
      [{ name: 'England', value: 10 }],
      '2015-09-01',
    );
    expect(result.interval).toBeNull();
    expect(result.intervalReason).toBe('a number measure has no confidence interval');
    expect(result.benchmarks[0]).toMatchObject({
      comparison: null,
      reason: 'a number measure has no confidence interval',
    });
  });

  it('compares at 95% and 99.8% when asked for two levels', () => {
    const big = { start: '2017/18-Q3', figures: [{ value: 71.2, numerator: 7120, denominator: 10000 }] };
    const result = computeMeasureStatus(
      measure,
      big,
      [],
      [
        { name: 'England', value: 74.9 },
        { name: 'the region', value: 72.3 },
      ],
      '2018-02-01',
      {
        benchmarkLevels: 'two',
      },
    );
    expect(result.benchmarks.map((b) => b.comparison)).toEqual(['worst', 'worse']);
  });

  it('compares with benchmarks at one level when only the interval shown is 99.8%', () => {
    const big = { start: '2017/18-Q3', figures: [{ value: 71.2, numerator: 7120, denominator: 10000 }] };
    const result = computeMeasureStatus(measure, big, [], [{ name: 'England', value: 74.9 }], '2018-02-01', {
      confidence: 0.998,
    });
    expect(result.interval?.lower).toBeLessThan(71.2);
    expect(result.benchmarks.map((b) => b.comparison)).toEqual(['worse']);
  });

  it('ranks the figure within its comparator group', () => {
    const result = computeMeasureStatus(measure, quarters([71.2]), [], [], '2015-09-01', {
      comparatorValues: [80, 75, 71.2, 60, null, 90, 65, 70],
    });
    // phe_quantile: 5 − ⌈(7 + 1 − 4) / (7 / 4)⌉ = 2.
    expect(result.groupPosition).toEqual({ rank: 4, of: 7, quantile: 2, quantiles: 4 });
  });

  it('judges a band measure against its band and starts a new SPC phase where asked', () => {
    const band: MeasureDefinition = { ...measure, polarity: 'within-band', tolerance: 1 };
    const result = computeMeasureStatus(
      band,
      quarters([50, 52, 51, 49, 60, 61, 59, 62]),
      [{ period: '2016/17-Q4', value: null, lower: 45, upper: 55, tolerance: null }],
      [],
      '2017-06-01',
      { rebaseAt: ['2016/17-Q1'] },
    );
    expect(result.rag.status).toBe('red');
    expect(result.rag.reason.gap).toBe(7);
    expect(result.spc?.chart.phases).toHaveLength(2);
    expect(result.spc?.chart.assurance).toBe('consistently_failing');
  });
});
