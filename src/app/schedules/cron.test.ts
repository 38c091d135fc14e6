import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule, type ScheduleDraft } from '../../domain/schedules/index.js';
import { cronCalendar } from './cron.js';
import { SCHEDULE_VOCABULARY } from './manage.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const DRAFT: ScheduleDraft = {
  name: 'Cabinet quarterly pack',
  level: 'cabinet',
  format: 'pdf',
  period: 'last-complete-quarter',
  orgUnitId: null,
  personId: null,
  cron: '0 8 1 1,4,7,10 *',
  timeZone: 'Europe/London',
  recipients: ['leader@wolverhampton.gov.uk'],
  whenUnapproved: 'wait',
  active: true,
};
const problems = (draft: Partial<ScheduleDraft>) => {
  const result = checkSchedule({ ...DRAFT, ...draft }, SCHEDULE_VOCABULARY, NOW);
  return result.ok ? [] : result.problems;
};

describe('checking a schedule', () => {
  it('accepts a quarterly Cabinet pack and tidies its recipients', () => {
    const result = checkSchedule(
      { ...DRAFT, recipients: ['Leader@Wolverhampton.gov.uk', 'leader@wolverhampton.gov.uk'] },
      SCHEDULE_VOCABULARY,
      NOW,
    );
    expect(result).toEqual({ ok: true, schedule: { ...DRAFT, recipients: ['leader@wolverhampton.gov.uk'] } });
  });

  it.each([
    ['nonsense', /cron: "nonsense" has 1 field; expected five/],
    ['61 8 * * 1', /cron: "61 8 \* \* 1" is not a cron expression \(Invalid value for minute: 61\)/],
    ['0 8 30 2 *', /cron: "0 8 30 2 \*" never runs again/],
    ['*/5 * * * *', /runs more often than once an hour/],
  ])('refuses the cron expression %s with the reason', (cron, reason) => {
    expect(problems({ cron }).join('\n')).toMatch(reason);
  });

  it('refuses a time zone that does not exist', () => {
    expect(problems({ timeZone: 'Europe/Wolverhampton' })).toEqual([
      'cron: time zone "Europe/Wolverhampton" is not an IANA time zone such as Europe/London',
    ]);
  });

  it('lists every problem at once: addresses, level, format, period and the unit a level needs', () => {
    expect(
      problems({ recipients: ['leader', 'ok@example.org'], format: 'pptx', period: 'last quarter' }),
    ).toEqual([
      'recipients: "leader" is not an email address: expected name@example.gov.uk',
      expect.stringMatching(/^period: "last quarter" is neither a rule/),
      'format: "pptx" is not one of pdf, docx, xlsx, csv, html',
    ]);
    expect(problems({ level: 'directorate' })).toEqual([
      'orgUnitId: the directorate report needs the directorate it is about',
    ]);
    expect(problems({ level: 'employee' })).toEqual([
      'personId: the employee report needs the person it is for',
    ]);
    expect(problems({ level: 'board' })[0]).toMatch(/^level: "board" is not one of cabinet, scrutiny/);
    expect(problems({ recipients: [] })).toEqual(['recipients: none given; add at least one email address']);
  });
});

describe('when a schedule runs next', () => {
  it('runs at 8 in the morning London time, in summer and in winter', () => {
    expect(cronCalendar.nextRun('0 8 1 1,4,7,10 *', 'Europe/London', NOW)?.toISOString()).toBe(
      '2027-01-01T08:00:00.000Z',
    );
    expect(
      cronCalendar
        .nextRun('0 8 1 1,4,7,10 *', 'Europe/London', new Date('2027-01-02T00:00:00Z'))
        ?.toISOString(),
    ).toBe('2027-04-01T07:00:00.000Z');
  });

  const expressions = fc.constantFrom(
    '0 8 * * 1',
    '0 8 1 1,4,7,10 *',
    '30 6 * * 1-5',
    '0 */2 * * *',
    '0 9 15 * *',
    '@daily',
  );
  const instants = fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });

  it('is always later than the moment asked about, and never earlier for a later moment', () => {
    fc.assert(
      fc.property(expressions, instants, fc.integer({ min: 0, max: 90 * 24 * 60 }), (cron, from, minutes) => {
        const later = new Date(from.getTime() + minutes * 60_000);
        const a = cronCalendar.nextRun(cron, 'Europe/London', from)!;
        const b = cronCalendar.nextRun(cron, 'Europe/London', later)!;
        expect(a.getTime()).toBeGreaterThan(from.getTime());
        expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
        // Nothing is skipped: the next run after the moment before `a` is `a` itself.
        expect(cronCalendar.nextRun(cron, 'Europe/London', new Date(a.getTime() - 1))!.getTime()).toBe(
          a.getTime(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
