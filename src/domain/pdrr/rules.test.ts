import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, type Exceptions } from './review.js';
import { atRiskRun, recoveryRequirement } from './recovery-rule.js';
import { DEFAULT_RISK_BANDS, heatMap, riskBand, riskBandsProblems, riskProblems } from './risk-bands.js';
import { checkTrajectory, trajectoryProblems } from './trajectory.js';
import { actionOverdue, progressProblems } from './action-progress.js';
import { countByCause, complaintProblems } from './complaints.js';
import type { Risk } from '../risk.js';

const evidence = {
  period: '2017-09',
  ragStatus: 'red',
  ragRunLength: 2,
  specialCause: null,
  forecastAtRisk: [false, false],
};

describe('when a recovery plan is required', () => {
  it('requires one for a measure Red for the council’s number of periods, and not before', () => {
    expect(recoveryRequirement(evidence, { periods: 2 })).toEqual({
      required: true,
      triggers: [{ kind: 'red', periods: 2 }],
      reasons: ['Red for 2 periods running'],
    });
    expect(recoveryRequirement(evidence, { periods: 3 }).required).toBe(false);
    expect(recoveryRequirement({ ...evidence, ragStatus: 'amber' }, { periods: 1 }).required).toBe(false);
  });

  it('requires one at once for an SPC special cause of concern', () => {
    const r = recoveryRequirement(
      { ...evidence, ragStatus: 'green', specialCause: 'concern' },
      { periods: 5 },
    );
    expect(r.reasons).toEqual(['the SPC chart shows a special cause of concern']);
  });

  it('requires one when the year-end target has been at risk for the periods running', () => {
    expect(atRiskRun([true, false, true, true])).toBe(2);
    expect(atRiskRun([true, null])).toBe(0);
    const r = recoveryRequirement(
      { ...evidence, ragStatus: 'green', forecastAtRisk: [true, true] },
      { periods: 2 },
    );
    expect(r.reasons).toEqual(['the year-end target has been at risk for 2 periods running']);
  });

  it('never requires a plan for fewer periods than set (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), (n, run) => {
        const r = recoveryRequirement({ ...evidence, ragRunLength: run }, { periods: n });
        expect(r.required).toBe(run >= n);
      }),
    );
  });
});

describe('checking a measure against its trajectory', () => {
  it('gives the gap and whether each period is on the path, by polarity', () => {
    const path = [
      { period: '2017-08', expected: 82 },
      { period: '2017-07', expected: 84 },
      { period: '2017-09', expected: 80 },
    ];
    const actual: Record<string, number> = { '2017-07': 92, '2017-08': 80 };
    const checks = checkTrajectory(path, (p) => actual[p] ?? null, 'lower-better');
    expect(checks).toEqual([
      { period: '2017-07', expected: 84, actual: 92, gap: 8, onTrajectory: false },
      { period: '2017-08', expected: 82, actual: 80, gap: -2, onTrajectory: true },
      { period: '2017-09', expected: 80, actual: null, gap: null, onTrajectory: null },
    ]);
    expect(checkTrajectory(path, () => 90, 'higher-better')[0]!.onTrajectory).toBe(true);
    expect(checkTrajectory(path, () => 90, 'neutral')[0]!.onTrajectory).toBeNull();
  });

  it('names what is wrong with a path as given', () => {
    expect(trajectoryProblems([{ period: 'March', expected: 1 }])[0]).toMatch(/^trajectory\.0\.period: /);
    expect(
      trajectoryProblems([
        { period: '2017-07', expected: 1 },
        { period: '2017-07', expected: 2 },
      ]),
    ).toEqual(['trajectory.1.period: 2017-07 is given twice']);
    expect(
      trajectoryProblems([
        { period: '2017-07', expected: 1 },
        { period: '2017/18-Q2', expected: 2 },
      ])[0],
    ).toMatch(/same kind of period/);
  });
});

describe('the risk register', () => {
  it('puts scores in the council’s bands', () => {
    expect([1, 4, 5, 9, 10, 15, 16, 25].map((s) => riskBand(s))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very high',
      'very high',
    ]);
    expect(riskBand(0)).toBeNull();
    expect(riskBand(26)).toBeNull();
    expect(
      riskBand(6, [
        { from: 1, name: 'tolerable' },
        { from: 6, name: 'intolerable' },
      ]),
    ).toBe('intolerable');
  });

  it('refuses bands that do not start at 1 and rise', () => {
    expect(riskBandsProblems(DEFAULT_RISK_BANDS)).toEqual([]);
    expect(riskBandsProblems([{ from: 2, name: 'low' }])).toEqual([
      'bands.0.from: the first band must start at a score of 1',
    ]);
    expect(
      riskBandsProblems([
        { from: 1, name: 'a' },
        { from: 1, name: 'b' },
      ]),
    ).toEqual(['bands.1.from: must be higher than the band before it']);
  });

  it('counts every open risk once on the heat map (property)', () => {
    const score = fc.integer({ min: 1, max: 5 });
    const risk = fc.record({ l: score, i: score, rl: score, ri: score, open: fc.boolean() });
    fc.assert(
      fc.property(fc.array(risk, { maxLength: 40 }), (list) => {
        const risks = list.map((r, n): Risk => ({
          id: `R${n}`,
          title: 'r',
          description: null,
          ownerId: null,
          inherentLikelihood: r.l,
          inherentImpact: r.i,
          residualLikelihood: r.rl,
          residualImpact: r.ri,
          controls: null,
          reviewDate: '2018-01-01',
          status: r.open ? 'open' : 'closed',
          strategyItemIds: [],
        }));
        const cells = heatMap(risks, 'residual');
        expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(list.filter((r) => r.open).length);
      }),
    );
  });

  it('refuses a residual score worse than the inherent one', () => {
    expect(
      riskProblems({ inherentLikelihood: 2, inherentImpact: 2, residualLikelihood: 3, residualImpact: 2 }),
    ).toHaveLength(1);
    expect(
      riskProblems({ inherentLikelihood: 3, inherentImpact: 2, residualLikelihood: 2, residualImpact: 3 }),
    ).toEqual([]);
  });
});

describe('key actions, agendas and complaints', () => {
  it('flags an action overdue only when past its end and neither completed nor cancelled', () => {
    const a = { status: 'in-progress' as const, proposedEndDate: '2017-09-30' };
    expect(actionOverdue(a, '2017-09-30')).toBe(false);
    expect(actionOverdue(a, '2017-10-01')).toBe(true);
    expect(actionOverdue({ ...a, status: 'completed' }, '2018-01-01')).toBe(false);
    expect(progressProblems({ status: 'completed', percentComplete: 90 })).toEqual([
      'percentComplete: a completed action is 100% complete',
    ]);
  });

  it('puts missing and failing recovery plans at the top of the agenda', () => {
    const e: Exceptions = {
      red: [{ measureId: 'M1', title: 'One', sentence: 'Red.' }],
      spcConcern: [],
      atRisk: [],
      missingRecoveryPlans: [{ measureId: 'M2', title: 'Two', reasons: ['Red for 3 periods running'] }],
      recoveryPlans: [
        { planId: 'RP-1', title: 'Plan', sentence: 'Off trajectory.', needsAttention: true },
        { planId: 'RP-2', title: 'Fine', sentence: 'On trajectory.', needsAttention: false },
      ],
      overdueActions: [{ actionId: 'A1', title: 'Act', sentence: 'Late.' }],
      overdueRiskReviews: [{ riskId: 'CR-1', title: 'Risk', reviewDate: '2017-01-01' }],
    };
    expect(buildAgenda(e).map((i) => `${i.kind}:${i.subjectId}`)).toEqual([
      'missing-recovery-plan:M2',
      'recovery-plan:RP-1',
      'red:M1',
      'overdue-action:A1',
      'overdue-risk-review:CR-1',
    ]);
  });

  it('counts complaints by cause, every cause listed', () => {
    const counts = countByCause([
      {
        id: 'C1',
        receivedOn: '2017-04-01',
        orgUnitId: 'T',
        cause: 'delay',
        summary: 's',
        outcome: 'upheld',
        respondedOn: '2017-04-05',
        learning: null,
      },
      {
        id: 'C2',
        receivedOn: '2017-04-02',
        orgUnitId: 'T',
        cause: 'delay',
        summary: 's',
        outcome: 'not-upheld',
        respondedOn: '2017-04-05',
        learning: null,
      },
    ]);
    expect(counts.find((c) => c.cause === 'delay')).toEqual({ cause: 'delay', received: 2, upheld: 1 });
    expect(counts.find((c) => c.cause === 'other')).toEqual({ cause: 'other', received: 0, upheld: 0 });
    expect(
      complaintProblems({ receivedOn: '2017-04-02', respondedOn: '2017-04-01', outcome: 'upheld' }),
    ).toEqual(['respondedOn: must be on or after receivedOn']);
  });
});
