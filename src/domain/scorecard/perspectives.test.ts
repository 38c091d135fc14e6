import { describe, expect, it } from 'vitest';
import { aMeasure } from '../../../test/factories.js';
import {
  arrangePerspectives,
  defaultPerspectives,
  perspectiveProblems,
  planItemIds,
  planMeasures,
  tidyPerspectives,
} from './perspectives.js';

const setting = (name: string, measureIds: string[] = [], description: string | null = null) => ({
  name,
  description,
  measureIds,
});

describe('balanced scorecard perspectives', () => {
  it('places each measure in a default perspective by its category', () => {
    const perspectives = defaultPerspectives([
      aMeasure({ id: 'W', category: 'ward' }),
      aMeasure({ id: 'F', category: 'finance' }),
      aMeasure({ id: 'B', category: 'business-plan' }),
      aMeasure({ id: 'Q', category: 'quality-assurance' }),
      aMeasure({ id: 'H', category: 'hr' }),
      aMeasure({ id: 'C', category: 'corporate-plan' }),
    ]);
    expect(perspectives.map((p) => [p.name, p.measureIds])).toEqual([
      ['Residents and customers', ['W', 'C']],
      ['Finance and value for money', ['F']],
      ['Internal processes and delivery', ['B', 'Q']],
      ['People and learning', ['H']],
    ]);
  });

  it('takes a plan to be the plan and everything beneath it, and its measures those linked there and active', () => {
    const items = [
      { id: 'CP', parentId: null },
      { id: 'DP', parentId: 'CP' },
      { id: 'SP', parentId: 'DP' },
      { id: 'OTHER', parentId: 'CP' },
    ];
    const inPlan = planItemIds('DP', items);
    expect([...inPlan].sort()).toEqual(['DP', 'SP']);
    const measures = [
      aMeasure({ id: 'A', strategyItemIds: ['SP'] }),
      aMeasure({ id: 'B', strategyItemIds: ['OTHER'] }),
      aMeasure({ id: 'C', strategyItemIds: ['DP'], state: 'retired' }),
    ];
    expect(planMeasures(inPlan, measures).map((m) => m.id)).toEqual(['A']);
  });

  it('names every problem with a setting at once: empty and repeated names, strangers and doubles', () => {
    const problems = perspectiveProblems(
      [setting('  ', ['A']), setting('Finance', ['A', 'NOPE']), setting('finance', ['OUT', 'B', 'B'])],
      new Set(['A', 'B']),
      new Set(['A', 'B', 'OUT']),
    );
    expect(problems).toEqual([
      'perspectives.0.name: is empty; expected a name such as "Residents and customers"',
      'perspectives.1.measures: measure "A" is already in perspective 1; a measure sits in one perspective',
      'perspectives.1.measures: there is no measure with code "NOPE"',
      'perspectives.2.name: "finance" is already the name of perspective 2; each name once',
      `perspectives.2.measures: measure "OUT" is not one of this plan's measures`,
      'perspectives.2.measures: measure "B" is listed twice',
    ]);
    expect(perspectiveProblems([], new Set(), new Set())).toEqual([
      'perspectives: give at least one perspective; expected a list of 1 to 12',
    ]);
    expect(perspectiveProblems([setting('Residents', ['A'])], new Set(['A']), new Set(['A']))).toEqual([]);
  });

  it('keeps names trimmed and an empty description as none', () => {
    expect(tidyPerspectives([setting('  Money ', ['A'], '  ')])).toEqual([setting('Money', ['A'], null)]);
  });

  it('arranges the measures a reader sees in the order set, and keeps apart those no perspective names', () => {
    const arranged = arrangePerspectives(
      [setting('One', ['B', 'HIDDEN', 'A']), setting('Two', ['A'])],
      [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
    );
    expect(arranged.perspectives.map((p) => p.measures.map((m) => m.id))).toEqual([['B', 'A'], []]);
    expect(arranged.unplaced.map((m) => m.id)).toEqual(['C']);
  });
});
