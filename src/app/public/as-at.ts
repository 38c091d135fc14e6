/**
 * The period the public site judges as at: the financial quarter holding the latest month of the
 * council's approved monthly or quarterly figures. Judging as at today instead would call every
 * measure overdue the day a quarter ends, before its figures could have been approved.
 */
import type { Measure } from '../../domain/measure.js';
import { formatPeriod, period as toPeriod, periodEndDate, periodOfDate } from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { approvedValues } from '../../store/signoff.js';

export async function publicAsAt(
  store: Store,
  measures: readonly Measure[],
  authorityCode: string,
): Promise<string | undefined> {
  const ids = measures.filter((m) => m.frequency !== 'annual').map((m) => m.id);
  if (ids.length === 0) return undefined;
  const figures = await approvedValues(store.db, { measureIds: ids, areaCodes: [authorityCode] });
  let latest: string | null = null;
  for (const f of figures) {
    try {
      const end = periodEndDate(toPeriod(f.period));
      if (latest === null || end > latest) latest = end;
    } catch {
      // A period the domain cannot read says nothing about the latest quarter.
    }
  }
  return latest === null ? undefined : formatPeriod(periodOfDate('financial-quarter', latest));
}
