import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRandom, mixSeed, streamFor } from './random.js';

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = makeRandom(seed);
        const b = makeRandom(seed);
        for (let i = 0; i < 20; i++) expect(a.next()).toBe(b.next());
      }),
    );
  });

  it('stays within [0, 1) and within the bounds it is asked for', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, low, span) => {
          const r = makeRandom(seed);
          const x = r.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = r.integer(low, low + span);
          expect(Number.isInteger(n) && n >= low && n <= low + span).toBe(true);
        },
      ),
    );
  });

  it('gives separate streams to separate labels', () => {
    expect(mixSeed(1, 'CP-ECO-01')).not.toBe(mixSeed(1, 'CP-ECO-02'));
    expect(streamFor(1, 'a', 'b').next()).not.toBe(streamFor(1, 'a', 'c').next());
  });

  it('draws normal deviates with mean about 0 and spread about 1', () => {
    const r = makeRandom(42);
    const draws = Array.from({ length: 20000 }, () => r.normal());
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
