import { describe, expect, it } from 'vitest';
import { buildDemoCouncil, DEFAULT_DEMO_SEED } from './index.js';

describe('buildDemoCouncil', () => {
  it('gives exactly the same bundle for the same seed', () => {
    expect(buildDemoCouncil(7)).toEqual(buildDemoCouncil(7));
  });

  it('uses the plan’s start date as its default seed', () => {
    expect(buildDemoCouncil()).toEqual(buildDemoCouncil(DEFAULT_DEMO_SEED));
  });

  it('gives different figures for a different seed, but the same council and plan', () => {
    const a = buildDemoCouncil(1);
    const b = buildDemoCouncil(2);
    expect(a.values.map((v) => v.value)).not.toEqual(b.values.map((v) => v.value));
    expect(a.people).toEqual(b.people);
    expect(a.strategyItems).toEqual(b.strategyItems);
    expect(a.measures).toEqual(b.measures);
  });

  it('builds the whole council in well under two seconds', () => {
    const started = performance.now();
    buildDemoCouncil(99);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
