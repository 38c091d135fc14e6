import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeRag, type RagInput } from './rag.js';
import { ragStatusOf } from './rag-status.js';

const amount = fc.option(
  fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.integer({ min: -5, max: 100 })),
  { nil: null },
);

describe('the RAG status alone, for the earlier periods of a run', () => {
  it('is the status judgeRag gives, whatever the polarity, target, band and tolerance', () => {
    fc.assert(
      fc.property(
        fc.record({
          polarity: fc.constantFrom('higher-better', 'lower-better', 'within-band', 'neutral' as const),
          toleranceKind: fc.constantFrom('absolute', 'relative' as const),
          decimals: fc.integer({ min: 0, max: 3 }),
          dueDate: fc.option(fc.constantFrom('2018-01-14', '2018-03-01'), { nil: null }),
          hasData: fc.option(fc.boolean(), { nil: undefined }),
        }),
        fc.option(fc.oneof(fc.double({ min: -200, max: 200 }), fc.integer({ min: 0, max: 100 })), {
          nil: null,
        }),
        amount,
        amount,
        amount,
        fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
        (settings, value, target, lower, upper, tolerance) => {
          const input: RagInput = {
            ...settings,
            value,
            target,
            lower,
            upper,
            tolerance,
            unit: 'percent',
            today: '2018-02-01',
          };
          expect(ragStatusOf(input, value, target, lower, upper, tolerance)).toBe(judgeRag(input).status);
        },
      ),
    );
  });

  it('reads the figure and target it is given, not the input’s own', () => {
    const input: RagInput = {
      value: 90,
      target: 80,
      polarity: 'higher-better',
      tolerance: 2,
      toleranceKind: 'absolute',
      unit: 'percent',
      decimals: 1,
      today: '2018-02-01',
    };
    expect(ragStatusOf(input, 77.95, 80, null, null, 2)).toBe('amber');
    expect(ragStatusOf(input, 70, 80, null, null, 2)).toBe('red');
  });
});
