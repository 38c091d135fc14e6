import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAG_STATUSES, type RagStatus } from '../status/labels.js';
import { rollUpStatus, type RollupEntry } from './rules.js';

const entries = (...statuses: RagStatus[]): RollupEntry[] =>
  statuses.map((status, i) => ({ id: `m${i}`, status }));

const anyEntry = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  status: fc.constantFrom(...RAG_STATUSES),
  weight: fc.integer({ min: 0, max: 5 }),
});
const anyRule = fc.constantFrom('worst', 'majority', 'weighted' as const);
const rank: Record<string, number> = { green: 0, amber: 1, red: 2 };
const worse: Partial<Record<RagStatus, RagStatus[]>> = {
  green: ['amber', 'red', 'overdue'],
  amber: ['red', 'overdue'],
  red: ['overdue'],
  overdue: ['red'],
};

describe('rolling up a strategy item', () => {
  it('takes the worst judged status under the worst-of rule', () => {
    const result = rollUpStatus({ measures: entries('green', 'amber', 'green', 'no-data'), rule: 'worst' });
    expect(result.status).toBe('amber');
    expect(result.sentence).toBe(
      'Amber: the worst of 3 judged (1 amber, 2 green); 1 not judged (1 no data).',
    );
  });

  it('counts an overdue figure as red, so late data cannot lift an item', () => {
    const result = rollUpStatus({ measures: entries('green', 'overdue'), rule: 'worst' });
    expect(result.status).toBe('red');
    expect(result.reason.overdueAsRed).toBe(1);
    expect(result.sentence).toBe(
      'Red: the worst of 2 judged (1 overdue, 1 green); overdue figures count as red.',
    );
  });

  it('takes the most common status under the majority rule, a tie going to the worse', () => {
    expect(rollUpStatus({ measures: entries('green', 'green', 'red'), rule: 'majority' }).status).toBe(
      'green',
    );
    expect(rollUpStatus({ measures: entries('green', 'amber'), rule: 'majority' }).status).toBe('amber');
    expect(rollUpStatus({ measures: entries('green', 'red', 'amber'), rule: 'majority' }).status).toBe('red');
  });

  it('rounds a weighted score to the nearest status under the weighted rule', () => {
    const measures: RollupEntry[] = [
      { id: 'a', status: 'green', weight: 3 },
      { id: 'b', status: 'red', weight: 1 },
    ];
    const result = rollUpStatus({ measures, rule: 'weighted' });
    expect(result.reason.score).toBe(0.75);
    // 0.75 is halfway between green and amber: the tie goes to amber.
    expect(result.status).toBe('amber');
    expect(result.sentence).toBe('Amber: a weighted score of 75% from 2 judged (1 red, 1 green).');
    expect(rollUpStatus({ measures, rule: 'weighted', weights: { a: 4 } }).status).toBe('green');
  });

  it('has no data when nothing can be judged, and says why', () => {
    const result = rollUpStatus({ measures: entries('no-data', 'no-target'), actions: [], rule: 'worst' });
    expect(result.status).toBe('no-data');
    expect(result.sentence).toBe(
      'No data: none of the 2 measures, actions and child items can be judged yet (1 no data, 1 no target).',
    );
    expect(rollUpStatus({ rule: 'majority' }).sentence).toBe(
      'No data: there are no measures, actions or child items to roll up.',
    );
  });

  it('keeps counts by source as well as in total', () => {
    const result = rollUpStatus({
      children: entries('red'),
      measures: entries('green', 'green'),
      actions: entries('amber', 'neutral'),
      rule: 'worst',
    });
    expect(result.counts).toEqual({
      green: 2,
      amber: 1,
      red: 1,
      'no-target': 0,
      'no-data': 0,
      overdue: 0,
      neutral: 1,
    });
    expect(result.bySource.actions.amber).toBe(1);
    expect(result.bySource.children.red).toBe(1);
    expect(result.total).toBe(5);
  });

  it('never makes the parent better when a child gets worse under the worst-of rule', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { minLength: 1 }), fc.nat(), fc.nat(), (children, pick, choice) => {
        const index = pick % children.length;
        const options = worse[children[index]!.status];
        if (!options) return true;
        const worsened = children.map((c, i) =>
          i === index ? { ...c, status: options[choice % options.length]! } : c,
        );
        const before = rollUpStatus({ children, rule: 'worst' }).status;
        const after = rollUpStatus({ children: worsened, rule: 'worst' }).status;
        return rank[after]! >= rank[before]!;
      }),
    );
  });

  it('has counts that add up to the number of inputs, under every rule', () => {
    fc.assert(
      fc.property(fc.array(anyEntry), fc.array(anyEntry), fc.array(anyEntry), anyRule, (c, m, a, rule) => {
        const result = rollUpStatus({ children: c, measures: m, actions: a, rule });
        const sum = Object.values(result.counts).reduce((n, x) => n + x, 0);
        return sum === c.length + m.length + a.length && result.total === sum;
      }),
    );
  });

  it('does not depend on the order of the children, under every rule', () => {
    fc.assert(
      fc.property(
        fc
          .array(anyEntry)
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        anyRule,
        ([children, shuffled], rule) => {
          const a = rollUpStatus({ children, rule });
          const b = rollUpStatus({ children: shuffled, rule });
          return a.status === b.status && a.sentence === b.sentence && a.reason.score === b.reason.score;
        },
      ),
    );
  });
});
