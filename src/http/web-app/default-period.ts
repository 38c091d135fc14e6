/**
 * The period the staff app judges figures as at when the person has not chosen one: the
 * financial quarter holding the latest month with figures. Remembered for a minute, as it moves
 * only when a new month's figures arrive.
 */
import { enclosingPeriod, formatPeriod, parsePeriod } from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { latestMonthWithFigures } from '../../store/figures-version.js';

const REMEMBER_MS = 60_000;

export function defaultPeriodOf(store: Store, clock: () => Date = () => new Date()) {
  let remembered: { at: number; period: string | null } | null = null;
  return async (): Promise<string | null> => {
    const now = clock().getTime();
    if (remembered && now - remembered.at < REMEMBER_MS) return remembered.period;
    const month = await latestMonthWithFigures(store.db);
    const parsed = month ? parsePeriod(month) : null;
    const period = parsed?.ok ? formatPeriod(enclosingPeriod(parsed.period, 'financial-quarter')) : null;
    remembered = { at: now, period };
    return period;
  };
}
