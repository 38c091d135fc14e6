/**
 * A file repeats a few periods on every row: each cell's text is read once per kind of year (the
 * profile may read `2017` by the measure's kind of year), and kept with its canonical text.
 */
import type { YearKind } from '../measure.js';
import { formatPeriod, parsePeriod, type Period } from '../period.js';
import type { Cell } from './columns.js';
import { readPeriod } from './period-forms.js';
import type { ImportProfile } from './profile.js';
import { periodReading } from './row-parts.js';

/** A period as read from a cell, with its canonical text; `period` is null when the cell is not one. */
export type ReadPeriod =
  | { period: Period; text: string }
  /** `why`: the reason a form that was understood is not one period (a span of years), if so. */
  | { period: null; text: ''; why: string | null };
export const NO_PERIOD: ReadPeriod = { period: null, text: '', why: null };

const MOST_KEPT = 50_000;

export class PeriodCache {
  private readonly byYearKind = new Map<YearKind | null, Map<Cell, ReadPeriod>>();

  constructor(private readonly profile: ImportProfile) {}

  /** The row's period: the profile's fixed one, or the cell's. */
  ofRow(cell: Cell | undefined, yearKind: YearKind | null): ReadPeriod {
    const fixed = this.profile.fixed.period;
    if (fixed) return this.read(fixed, null, true);
    if (cell === null || cell === undefined) return NO_PERIOD;
    return this.read(cell, yearKind, false);
  }

  /** A wide file's column header, read as a period. */
  ofHeader(header: string, yearKind: YearKind | null): ReadPeriod {
    return this.read(header, yearKind, false);
  }

  private read(cell: string | number, yearKind: YearKind | null, canonical: boolean): ReadPeriod {
    let cache = this.byYearKind.get(yearKind);
    if (!cache) {
      cache = new Map();
      this.byYearKind.set(yearKind, cache);
    }
    let found = cache.get(cell);
    if (!found) {
      const result =
        canonical && typeof cell === 'string'
          ? parsePeriod(cell)
          : readPeriod(cell, periodReading(this.profile, yearKind));
      const why: string | null =
        !result.ok && 'why' in result && typeof result.why === 'string' ? result.why : null;
      found = result.ok
        ? { period: result.period, text: formatPeriod(result.period) }
        : why !== null
          ? { period: null, text: '', why }
          : NO_PERIOD;
      if (cache.size > MOST_KEPT) cache.clear();
      cache.set(cell, found);
    }
    return found;
  }
}
