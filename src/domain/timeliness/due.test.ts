import { describe, expect, it } from 'vitest';
import { dueFigures, periodsFallingDue } from './due.js';

const quarterly = { id: 'CP-ECO-01', frequency: 'quarterly', yearKind: 'financial', dueLagDays: 45 } as const;
const monthly = { id: 'LK-HOU-02', frequency: 'monthly', yearKind: 'financial', dueLagDays: 20 } as const;

describe('when figures fall due', () => {
  it('dates a quarter’s figure its end plus the lag, and lists the latest quarters due by the horizon', () => {
    // Q1 2016/17 ends 30 June: due 14 August. Q2 ends 30 September: due 14 November.
    const found = periodsFallingDue(quarterly, '2016-11-05', { lookBack: 3, windowDays: 14 });
    expect(found.map((f) => [f.dueDate])).toEqual([['2016-11-14'], ['2016-08-14'], ['2016-05-15']]);
  });

  it('lists a missing figure as due before its date and late after it, leaving out those received', () => {
    const received = new Set(['2016/17-Q1']);
    expect(dueFigures(quarterly, received, '2016-11-05', { lookBack: 3, windowDays: 14 })).toEqual([
      { measureId: 'CP-ECO-01', period: '2016/17-Q2', dueDate: '2016-11-14', state: 'due', daysLate: 0 },
      { measureId: 'CP-ECO-01', period: '2015/16-Q4', dueDate: '2016-05-15', state: 'late', daysLate: 174 },
    ]);
  });

  it('counts a figure late from the day after its due date', () => {
    const on = dueFigures(monthly, new Set(), '2016-05-20', { lookBack: 1, windowDays: 0 });
    expect(on).toEqual([
      { measureId: 'LK-HOU-02', period: '2016-04', dueDate: '2016-05-20', state: 'due', daysLate: 0 },
    ]);
    const after = dueFigures(monthly, new Set(), '2016-05-21', { lookBack: 1, windowDays: 0 });
    expect(after[0]).toMatchObject({ period: '2016-04', state: 'late', daysLate: 1 });
  });
});
