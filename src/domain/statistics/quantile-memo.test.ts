import { describe, expect, it } from 'vitest';
import { rememberByDegrees } from './quantile-memo.js';
import { studentTQuantile } from './student-t.js';

describe('quantiles remembered', () => {
  it('works each quantile out once for whole degrees of freedom, and every time for fractional ones', () => {
    const asked: [number, number][] = [];
    const quantile = rememberByDegrees((p, df) => {
      asked.push([p, df]);
      return p * df;
    });
    expect(quantile(0.975, 10)).toBe(9.75);
    expect(quantile(0.975, 10)).toBe(9.75);
    expect(quantile(0.999, 10)).toBe(9.99);
    expect(quantile(0.975, 2.5)).toBe(2.4375);
    expect(quantile(0.975, 2.5)).toBe(2.4375);
    expect(asked).toEqual([
      [0.975, 10],
      [0.999, 10],
      [0.975, 2.5],
      [0.975, 2.5],
    ]);
  });

  it('remembers a null answer as an answer', () => {
    let calls = 0;
    const quantile = rememberByDegrees(() => {
      calls++;
      return null;
    });
    expect(quantile(1.5, 3)).toBeNull();
    expect(quantile(1.5, 3)).toBeNull();
    expect(calls).toBe(1);
  });

  it('gives Student’s t as R’s qt does, asked once or many times', () => {
    // qt(0.975, 10) in R.
    for (let i = 0; i < 3; i++) expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12);
  });
});
