import { describe, expect, it } from 'vitest';
import { directionSentence, judgeDirection, type DirectionInput } from './direction.js';

const quarter: DirectionInput = {
  current: 71.2,
  previous: 70.5,
  polarity: 'higher-better',
  unit: 'percent',
  decimals: 1,
  againstLabel: 'Q2 2017/18',
};

describe('direction of travel judged first and put into words later', () => {
  it('gives the direction and its reason as data, with no sentence', () => {
    expect(judgeDirection(quarter)).toEqual({
      direction: 'improving',
      reason: {
        against: 'previous-period',
        current: 71.2,
        previous: 70.5,
        change: 0.7,
        unit: 'percentage points',
        significance: 'not-tested',
        problem: null,
      },
    });
  });

  it('writes the sentence from the judgement alone', () => {
    expect(directionSentence(judgeDirection(quarter), quarter)).toBe(
      'Improving: up 0.7 percentage points on Q2 2017/18 (70.5% to 71.2%).',
    );
    const missing = { ...quarter, previous: null };
    const judged = judgeDirection(missing);
    expect(judged.direction).toBe('not-comparable');
    expect(judged.reason.problem).toBe('there is no figure for Q2 2017/18');
    expect(directionSentence(judged, missing)).toBe('Not comparable: there is no figure for Q2 2017/18.');
  });
});
