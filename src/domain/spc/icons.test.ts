import { describe, expect, it } from 'vitest';
import { SPC_ICONS, assuranceIcon, variationIcon } from './icons.js';
import { ASSURANCES, IMPROVEMENT_DIRECTIONS, VARIATIONS } from './types.js';

describe('SPC icons', () => {
  it('describes every variation and assurance value', () => {
    expect(Object.keys(SPC_ICONS.variation).sort()).toEqual([...VARIATIONS].sort());
    expect(Object.keys(SPC_ICONS.assurance).sort()).toEqual([...ASSURANCES].sort());
  });

  it('never relies on colour alone: the icons that can appear together differ by letter', () => {
    const possible = {
      increase: ['common_cause', 'special_cause_improvement', 'special_cause_concern'],
      decrease: ['common_cause', 'special_cause_improvement', 'special_cause_concern'],
      neutral: ['common_cause', 'special_cause_neutral_high', 'special_cause_neutral_low'],
    } as const;
    for (const improvement of IMPROVEMENT_DIRECTIONS) {
      const letters = possible[improvement].map((v) => variationIcon(v, improvement).letter);
      expect(new Set(letters).size).toBe(letters.length);
    }
    const assuranceLetters = ASSURANCES.map((a) => assuranceIcon(a).letter);
    expect(new Set(assuranceLetters).size).toBe(ASSURANCES.length);
    expect(assuranceLetters).not.toContain(null);
  });

  it('shows H for an improvement when higher is better and L when lower is better', () => {
    expect(variationIcon('special_cause_improvement', 'increase')).toMatchObject({
      colour: 'blue',
      letter: 'H',
    });
    expect(variationIcon('special_cause_improvement', 'decrease')).toMatchObject({
      colour: 'blue',
      letter: 'L',
    });
    expect(variationIcon('special_cause_concern', 'increase')).toMatchObject({
      colour: 'orange',
      letter: 'L',
    });
    expect(variationIcon('special_cause_concern', 'decrease')).toMatchObject({
      colour: 'orange',
      letter: 'H',
    });
  });

  it('draws common cause grey without a letter and neutral signals purple with H or L', () => {
    expect(variationIcon('common_cause', 'increase')).toMatchObject({ colour: 'grey', letter: null });
    expect(variationIcon('special_cause_neutral_high', 'neutral')).toMatchObject({
      colour: 'purple',
      letter: 'H',
    });
    expect(variationIcon('special_cause_neutral_low', 'neutral')).toMatchObject({
      colour: 'purple',
      letter: 'L',
    });
  });

  it('marks assurance with P, F and ?', () => {
    expect(assuranceIcon('consistently_passing')).toMatchObject({ colour: 'blue', letter: 'P' });
    expect(assuranceIcon('consistently_failing')).toMatchObject({ colour: 'orange', letter: 'F' });
    expect(assuranceIcon('hit_and_miss')).toMatchObject({ colour: 'grey', letter: '?' });
  });
});
