import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkPolarityOf, compareWithBenchmark, type BenchmarkPolarity } from './benchmark.js';

// Fingertips' SingleOverlappingCIsForTwoCILevelsComparerTest (fingertips-open,
// PholioVisualisationWS/AnalysisTest): a figure of 2.6 with 99.8% limits 2.3–2.9 and 95% limits 2.5–2.7.
const figure = { value: 2.6, lower998: 2.3, lower95: 2.5, upper95: 2.7, upper998: 2.9 };

describe('compareWithBenchmark at two levels, as Fingertips’ published tests define it', () => {
  it.each([
    [3.0, 'worst', 'best'],
    [2.8, 'worse', 'better'],
    [2.6, 'similar', 'similar'],
    [2.4, 'better', 'worse'],
    [2.2, 'best', 'worst'],
  ] as const)(
    'with the benchmark at %s: %s when higher is better, %s when lower is better',
    (benchmark, high, low) => {
      expect(compareWithBenchmark({ ...figure, benchmark, polarity: 'higher-better' })).toBe(high);
      expect(compareWithBenchmark({ ...figure, benchmark, polarity: 'lower-better' })).toBe(low);
    },
  );

  it('says only higher or lower when the measure has no polarity, at either level', () => {
    expect(compareWithBenchmark({ ...figure, benchmark: 2.2, polarity: 'none' })).toBe('higher');
    expect(compareWithBenchmark({ ...figure, benchmark: 2.4, polarity: 'none' })).toBe('higher');
    expect(compareWithBenchmark({ ...figure, benchmark: 2.8, polarity: 'none' })).toBe('lower');
    expect(compareWithBenchmark({ ...figure, benchmark: 2.6, polarity: 'none' })).toBe('similar');
  });

  it('counts a benchmark on a limit as inside it, as Fingertips does', () => {
    expect(compareWithBenchmark({ ...figure, benchmark: 2.5, polarity: 'higher-better' })).toBe('similar');
    expect(compareWithBenchmark({ ...figure, benchmark: 2.3, polarity: 'higher-better' })).toBe('better');
    expect(compareWithBenchmark({ ...figure, benchmark: 2.9, polarity: 'higher-better' })).toBe('worse');
  });
});

describe('compareWithBenchmark at one level', () => {
  const single = { value: 10, lower95: 8, upper95: 12 };

  it('is similar when the 95% interval holds the benchmark, and better or worse otherwise', () => {
    expect(compareWithBenchmark({ ...single, benchmark: 11, polarity: 'higher-better' })).toBe('similar');
    expect(compareWithBenchmark({ ...single, benchmark: 7, polarity: 'higher-better' })).toBe('better');
    expect(compareWithBenchmark({ ...single, benchmark: 7, polarity: 'lower-better' })).toBe('worse');
    expect(compareWithBenchmark({ ...single, benchmark: 13, polarity: 'lower-better' })).toBe('better');
    expect(compareWithBenchmark({ ...single, benchmark: 13, polarity: 'none' })).toBe('lower');
  });

  it('never says best or worst without the 99.8% interval', () => {
    expect(compareWithBenchmark({ ...single, benchmark: -1000, polarity: 'higher-better' })).toBe('better');
  });

  it('has no answer when the value, benchmark or an interval is missing or inconsistent', () => {
    const polarity: BenchmarkPolarity = 'higher-better';
    expect(compareWithBenchmark({ ...single, value: null, benchmark: 7, polarity })).toBeNull();
    expect(compareWithBenchmark({ ...single, benchmark: undefined, polarity })).toBeNull();
    expect(compareWithBenchmark({ ...single, lower95: null, benchmark: 7, polarity })).toBeNull();
    expect(compareWithBenchmark({ ...single, upper95: Number.NaN, benchmark: 7, polarity })).toBeNull();
    expect(compareWithBenchmark({ value: 10, lower95: 12, upper95: 8, benchmark: 7, polarity })).toBeNull();
    expect(compareWithBenchmark({ ...single, lower998: 5, benchmark: 7, polarity })).toBeNull();
    expect(compareWithBenchmark({ ...single, lower998: 9, upper998: 14, benchmark: 7, polarity })).toBeNull();
  });
});

describe('compareWithBenchmark in general', () => {
  const ordered = fc
    .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 5, maxLength: 5 })
    .map((xs) => [...xs].sort((a, b) => a - b));

  it('swaps better and worse, best and worst, when the polarity is reversed', () => {
    const opposite = { better: 'worse', worse: 'better', best: 'worst', worst: 'best', similar: 'similar' };
    fc.assert(
      fc.property(
        ordered,
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        ([l998, l95, v, u95, u998], benchmark) => {
          const input = {
            value: v!,
            lower998: l998,
            lower95: l95!,
            upper95: u95!,
            upper998: u998,
            benchmark,
          };
          const high = compareWithBenchmark({ ...input, polarity: 'higher-better' })!;
          const low = compareWithBenchmark({ ...input, polarity: 'lower-better' })!;
          expect(low).toBe(opposite[high as keyof typeof opposite]);
        },
      ),
    );
  });

  it('calls a difference at 99.8% only when it is also one at 95%', () => {
    fc.assert(
      fc.property(
        ordered,
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        ([l998, l95, v, u95, u998], benchmark) => {
          const two = compareWithBenchmark({
            value: v!,
            lower998: l998,
            lower95: l95!,
            upper95: u95!,
            upper998: u998,
            benchmark,
            polarity: 'higher-better',
          });
          const one = compareWithBenchmark({
            value: v!,
            lower95: l95!,
            upper95: u95!,
            benchmark,
            polarity: 'higher-better',
          });
          if (two === 'best') expect(one).toBe('better');
          if (two === 'worst') expect(one).toBe('worse');
          if (two === 'similar') expect(one).toBe('similar');
        },
      ),
    );
  });
});

describe('benchmarkPolarityOf', () => {
  it('keeps higher- and lower-better and treats bands and neutral measures as having no better side', () => {
    expect(benchmarkPolarityOf('higher-better')).toBe('higher-better');
    expect(benchmarkPolarityOf('lower-better')).toBe('lower-better');
    expect(benchmarkPolarityOf('within-band')).toBe('none');
    expect(benchmarkPolarityOf('neutral')).toBe('none');
  });
});
