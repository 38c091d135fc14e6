import { describe, expect, it } from 'vitest';
import { computeMeasureStatus } from './measure-status.js';
import { measure, quarters } from './test-fixtures.js';
import type { MeasureDefinition } from './types.js';
import { computeMeasureVerdicts } from './verdicts.js';

// Figures to Q3 2015/16 (October to December 2015). With a 45-day lag, Q4 (January to March 2016)
// is due on 15 May 2016 and Q1 2016/17 on 14 August 2016.
const toQ3 = quarters([82, 81, 83]);

describe('a figure that has not come by its due date', () => {
  it('makes the latest period due the one judged, overdue, with its due date and days late', () => {
    const status = computeMeasureStatus(measure, toQ3, [], [], '2016-06-01');
    expect(status.period).toBe('2015/16-Q4');
    expect(status.figure).toBeNull();
    expect(status.dueDate).toBe('2016-05-15');
    expect(status.rag.status).toBe('overdue');
    expect(status.rag.reason).toMatchObject({ why: 'past-due', dueDate: '2016-05-15', daysLate: 17 });
    expect(status.rag.sentence).toBe('Overdue: the figure was due on 15 May 2016 and has not been provided.');
    expect(status.summary).toMatch(/^Overdue: the figure was due on 15 May 2016/);
    expect(computeMeasureVerdicts(measure, toQ3, [], [], '2016-06-01').rag.status).toBe('overdue');
  });

  it('is not overdue on its due date itself, so the latest figure is still the one judged', () => {
    const status = computeMeasureStatus(measure, toQ3, [], [], '2016-05-15');
    expect(status.period).toBe('2015/16-Q3');
    expect(status.rag.status).toBe('no-target');
    expect(status.rag.reason.daysLate).toBeNull();
  });

  it('counts each late period in the run', () => {
    const status = computeMeasureStatus(measure, toQ3, [], [], '2016-09-01');
    expect(status.period).toBe('2016/17-Q1');
    expect(status.rag).toMatchObject({ status: 'overdue', runLength: 2 });
    expect(status.rag.reason.daysLate).toBe(18);
  });

  it('looks back as far as a long due lag needs', () => {
    const yearLate: MeasureDefinition = { ...measure, dueLagDays: 400 };
    // Q4 2015/16 ends on 31 March 2016; 400 days later is 5 May 2017.
    const status = computeMeasureStatus(yearLate, toQ3, [], [], '2017-05-06');
    expect(status.period).toBe('2015/16-Q4');
    expect(status.rag.status).toBe('overdue');
    expect(computeMeasureStatus(yearLate, toQ3, [], [], '2017-05-05').period).toBe('2015/16-Q3');
  });

  it('is never said of a retired measure, which is no longer reported', () => {
    const retired: MeasureDefinition = { ...measure, state: 'retired' };
    const status = computeMeasureStatus(retired, toQ3, [], [], '2020-01-01');
    expect(status.period).toBe('2015/16-Q3');
    expect(status.rag.status).toBe('no-target');
  });

  it('still judges the period asked for, whatever is late after it', () => {
    const status = computeMeasureStatus(measure, toQ3, [], [], '2016-09-01', { period: '2015/16-Q2' });
    expect(status.period).toBe('2015/16-Q2');
    expect(status.figure?.value).toBe(81);
  });
});
