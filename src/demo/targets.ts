/**
 * Targets for each measure and period. Annual targets hold for every month and quarter of their
 * year; year-to-date measures have their annual target profiled month by month. In the final
 * year of the plan the Corporate Plan measures' tolerance is tightened to half.
 */
import type { Target } from '../domain/figures.js';
import type { Measure } from '../domain/measure.js';
import { formatPeriod, periodContainingMonth, type Period } from '../domain/period.js';
import { demoPeriods, planYearIndex } from './demo-periods.js';
import type { MeasureSpec } from './measure-spec.js';
import { decimalsOf } from './measures.js';
import { roundTarget, roundTo } from './rounding.js';
import { defaultNoise, expectedAtYearStart, yearToDateShare } from './shape.js';

function yearIndex(spec: MeasureSpec, periods: Period[], p: Period): number {
  return spec.frequency === 'annual' ? periods.indexOf(p) : planYearIndex(p);
}

/** The annual level asked for: given outright, or set from where the measure stood as the year began. */
function annualTarget(spec: MeasureSpec, periods: Period[], p: Period): number | null {
  const target = spec.target;
  // Neutral measures are watched, not targeted; a within-band measure's target is its band.
  if (target === 'none' || spec.polarity === 'neutral' || spec.polarity === 'within-band') return null;
  if (target !== undefined && 'values' in target) {
    return target.values[Math.min(yearIndex(spec, periods, p), target.values.length - 1)] ?? null;
  }
  const shape = spec.figures;
  if (shape === undefined) return null;
  const ambition = target !== undefined && 'ambition' in target ? target.ambition : defaultNoise(shape);
  const direction = spec.polarity === 'lower-better' ? -1 : 1;
  const yearStart = periodContainingMonth('financial-year', p.startMonth).startMonth;
  return roundTarget(expectedAtYearStart(shape, yearStart) + direction * ambition, decimalsOf(spec));
}

function tightened(measure: Measure, p: Period): number | null {
  if (measure.category !== 'corporate-plan' || measure.tolerance === null || planYearIndex(p) < 2)
    return null;
  return roundTo(measure.tolerance / 2, 4);
}

export function buildTargets(spec: MeasureSpec, measure: Measure): Target[] {
  const periods = demoPeriods(spec.frequency, spec.yearKind ?? 'financial');
  const targets: Target[] = [];
  for (const p of periods) {
    const text = formatPeriod(p);
    if (spec.target !== undefined && spec.target !== 'none' && 'band' in spec.target) {
      const [lower, upper] = spec.target.band;
      targets.push({ measureId: spec.id, period: text, value: null, lower, upper, tolerance: null });
      continue;
    }
    const annual = annualTarget(spec, periods, p);
    if (annual === null) continue;
    const share = spec.figures === undefined ? 1 : yearToDateShare(spec.figures, p);
    const value = share === 1 ? annual : roundTo(annual * share, decimalsOf(spec));
    targets.push({
      measureId: spec.id,
      period: text,
      value,
      lower: null,
      upper: null,
      tolerance: tightened(measure, p),
    });
  }
  return targets;
}
