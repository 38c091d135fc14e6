import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAG_LABELS, RAG_STATUSES } from './labels.js';
import { ragStatus, type RagInput } from './rag.js';

const base: RagInput = {
  value: 71.2,
  target: 80,
  polarity: 'higher-better',
  tolerance: 2,
  toleranceKind: 'absolute',
  unit: 'percent',
  decimals: 1,
  today: '2017-08-01',
};

describe('RAG against target', () => {
  it('turns red when the value misses target by more than the tolerance, and says so', () => {
    const result = ragStatus(base);
    expect(result.status).toBe('red');
    expect(result.reason).toMatchObject({
      gap: -8.8,
      unit: 'percentage points',
      target: 80,
      tolerance: 2,
      why: 'beyond-tolerance',
    });
    expect(result.sentence).toBe(
      'Red: 71.2% is 8.8 percentage points below the target of 80% (tolerance 2 points).',
    );
  });

  it('turns amber when the value misses target by no more than the tolerance', () => {
    const result = ragStatus({ ...base, value: 78 });
    expect(result.status).toBe('amber');
    expect(result.sentence).toBe(
      'Amber: 78.0% is 2.0 percentage points below the target of 80%, within the tolerance of 2 points.',
    );
  });

  it('turns green at the target and above it', () => {
    expect(ragStatus({ ...base, value: 80 }).sentence).toBe('Green: 80.0% meets the target of 80%.');
    expect(ragStatus({ ...base, value: 82.34 }).sentence).toBe(
      'Green: 82.3% is 2.3 percentage points above the target of 80%.',
    );
  });

  it('judges the figure as published, to the measure’s decimals', () => {
    expect(ragStatus({ ...base, value: 79.96 }).status).toBe('green');
    expect(ragStatus({ ...base, value: 79.94 }).status).toBe('amber');
  });

  it("rounds a published half as it is written, as a spreadsheet and a formula's round() do", () => {
    // 1.005 is held as 1.00499999…: rounded as held it would be 1.00 and miss a target of 1.01.
    const written = ragStatus({
      ...base,
      value: 1.005,
      target: 1.01,
      tolerance: 0,
      unit: 'ratio',
      decimals: 2,
    });
    expect(written.reason.value).toBe(1.01);
    expect(written.status).toBe('green');
    expect(ragStatus({ ...base, value: -1.005, target: -1.01, decimals: 2 }).reason.value).toBe(-1.01);
  });

  it('mirrors the rule when lower is better', () => {
    const days = {
      ...base,
      polarity: 'lower-better',
      unit: 'days',
      decimals: 0,
      target: 20,
      tolerance: 3,
    } as const;
    expect(ragStatus({ ...days, value: 18 }).status).toBe('green');
    expect(ragStatus({ ...days, value: 23 }).status).toBe('amber');
    const red = ragStatus({ ...days, value: 30 });
    expect(red.status).toBe('red');
    expect(red.reason.unit).toBe('days');
    expect(red.sentence).toBe('Red: 30 days is 10 days above the target of 20 days (tolerance 3 days).');
  });

  it('has no amber without a tolerance', () => {
    expect(ragStatus({ ...base, value: 79.9, tolerance: null }).status).toBe('red');
    expect(ragStatus({ ...base, value: 79.9, tolerance: null }).sentence).toBe(
      'Red: 79.9% is 0.1 percentage points below the target of 80%.',
    );
  });

  it('works out a relative tolerance as a share of the target', () => {
    const relative = { ...base, toleranceKind: 'relative', tolerance: 0.05 } as const;
    // 5% of 80 is 4 points.
    expect(ragStatus({ ...relative, value: 76 }).status).toBe('amber');
    expect(ragStatus({ ...relative, value: 75.9 }).status).toBe('red');
    expect(ragStatus({ ...relative, value: 76 }).reason).toMatchObject({
      tolerance: 4,
      toleranceShare: 0.05,
    });
    expect(ragStatus({ ...relative, value: 75.9 }).sentence).toBe(
      'Red: 75.9% is 4.1 percentage points below the target of 80% (tolerance 4 points, 5% of the target).',
    );
  });

  it('judges a band: inside green, just outside amber, far outside red', () => {
    const band = {
      ...base,
      polarity: 'within-band',
      unit: 'number',
      target: null,
      lower: 4,
      upper: 6,
      tolerance: 0.5,
    } as const;
    expect(ragStatus({ ...band, value: 5.2 }).sentence).toBe(
      'Green: 5.2 is within the target band of 4 to 6.',
    );
    expect(ragStatus({ ...band, value: 6.3 }).sentence).toBe(
      'Amber: 6.3 is 0.3 above the target band of 4 to 6, within the tolerance of 0.5.',
    );
    const red = ragStatus({ ...band, value: 3.1 });
    expect(red.status).toBe('red');
    expect(red.reason.gap).toBe(-0.9);
    expect(ragStatus({ ...band, upper: null, value: 100 }).status).toBe('green');
  });

  it('does not judge a neutral measure', () => {
    const result = ragStatus({ ...base, polarity: 'neutral' });
    expect(result.status).toBe('neutral');
    expect(result.reason.gap).toBe(-8.8);
    expect(result.sentence).toBe(
      'Neutral: 71.2% against a target of 80%; neither higher nor lower is better, so it is not judged.',
    );
  });

  it('says when there is no target', () => {
    const result = ragStatus({ ...base, target: null });
    expect(result.status).toBe('no-target');
    expect(result.sentence).toBe('No target: 71.2% has no target to be judged against.');
  });

  it('is overdue when there is no figure after the due date, and no data before it', () => {
    const missing = { ...base, value: null, dueDate: '2017-08-14' };
    expect(ragStatus({ ...missing, today: '2017-08-14' }).status).toBe('no-data');
    expect(ragStatus({ ...missing, today: '2017-08-14' }).sentence).toBe(
      'No data: the figure is not due until 14 August 2017.',
    );
    const late = ragStatus({ ...missing, today: '2017-08-15' });
    expect(late.status).toBe('overdue');
    expect(late.reason.why).toBe('past-due');
    expect(late.reason).toMatchObject({ dueDate: '2017-08-14', daysLate: 1 });
    expect(ragStatus({ ...missing, today: '2017-09-01' }).reason.daysLate).toBe(18);
    expect(ragStatus({ ...missing, today: '2017-08-01' }).reason.daysLate).toBeNull();
    expect(late.sentence).toBe('Overdue: the figure was due on 14 August 2017 and has not been provided.');
  });

  it('treats a figure marked as not present as missing', () => {
    expect(ragStatus({ ...base, hasData: false }).status).toBe('no-data');
  });

  it('writes rates, money and large numbers with their units', () => {
    const rate = ragStatus({
      ...base,
      unit: 'rate',
      ratePer: 1000,
      polarity: 'lower-better',
      value: 5.24,
      target: 4,
      tolerance: 0.5,
    });
    expect(rate.sentence).toBe(
      'Red: 5.2 per 1,000 is 1.2 per 1,000 above the target of 4 per 1,000 (tolerance 0.5 per 1,000).',
    );
    expect(rate.reason.unit).toBe('per 1000');
    const money = ragStatus({
      ...base,
      unit: 'currency',
      decimals: 0,
      value: 1234567,
      target: 1200000,
      tolerance: null,
    });
    expect(money.sentence).toBe('Green: £1,234,567 is £34,567 above the target of £1,200,000.');
  });

  it('gives every status a word, a shape and a symbol, all different', () => {
    for (const key of ['word', 'shape', 'symbol'] as const) {
      const seen = new Set(RAG_STATUSES.map((s) => RAG_LABELS[s][key]));
      expect(seen.size).toBe(RAG_STATUSES.length);
    }
  });

  it('never gets better as the figure moves the wrong way', () => {
    const rank = { green: 0, amber: 1, red: 2 } as Record<string, number>;
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (value, drop, tolerance, target) => {
          const input = { ...base, target, tolerance, decimals: 2 };
          const before = ragStatus({ ...input, value }).status;
          const after = ragStatus({ ...input, value: value - drop }).status;
          return rank[after]! >= rank[before]!;
        },
      ),
    );
  });

  it('always carries a reason and a sentence starting with the status word', () => {
    const input = fc.record({
      value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
      target: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
      lower: fc.option(fc.integer(), { nil: null }),
      upper: fc.option(fc.integer(), { nil: null }),
      polarity: fc.constantFrom('higher-better', 'lower-better', 'within-band', 'neutral'),
      tolerance: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
      toleranceKind: fc.constantFrom('absolute', 'relative'),
      unit: fc.constantFrom('number', 'percent', 'currency', 'rate', 'days', 'ratio', 'score'),
      decimals: fc.integer({ min: 0, max: 3 }),
      ratePer: fc.constantFrom(null, 1000, 100000),
      dueDate: fc.constantFrom(null, '2017-01-31'),
      today: fc.constantFrom('2017-01-01', '2017-03-01'),
    });
    fc.assert(
      fc.property(input, (i) => {
        const result = ragStatus(i);
        return (
          result.sentence.startsWith(`${RAG_LABELS[result.status].word}: `) &&
          !/NaN|Infinity|undefined|null/.test(result.sentence) &&
          (result.reason.gap === null || Number.isFinite(result.reason.gap))
        );
      }),
    );
  });
});
