import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, periodContainingMonth } from '../period.js';
import { computeMeasureStatus } from './measure-status.js';
import { measure, quarters, targets } from './test-fixtures.js';
import type { TargetInput } from './series.js';
import type { MeasureStatus } from './types.js';
import { computeMeasureVerdicts } from './verdicts.js';

const england = [{ name: 'England', value: 74.9 }];

/** The parts of a full status that are verdicts: everything but its words and the chart. */
function verdictsIn(status: MeasureStatus) {
  const { status: rag, reason, runLength } = status.rag;
  const judged = ({ direction, reason }: { direction: string; reason: unknown }) => ({ direction, reason });
  return {
    measureId: status.measureId,
    period: status.period,
    dueDate: status.dueDate,
    figure: status.figure,
    target: status.target,
    rag: { status: rag, reason, runLength },
    direction: {
      previousPeriod: judged(status.direction.previousPeriod),
      samePeriodLastYear: judged(status.direction.samePeriodLastYear),
    },
    interval: status.interval,
    intervalReason: status.intervalReason,
    benchmarks: status.benchmarks,
    groupPosition: status.groupPosition,
    spc: status.spc && {
      variation: status.spc.variation,
      specialCause: status.spc.specialCause,
      since: status.spc.since,
      assurance: status.spc.assurance,
    },
    forecast: status.forecast,
    forecastReason: status.forecastReason,
    problems: status.problems,
  };
}

describe('the verdicts on a measure, without their words', () => {
  it('are the full status’s verdicts, with no sentence, summary or chart', () => {
    const series = quarters([82, 81, 83, 80, 82, 79, 81, 80, 70, 70.5, 71.2]);
    const options = { period: '2017/18-Q3' };
    const verdicts = computeMeasureVerdicts(measure, series, targets, england, '2018-02-01', options);
    expect(verdicts.rag.status).toBe('red');
    expect(verdicts.rag.runLength).toBe(3);
    expect(verdicts.spc?.since).toBe('2017/18-Q1');
    expect(verdicts).not.toHaveProperty('summary');
    expect(verdicts.rag).not.toHaveProperty('sentence');
    expect(verdicts.spc).not.toHaveProperty('chart');
    const status = computeMeasureStatus(measure, series, targets, england, '2018-02-01', options);
    expect(verdicts).toEqual(verdictsIn(status));
  });

  it('agree with the full status for any figures, targets and options', () => {
    const figure = fc.option(
      fc.record({
        value: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(Number.NaN)),
        numerator: fc.integer({ min: 0, max: 100 }),
        denominator: fc.constant(100),
      }),
      { nil: null },
    );
    const target = fc.record({
      year: fc.integer({ min: 2015, max: 2018 }),
      value: fc.option(fc.double({ min: 50, max: 100, noNaN: true }), { nil: null }),
      lower: fc.option(fc.double({ min: 40, max: 60, noNaN: true }), { nil: null }),
      upper: fc.option(fc.double({ min: 60, max: 90, noNaN: true }), { nil: null }),
      tolerance: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(figure, { maxLength: 20 }),
        fc.array(target, { maxLength: 3 }),
        fc.constantFrom('higher-better', 'lower-better', 'within-band', 'neutral' as const),
        fc.constantFrom('sum', 'mean', 'ratio', 'latest' as const),
        fc.option(fc.integer({ min: 0, max: 22 }), { nil: undefined }),
        fc.boolean(),
        (figures, years, polarity, aggregation, at, significantChangeOnly) => {
          const defined = { ...measure, polarity, aggregation };
          const series = { start: '2015/16-Q1', figures };
          const yearTargets: TargetInput[] = years.map(({ year, ...t }) => ({
            period: formatPeriod(periodContainingMonth('financial-year', year * 12 + 3)),
            ...t,
          }));
          const options = {
            significantChangeOnly,
            ...(at === undefined
              ? {}
              : { period: formatPeriod(periodContainingMonth('financial-quarter', 2015 * 12 + 3 + at * 3)) }),
          };
          const today = '2017-06-01';
          const verdicts = computeMeasureVerdicts(defined, series, yearTargets, england, today, options);
          const status = computeMeasureStatus(defined, series, yearTargets, england, today, options);
          expect(verdicts).toEqual(verdictsIn(status));
        },
      ),
    );
  });

  it('carry nothing over from one measure to the next', () => {
    const first = quarters([82, 81, 83, 80, 82, 79, 81, 80, 70, 70.5, 71.2]);
    const second = quarters([60, null, 95, 20]);
    const before = computeMeasureVerdicts(measure, first, targets, england, '2018-02-01');
    computeMeasureVerdicts(measure, second, [], [], '2018-02-01');
    expect(computeMeasureVerdicts(measure, first, targets, england, '2018-02-01')).toEqual(before);
  });
});
