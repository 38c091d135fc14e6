import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ragStatus, type RagInput } from '../status/rag.js';
import { plainEnglishSummary, type SummaryFacts } from './summary.js';
import { ordinal } from './words.js';

const style = { unit: 'percent', decimals: 1, ratePer: null } as const;
const input: RagInput = {
  value: 71.2,
  target: 80,
  polarity: 'higher-better',
  tolerance: 2,
  toleranceKind: 'absolute',
  unit: 'percent',
  decimals: 1,
  today: '2017-08-01',
};
const red = ragStatus(input);
const facts: SummaryFacts = {
  style,
  periodKind: 'financial-quarter',
  rag: { ...red, runLength: 3 },
  benchmarks: [{ name: 'England', value: 74.9, comparison: 'worse' }],
  spc: { variation: 'special_cause_concern', since: 'June 2017', assurance: null },
};

describe('plain-English summary', () => {
  it('writes the issue’s example from its facts', () => {
    expect(plainEnglishSummary(facts)).toBe(
      'Red for the third quarter running: 71.2% against a target of 80%. Statistically worse than England (74.9%). Special cause concern since June 2017.',
    );
  });

  it('leaves out every sentence whose fact is missing', () => {
    expect(plainEnglishSummary({ style, periodKind: 'month', rag: null })).toBe('');
    expect(plainEnglishSummary({ ...facts, benchmarks: [], spc: null })).toBe(
      'Red for the third quarter running: 71.2% against a target of 80%.',
    );
    expect(
      plainEnglishSummary({
        ...facts,
        spc: null,
        benchmarks: [{ name: 'England', value: 74.9, comparison: null }],
      }),
    ).toBe('Red for the third quarter running: 71.2% against a target of 80%.');
  });

  it('does not claim a run for a status new this period', () => {
    expect(plainEnglishSummary({ ...facts, rag: { ...red, runLength: 1 }, benchmarks: [], spc: null })).toBe(
      'Red: 71.2% against a target of 80%.',
    );
  });

  it('compares a year with the year before once, not twice', () => {
    const reason = (against: 'previous-period' | 'same-period-last-year') => ({
      against,
      current: 5.3,
      previous: 4.3,
      change: 1,
      unit: 'percentage points' as const,
      significance: 'not-tested' as const,
      problem: null,
    });
    const text = plainEnglishSummary({
      ...facts,
      periodKind: 'financial-year',
      rag: { ...red, runLength: 1 },
      spc: null,
      benchmarks: [],
      directions: [
        { direction: 'improving', reason: reason('previous-period') },
        { direction: 'improving', reason: reason('same-period-last-year') },
      ],
    });
    expect(text).toContain('Better than the previous year (4.3%).');
    expect(text).not.toContain('same year last year');
  });

  it('joins several benchmarks and both directions of travel into one sentence each', () => {
    const text = plainEnglishSummary({
      ...facts,
      spc: null,
      benchmarks: [
        { name: 'England', value: 74.9, comparison: 'worse' },
        { name: 'the West Midlands', value: 72, comparison: 'similar' },
        { name: 'nearest neighbours', value: null, comparison: 'best' },
      ],
      directions: [
        {
          direction: 'improving',
          reason: {
            against: 'previous-period',
            current: 71.2,
            previous: 69.5,
            change: 1.7,
            unit: 'percentage points',
            significance: 'not-tested',
            problem: null,
          },
        },
        {
          direction: 'no-change',
          reason: {
            against: 'same-period-last-year',
            current: 71.2,
            previous: 70.8,
            change: 0.4,
            unit: 'percentage points',
            significance: 'not-significant',
            problem: null,
          },
        },
      ],
    });
    expect(text).toBe(
      'Red for the third quarter running: 71.2% against a target of 80%. ' +
        'Statistically worse than England (74.9%), similar to the West Midlands (72.0%) and better, at the 99.8% level, than nearest neighbours. ' +
        'Better than the previous quarter (69.5%) and not significantly different from the same quarter last year (70.8%).',
    );
  });

  it('says when the year-end target is at risk, with the likely range', () => {
    const text = plainEnglishSummary({
      ...facts,
      benchmarks: [],
      spc: { variation: 'common_cause', since: null, assurance: 'consistently_failing' },
      forecast: {
        forecast: 75.06,
        lower: 72.31,
        upper: 77.9,
        atRisk: true,
        reason: {
          verdict: 'likely-to-miss',
          compared: 'likely-range',
          methodChoice: 'default',
          periodsReported: 2,
          periodsInYear: 4,
          confidence: 0.95,
          target: 80,
        },
      },
    });
    expect(text).toBe(
      'Red for the third quarter running: 71.2% against a target of 80%. Common cause variation only. ' +
        'As the process runs now, it will consistently miss the target. ' +
        'Year-end target at risk: forecast 75.1% (likely range 72.3% to 77.9%) against 80%.',
    );
  });

  it('uses the status’s own sentence when the figure is missing or late', () => {
    const late = ragStatus({ ...input, value: null, dueDate: '2017-08-14', today: '2017-09-01' });
    expect(plainEnglishSummary({ style, periodKind: 'month', rag: { ...late, runLength: 2 } })).toBe(
      'Overdue: the figure was due on 14 August 2017 and has not been provided.',
    );
  });

  it('gives the same words for the same facts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (run, value) => {
          const rag = { ...ragStatus({ ...input, value }), runLength: run };
          const a = plainEnglishSummary({ ...facts, rag });
          return (
            a === plainEnglishSummary({ ...facts, rag: structuredClone(rag) }) &&
            !/NaN|undefined|null/.test(a)
          );
        },
      ),
    );
  });

  it('counts runs in words up to twelve and in figures beyond', () => {
    expect([1, 3, 12, 13, 21, 22, 23, 111].map(ordinal)).toEqual([
      'first',
      'third',
      'twelfth',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '111th',
    ]);
  });
});
