/**
 * Judges the rules across measures that read one figure, for its period and area, with the figure
 * as it would be recorded and the other measures' figures as they stand (or as a file gives them).
 */
import type { Kysely } from 'kysely';
import type { MeasureValue } from '../../domain/figures.js';
import type { Figure, FormulaContext } from '../../domain/formula/index.js';
import { formatPeriod, parsePeriod, type Period } from '../../domain/period.js';
import {
  judgeCrossMeasureRule,
  type CompiledRule,
  type CrossFinding,
} from '../../domain/validation/index.js';
import type { Database } from '../../store/database.js';
import { currentValues } from '../../store/values.js';

/** Figures by measure and canonical period, for one area. */
export type AreaFigures = ReadonlyMap<string, Figure>;

export const figureSlot = (measureId: string, period: string) => `${measureId}\u0000${period}`;

export function contextFor(period: Period, figures: AreaFigures): FormulaContext {
  return {
    period,
    figureOf: (code, _offset, at) => figures.get(figureSlot(code, formatPeriod(at))) ?? null,
  };
}

/** The findings of every rule that reads `figure`'s measure, for its period and area. */
export function judgeRulesFor(
  measureId: string,
  period: Period,
  rules: readonly CompiledRule[],
  figures: AreaFigures,
): CrossFinding[] {
  const context = contextFor(period, figures);
  const findings: CrossFinding[] = [];
  for (const rule of rules) {
    if (!rule.codes.includes(measureId)) continue;
    const judged = judgeCrossMeasureRule(rule, context);
    if (judged.outcome === 'failed') findings.push(judged.finding);
  }
  return findings;
}

/** For entry: the figure as it would be, among the other measures' current figures in its area. */
export async function crossFindings(
  db: Kysely<Database>,
  figure: MeasureValue,
  rules: readonly CompiledRule[],
): Promise<CrossFinding[]> {
  const relevant = rules.filter((r) => r.codes.includes(figure.measureId));
  const parsed = parsePeriod(figure.period);
  if (relevant.length === 0 || !parsed.ok) return [];
  const codes = [...new Set(relevant.flatMap((r) => r.codes))];
  const figures = new Map<string, Figure>();
  for (const v of await currentValues(db, { measureIds: codes, areaCodes: [figure.areaCode] })) {
    figures.set(figureSlot(v.measureId, v.period), v);
  }
  figures.set(figureSlot(figure.measureId, figure.period), figure);
  return judgeRulesFor(figure.measureId, parsed.period, relevant, figures);
}
