import { describe, expect, it } from 'vitest';
import { aMeasure } from '../../../test/factories.js';
import { measureChangeProblems, measureDefinitionProblems } from './measure-rules.js';

describe('a measure’s definition and changes to it', () => {
  it('accepts a complete definition', () => {
    expect(measureDefinitionProblems(aMeasure())).toEqual([]);
  });

  it('asks a rate for the number it is per, and only a rate', () => {
    expect(measureDefinitionProblems(aMeasure({ unit: 'rate' }))).toEqual([
      'ratePer: a rate needs the number it is per, e.g. 1000 for per 1,000 population',
    ]);
    expect(measureDefinitionProblems(aMeasure({ ratePer: 1000 }))).toEqual([
      'ratePer: only a rate is per a number; leave it empty for a measure in percent',
    ]);
  });

  it('keeps frequency, kind of year, unit and "per" fixed once figures exist, and only then', () => {
    const before = aMeasure();
    const after = aMeasure({ frequency: 'monthly', unit: 'number', title: 'Renamed' });
    expect(measureChangeProblems(before, after, false)).toEqual([]);
    const problems = measureChangeProblems(before, after, true);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['frequency', 'unit']);
    expect(problems[1]).toMatch(/its unit stays percent \(its figures were recorded in the current unit/);
  });
});
