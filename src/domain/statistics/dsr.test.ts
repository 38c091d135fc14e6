import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dsrInterval } from './dsr.js';
import { EUROPEAN_STANDARD_POPULATION_2013 } from './european-standard-population.js';
import { rateInterval } from './rate.js';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

// Deaths and populations for one area by the 19 age bands (0–4 … 90+), made up for this test.
const counts = [0, 0, 1, 0, 2, 3, 2, 4, 5, 8, 10, 15, 22, 30, 41, 52, 60, 48, 39];
const populations = [
  6000, 6200, 5900, 6100, 7000, 7400, 7100, 6800, 6500, 6600, 6700, 6400, 5900, 5200, 4600, 3500, 2400, 1400,
  700,
];

describe('European Standard Population 2013', () => {
  it('has 19 bands totalling 100,000, as PHEindicatormethods’ esp2013', () => {
    expect(EUROPEAN_STANDARD_POPULATION_2013).toHaveLength(19);
    expect(EUROPEAN_STANDARD_POPULATION_2013.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(EUROPEAN_STANDARD_POPULATION_2013[0]).toBe(5000);
    expect(EUROPEAN_STANDARD_POPULATION_2013[18]).toBe(1000);
  });
});

describe('dsrInterval', () => {
  it('matches phe_dsr’s formula (Dobson with Byar’s) for a 19-band area', () => {
    // Expected: R/DSR.R's arithmetic evaluated to 50 digits with mpmath for these inputs.
    const dsr = dsrInterval(counts, populations, 0.95)!;
    expect(dsr.total).toBe(342);
    expect(relativeError(dsr.value, 378.3194511237932)).toBeLessThan(1e-13);
    expect(relativeError(dsr.lower, 339.0304897855697)).toBeLessThan(1e-12);
    expect(relativeError(dsr.upper, 420.8889034763842)).toBeLessThan(1e-12);
  });

  it('equals the crude rate and its Byar’s interval when the area has the standard’s age structure', () => {
    // With populations proportional to the standard and one rate in every band, Dobson's
    // variance scaling reduces to Byar's interval on the total count.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 2, max: 20 }), (perBand, scale) => {
        const pops = EUROPEAN_STANDARD_POPULATION_2013.map((w) => w * scale);
        const events = EUROPEAN_STANDARD_POPULATION_2013.map((w) => (w / 500) * perBand);
        const dsr = dsrInterval(events, pops, 0.95)!;
        const total = events.reduce((a, b) => a + b, 0);
        const crude = rateInterval(total, 100_000 * scale, 0.95)!;
        expect(relativeError(dsr.value, crude.value)).toBeLessThan(1e-12);
        expect(relativeError(dsr.lower, crude.lower)).toBeLessThan(1e-12);
        expect(relativeError(dsr.upper, crude.upper)).toBeLessThan(1e-12);
      }),
    );
  });

  it('is suppressed below 10 events in total, as PHE does', () => {
    const nine = EUROPEAN_STANDARD_POPULATION_2013.map((_, i) => (i < 9 ? 1 : 0));
    const ten = EUROPEAN_STANDARD_POPULATION_2013.map((_, i) => (i < 10 ? 1 : 0));
    expect(dsrInterval(nine, populations, 0.95)).toBeNull();
    expect(dsrInterval(ten, populations, 0.95)!.total).toBe(10);
  });

  it('takes another standard population and rate unit', () => {
    const dsr = dsrInterval([20, 30], [1000, 3000], 0.95, 1000, [1, 1])!;
    expect(dsr.value).toBeCloseTo(((20 / 1000 + 30 / 3000) / 2) * 1000, 12);
    expect(dsr.total).toBe(50);
  });

  it('has no answer when the bands do not line up or a population is zero', () => {
    expect(dsrInterval(counts.slice(1), populations, 0.95)).toBeNull();
    expect(dsrInterval(counts, populations.slice(1), 0.95)).toBeNull();
    const zero = [...populations];
    zero[18] = 0;
    expect(dsrInterval(counts, zero, 0.95)).toBeNull();
    const negative = [...counts];
    negative[3] = -1;
    expect(dsrInterval(negative, populations, 0.95)).toBeNull();
    const missing = [...counts];
    missing[3] = Number.NaN;
    expect(dsrInterval(missing, populations, 0.95)).toBeNull();
    expect(dsrInterval(counts, populations, 0.95, 100_000, [])).toBeNull();
    expect(dsrInterval(counts, populations, 2)).toBeNull();
  });

  it('holds the rate inside its limits and widens from 95% to 99.8%', () => {
    const band = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 50_000 }));
    fc.assert(
      fc.property(fc.array(band, { minLength: 19, maxLength: 19 }), (rows) => {
        const events = rows.map(([x]) => x);
        const pops = rows.map(([, n]) => n);
        const narrow = dsrInterval(events, pops, 0.95);
        const wide = dsrInterval(events, pops, 0.998);
        if (events.reduce((a, b) => a + b, 0) < 10) {
          expect(narrow).toBeNull();
          return;
        }
        expect(narrow!.lower).toBeLessThanOrEqual(narrow!.value);
        expect(narrow!.upper).toBeGreaterThan(narrow!.value);
        expect(wide!.lower).toBeLessThanOrEqual(narrow!.lower);
        expect(wide!.upper).toBeGreaterThan(narrow!.upper);
      }),
    );
  });
});
