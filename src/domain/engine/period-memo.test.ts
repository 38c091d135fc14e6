import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_KINDS, formatPeriod, periodContainingMonth, periodDueDate, periodLabel } from '../period.js';
import { dueDateOf, periodName, periodNameAt, periodText } from './period-memo.js';

describe('period texts remembered', () => {
  it('are the texts period.ts writes, however the period is asked for', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: 0, max: 9999 * 12 }), (kind, month) => {
        const p = periodContainingMonth(kind, month);
        expect(periodText(p)).toBe(formatPeriod(p));
        expect(periodName(p)).toBe(periodLabel(p));
        expect(periodNameAt(kind, p.startMonth)).toBe(periodLabel(p));
      }),
    );
  });
});

describe('due dates remembered', () => {
  it('are the dates period.ts works out, for short lags and long', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIOD_KINDS),
        fc.integer({ min: 1900 * 12, max: 2100 * 12 }),
        fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 990, max: 5000 })),
        (kind, month, lag) => {
          const p = periodContainingMonth(kind, month);
          expect(dueDateOf(p, lag)).toBe(periodDueDate(p, lag));
          expect(dueDateOf(p, lag)).toBe(periodDueDate(p, lag));
        },
      ),
    );
  });
});
