/**
 * The history the outlier and jump rules judge an imported figure against: the measure's earlier
 * figures for the same area, from the file where it gives them and from the database otherwise.
 * A file is read once, so only the figures before this one in the file count: a file in time
 * order (as the values export writes) is judged the same the first time and every time after.
 * Memory stays bounded: the last HISTORY_KEPT figures of each series, and the stored figures of a
 * few measures at a time.
 */
import type { Kysely } from 'kysely';
import { parsePeriod, type Period } from '../../domain/period.js';
import { HISTORY_KEPT } from '../../domain/validation/index.js';
import type { Database } from '../../store/database.js';
import { currentValues } from '../../store/values.js';

interface Series {
  starts: number[];
  values: number[];
}

const STORED_MEASURES_KEPT = 8;

export interface FigureHistory {
  history: number[];
  previous: number | null;
}

export class SeriesHistory {
  private readonly fromFile = new Map<string, Series>();
  private readonly stored = new Map<string, Map<string, Series>>();

  constructor(
    private readonly db: Kysely<Database>,
    /** Whether the measure had figures before the import: when not, the database is not asked. */
    private readonly hadFigures: (measureId: string) => boolean,
  ) {}

  /** The history from the file alone, without waiting, when the database has none for the measure. */
  ofFileOnly(measureId: string, areaCode: string, period: Period): FigureHistory | null {
    if (this.hadFigures(measureId)) return null;
    const own = this.fromFile.get(`${measureId}\u0000${areaCode}`);
    if (!own) return { history: [], previous: null };
    const { starts, values } = own;
    const n = starts.length;
    // The usual case, a file in time order: every figure so far is earlier, oldest first.
    let ordered = starts[n - 1]! < period.startMonth;
    for (let i = 1; i < n && ordered; i += 1) ordered = starts[i - 1]! < starts[i]!;
    if (!ordered) return null;
    // `remember` keeps at most HISTORY_KEPT figures, so the series is the history as it stands: lent,
    // not copied (a copy per figure is most of an import's garbage), and read before it next changes.
    return {
      history: values,
      previous: starts[n - 1] === period.startMonth - period.months ? values[n - 1]! : null,
    };
  }

  async of(measureId: string, areaCode: string, period: Period): Promise<FigureHistory> {
    const fast = this.ofFileOnly(measureId, areaCode, period);
    if (fast) return fast;
    const own = this.fromFile.get(`${measureId}\u0000${areaCode}`);
    const stored = this.hadFigures(measureId)
      ? (await this.storedOf(measureId, period)).get(areaCode)
      : undefined;
    const pairs: [number, number][] = [];
    const start = period.startMonth;
    if (own) {
      for (let i = 0; i < own.starts.length; i += 1)
        if (own.starts[i]! < start) pairs.push([own.starts[i]!, own.values[i]!]);
    }
    if (stored) {
      const given = new Set(own?.starts);
      for (let i = 0; i < stored.starts.length; i += 1) {
        const s = stored.starts[i]!;
        if (s < start && !given.has(s)) pairs.push([s, stored.values[i]!]);
      }
    }
    let ordered = true;
    for (let i = 1; i < pairs.length && ordered; i += 1) ordered = pairs[i - 1]![0] < pairs[i]![0];
    if (!ordered) pairs.sort((a, b) => a[0] - b[0]);
    const kept = pairs.length > HISTORY_KEPT ? pairs.slice(-HISTORY_KEPT) : pairs;
    const last = kept.at(-1);
    return {
      history: kept.map((p) => p[1]),
      previous: last && last[0] === start - period.months ? last[1] : null,
    };
  }

  /** Remembers a figure the file gave, for the figures after it. */
  remember(measureId: string, areaCode: string, period: Period, value: number | null): void {
    if (value === null) return;
    const key = `${measureId}\u0000${areaCode}`;
    let series = this.fromFile.get(key);
    if (!series) {
      series = { starts: [], values: [] };
      this.fromFile.set(key, series);
    }
    series.starts.push(period.startMonth);
    series.values.push(value);
    if (series.starts.length > HISTORY_KEPT) {
      // Out of time order, the earliest is not always first: drop the earliest.
      let earliest = 0;
      for (let i = 1; i < series.starts.length; i += 1)
        if (series.starts[i]! < series.starts[earliest]!) earliest = i;
      series.starts.splice(earliest, 1);
      series.values.splice(earliest, 1);
    }
  }

  private async storedOf(measureId: string, period: Period): Promise<Map<string, Series>> {
    const found = this.stored.get(measureId);
    if (found) return found;
    const byArea = new Map<string, Series>();
    for (const v of await currentValues(this.db, { measureIds: [measureId] })) {
      const p = parsePeriod(v.period);
      if (v.value === null || !p.ok || p.period.kind !== period.kind) continue;
      const series = byArea.get(v.areaCode) ?? { starts: [], values: [] };
      series.starts.push(p.period.startMonth);
      series.values.push(v.value);
      byArea.set(v.areaCode, series);
    }
    if (this.stored.size >= STORED_MEASURES_KEPT) this.stored.delete(this.stored.keys().next().value!);
    this.stored.set(measureId, byArea);
    return byArea;
  }
}
