import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextLevel, REPORTING_LEVELS, type ReportingLevel } from './levels.js';
import {
  currentLevel,
  escalationDue,
  recoveryPlanHealth,
  type Escalation,
  type RecoveryPlan,
} from './recovery-plan.js';
import { checkTrajectory } from './trajectory.js';

const plan = (overrides: Partial<RecoveryPlan> = {}): RecoveryPlan => ({
  id: 'RP-01',
  measureId: 'CP-HOU-01',
  title: 'Recovery plan',
  ownerId: null,
  causeAnalysis: 'Why',
  triggers: [],
  openedOn: '2017-06-12',
  reviewDate: '2017-09-29',
  startLevel: 'team',
  status: 'open',
  closedOn: null,
  lessonsLearned: null,
  actionIds: [],
  trajectory: [
    { period: '2017-07', expected: 84 },
    { period: '2017-08', expected: 82 },
  ],
  escalations: [],
  ...overrides,
});

const values: Record<string, number> = { '2017-07': 92, '2017-08': 80 };
const checksOf = (p: RecoveryPlan, upTo = '2017-12') =>
  checkTrajectory(
    p.trajectory,
    (period) => (period <= upTo ? (values[period] ?? null) : null),
    'lower-better',
  );

describe('escalation of a recovery plan', () => {
  it('escalates one level when the trajectory is missed, and says why in words', () => {
    const p = plan();
    const due = escalationDue(p, checksOf(p), '2017-08-21');
    expect(due).toMatchObject({
      fromLevel: 'team',
      toLevel: 'service',
      reasons: ['trajectory-missed'],
      missedPeriod: '2017-07',
    });
    expect(due!.detail).toBe('Escalated because the figure for 2017-07 (92) missed the trajectory of 84.');
  });

  it('does not escalate the same miss twice', () => {
    const first: Escalation = {
      fromLevel: 'team',
      toLevel: 'service',
      reasons: ['trajectory-missed'],
      missedPeriod: '2017-07',
      missedReviewDate: null,
      detail: '',
      escalatedOn: '2017-08-21',
      recordedBy: 'test',
    };
    const p = plan({ escalations: [first] });
    expect(escalationDue(p, checksOf(p), '2017-09-01')).toBeNull();
  });

  it('escalates when the review date passes without a review, even on trajectory', () => {
    const p = plan({ trajectory: [] });
    expect(escalationDue(p, [], '2017-09-29')).toBeNull();
    expect(escalationDue(p, [], '2017-09-30')).toMatchObject({
      reasons: ['review-overdue'],
      missedReviewDate: '2017-09-29',
    });
  });

  it('never escalates a closed plan, nor one already at Cabinet and Scrutiny', () => {
    expect(escalationDue(plan({ status: 'closed' }), checksOf(plan()), '2018-01-01')).toBeNull();
    expect(
      escalationDue(plan({ startLevel: 'cabinet-and-scrutiny' }), checksOf(plan()), '2018-01-01'),
    ).toBeNull();
  });

  it('never skips a level, whatever the misses and dates', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2017, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORTING_LEVELS),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 200 })), {
          maxLength: 12,
        }),
        fc.array(day, { minLength: 1, maxLength: 10 }),
        day,
        (start: ReportingLevel, points, runDays, reviewDate) => {
          const trajectory = points.map(([m, e]) => ({
            period: `2017-${String(m).padStart(2, '0')}`,
            expected: e,
          }));
          const unique = [...new Map(trajectory.map((t) => [t.period, t])).values()];
          let p = plan({ startLevel: start, trajectory: unique, reviewDate });
          for (const today of [...runDays].sort()) {
            const checks = checkTrajectory(
              p.trajectory,
              (period) => (period.length % 2 === 0 ? 100 : 50),
              'lower-better',
            );
            const due = escalationDue(p, checks, today);
            if (!due) continue;
            expect(due.fromLevel).toBe(currentLevel(p));
            expect(due.toLevel).toBe(nextLevel(due.fromLevel));
            p = { ...p, escalations: [...p.escalations, { ...due, escalatedOn: today, recordedBy: 'test' }] };
          }
          const levels = [p.startLevel, ...p.escalations.map((e) => e.toLevel)];
          levels.forEach((level, i) =>
            expect(REPORTING_LEVELS.indexOf(level)).toBe(REPORTING_LEVELS.indexOf(p.startLevel) + i),
          );
        },
      ),
    );
  });

  it('describes a plan’s health in words', () => {
    const p = plan();
    const health = recoveryPlanHealth(p, checksOf(p), '2017-10-02');
    expect(health.sentence).toBe(
      'On trajectory at 2017-08; review overdue since 2017-09-29; escalation to service due.',
    );
    expect(health.firstMissedPeriod).toBe('2017-07');
  });
});
