/**
 * What the status service says about each measure at a period, reduced to what the recovery-plan
 * rule reads: the RAG status and how long it has held, the SPC special cause, and whether the
 * year-end forecast put the target at risk at this period and at the N − 1 before it.
 */
import type { MeasureStatus, MeasureVerdicts } from '../../domain/engine/index.js';
import type { Measure } from '../../domain/measure.js';
import { formatPeriod, parsePeriod, shiftPeriod } from '../../domain/period.js';
import type { RecoveryEvidence } from '../../domain/pdrr/recovery-rule.js';
import type { Store } from '../../store/connect.js';
import { measureReports } from '../status/index.js';

export interface JudgedMeasure {
  measure: Measure;
  status: MeasureStatus | MeasureVerdicts;
  evidence: RecoveryEvidence;
}

export interface EvidenceOptions {
  asAt?: string | undefined;
  today: string;
  approvedOnly: boolean;
  /** How many periods of forecast history to read (the council's N). */
  periods: number;
  /** Write the statuses' words (for packs); default false, for speed. */
  words?: boolean;
}

export async function judgeMeasures(
  store: Store,
  measures: readonly Measure[],
  options: EvidenceOptions,
): Promise<JudgedMeasure[]> {
  const base = { today: options.today, approvedOnly: options.approvedOnly, words: options.words ?? false };
  const reports = await measureReports(store, measures, { ...base, asAt: options.asAt });
  const history = new Map<string, (boolean | null)[]>();
  // Earlier periods, one step at a time; measures judged at the same earlier period go together.
  for (let back = options.periods - 1; back >= 1; back -= 1) {
    const byPeriod = new Map<string, Measure[]>();
    for (const r of reports) {
      const parsed = r.status.period === null ? null : parsePeriod(r.status.period);
      if (!parsed?.ok) continue;
      const earlier = formatPeriod(shiftPeriod(parsed.period, -back));
      byPeriod.set(earlier, [...(byPeriod.get(earlier) ?? []), r.measure]);
    }
    for (const [period, group] of byPeriod) {
      const earlier = await measureReports(store, group, { ...base, words: false, asAt: period });
      for (const e of earlier)
        history.set(e.measure.id, [...(history.get(e.measure.id) ?? []), e.status.forecast?.atRisk ?? null]);
    }
  }
  return reports.map((r) => ({
    measure: r.measure,
    status: r.status,
    evidence: {
      period: r.status.period,
      ragStatus: r.status.rag.status,
      ragRunLength: r.status.rag.runLength,
      specialCause: r.status.spc?.specialCause ?? null,
      forecastAtRisk: [...(history.get(r.measure.id) ?? []), r.status.forecast?.atRisk ?? null],
    },
  }));
}
