import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../action.js';
import { RAG_STATUSES } from '../status/labels.js';
import type { RollupRule } from '../strategy.js';
import { actionRagStatus } from './action-status.js';
import { rollUpStatus, type RollupEntry } from './rules.js';
import { rollUpTree, type ItemLeaves } from './tree.js';

const item = (id: string, parentId: string | null, rollupRule: RollupRule = 'worst', weight = 1) => ({
  id,
  parentId,
  rollupRule,
  weight,
});

describe('rolling up the golden thread', () => {
  it('works every item out bottom-up from its measures, actions and children', () => {
    const items = [
      item('plan', null),
      item('economy', 'plan'),
      item('communities', 'plan', 'majority'),
      item('jobs', 'economy'),
    ];
    const leaves: Record<string, ItemLeaves> = {
      jobs: { measures: [{ id: 'CP-ECO-01', status: 'red' }] },
      economy: { measures: [{ id: 'CP-ECO-02', status: 'green' }] },
      communities: {
        measures: [
          { id: 'CP-COM-01', status: 'green' },
          { id: 'CP-COM-02', status: 'green' },
        ],
        actions: [{ id: 'A1', status: 'amber' }],
      },
    };
    const { statuses, problems } = rollUpTree(items, leaves);
    expect(problems).toEqual([]);
    expect(statuses.get('jobs')?.status).toBe('red');
    expect(statuses.get('economy')?.status).toBe('red');
    expect(statuses.get('communities')?.status).toBe('green');
    expect(statuses.get('plan')?.status).toBe('red');
    expect(statuses.get('plan')?.bySource.children).toMatchObject({ red: 1, green: 1 });
  });

  it('names items caught in a loop of parents instead of looping forever', () => {
    const { statuses, problems } = rollUpTree([item('a', 'b'), item('b', 'a'), item('c', null)], new Map());
    expect(statuses.has('c')).toBe(true);
    expect(statuses.has('a')).toBe(false);
    expect(problems).toEqual(['a, b cannot be rolled up: their parents form a loop, or hang from one']);
  });

  it('agrees with rolling up each item from its children’s results, whatever the order of the list', () => {
    const tree = fc
      .array(
        fc.record({
          parent: fc.nat(),
          rule: fc.constantFrom<RollupRule>('worst', 'majority', 'weighted'),
          weight: fc.integer({ min: 0, max: 3 }),
          measures: fc.array(fc.constantFrom(...RAG_STATUSES), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 25 },
      )
      .map((nodes) =>
        nodes.map((n, i) => ({
          ...item(`i${i}`, i === 0 ? null : `i${n.parent % i}`, n.rule, n.weight),
          measures: n.measures.map((status, j): RollupEntry => ({ id: `i${i}m${j}`, status })),
        })),
      );
    fc.assert(
      fc.property(
        tree.chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length }))),
        ([nodes, shuffled]) => {
          const leaves = new Map(nodes.map((n) => [n.id, { measures: n.measures }]));
          const { statuses } = rollUpTree(shuffled, leaves);
          // Recompute from the leaves up by plain recursion.
          const direct = (id: string): string => {
            const node = nodes.find((n) => n.id === id)!;
            const children = nodes
              .filter((n) => n.parentId === id)
              .map((n): RollupEntry => ({
                id: n.id,
                status: direct(n.id) as RollupEntry['status'],
                weight: n.weight,
              }));
            return rollUpStatus({ children, measures: node.measures, rule: node.rollupRule }).status;
          };
          return nodes.every((n) => statuses.get(n.id)?.status === direct(n.id));
        },
      ),
    );
  });
});

describe('an action’s status', () => {
  const action: Action = {
    id: 'A1',
    title: 'Open the new library',
    responsibleOfficer: 'Head of Libraries',
    responsiblePersonId: null,
    anticipatedOutcome: 'A library in every ward',
    proposedStartDate: '2017-04-01',
    proposedEndDate: '2018-03-31',
    othersInvolved: null,
    status: 'in-progress',
    percentComplete: 40,
    progressNote: null,
    milestones: [{ title: 'Lease signed', dueDate: '2017-09-30', completedDate: null }],
    strategyItemIds: [],
    measureIds: [],
  };

  it('is green on track, amber with a milestone past due, and red past its end date', () => {
    expect(actionRagStatus(action, '2017-06-01').status).toBe('green');
    expect(actionRagStatus(action, '2017-10-01')).toEqual({
      status: 'amber',
      sentence: 'Amber: milestone "Lease signed" was due on 30 September 2017.',
    });
    expect(actionRagStatus(action, '2018-04-01').status).toBe('red');
  });

  it('is green once completed, amber on hold or not started late, and not judged when cancelled', () => {
    expect(actionRagStatus({ ...action, status: 'completed' }, '2019-01-01').status).toBe('green');
    expect(actionRagStatus({ ...action, status: 'on-hold' }, '2017-06-01').status).toBe('amber');
    expect(actionRagStatus({ ...action, status: 'not-started' }, '2017-04-02').status).toBe('amber');
    expect(actionRagStatus({ ...action, status: 'not-started' }, '2017-04-01').status).toBe('green');
    expect(actionRagStatus({ ...action, status: 'cancelled' }, '2019-01-01').status).toBe('neutral');
  });
});
