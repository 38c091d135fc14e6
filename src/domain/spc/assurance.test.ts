import { describe, expect, it } from 'vitest';
import { assuranceOf } from './assurance.js';

// The three processes of tests/testthat/test-ptd_calculate_assurance_type.R, each against a
// target of 4: limits 1–3 (target above), 5–7 (target below), 1–5 (target between).
const PROCESSES: [number, number][] = [
  [1, 3],
  [5, 7],
  [1, 5],
];

describe('assurance', () => {
  it('matches the package when higher is better', () => {
    expect(PROCESSES.map(([lower, upper]) => assuranceOf(lower, upper, 4, 'increase'))).toEqual([
      'consistently_failing',
      'consistently_passing',
      'hit_and_miss',
    ]);
  });

  it('matches the package when lower is better', () => {
    expect(PROCESSES.map(([lower, upper]) => assuranceOf(lower, upper, 4, 'decrease'))).toEqual([
      'consistently_passing',
      'consistently_failing',
      'hit_and_miss',
    ]);
  });

  it('gives none for a single target when neither direction is better, as the package does', () => {
    expect(PROCESSES.map(([lower, upper]) => assuranceOf(lower, upper, 4, 'neutral'))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('calls a target exactly on a limit hit and miss', () => {
    expect(assuranceOf(1, 4, 4, 'increase')).toBe('hit_and_miss');
    expect(assuranceOf(4, 6, 4, 'increase')).toBe('hit_and_miss');
  });

  it('gives none without a target or without limits', () => {
    expect(assuranceOf(1, 3, null, 'increase')).toBeNull();
    expect(assuranceOf(1, 3, undefined, 'increase')).toBeNull();
    expect(assuranceOf(null, null, 4, 'increase')).toBeNull();
    expect(assuranceOf(1, 3, Number.NaN, 'increase')).toBeNull();
  });

  it('passes a band that holds the whole process, fails one that holds none of it, whatever the direction', () => {
    for (const direction of ['increase', 'decrease', 'neutral'] as const) {
      expect(assuranceOf(2, 4, { lower: 1, upper: 5 }, direction)).toBe('consistently_passing');
      expect(assuranceOf(2, 4, { lower: 5, upper: 9 }, direction)).toBe('consistently_failing');
      expect(assuranceOf(2, 4, { lower: -3, upper: 1 }, direction)).toBe('consistently_failing');
      expect(assuranceOf(2, 4, { lower: 3, upper: 9 }, direction)).toBe('hit_and_miss');
      expect(assuranceOf(2, 4, { lower: 2, upper: 4 }, direction)).toBe('hit_and_miss');
    }
  });

  it('gives none for a band given upside down', () => {
    expect(assuranceOf(2, 4, { lower: 5, upper: 1 }, 'neutral')).toBeNull();
  });
});
