/**
 * The chart specifications of a measure's page, built from what the API gives with the shared
 * chart builders (src/charts), so the page draws exactly what the reports draw.
 */
import { benchmarkChart, funnelChart, spcChart, trendChart, wardBarChart } from '@charts/index.js';
import type { ChartSpec } from '@charts/types.js';
import { parsePeriod, periodLabel, type PeriodKind } from '@domain/period.js';
import type { Figure, MeasureDetail, MeasureStatusAnswer } from '../api/types.js';

export function periodKindOf(measure: Pick<MeasureDetail, 'frequency' | 'yearKind'>): PeriodKind {
  if (measure.frequency === 'monthly') return 'month';
  if (measure.frequency === 'quarterly')
    return measure.yearKind === 'calendar' ? 'calendar-quarter' : 'financial-quarter';
  if (measure.yearKind === 'calendar') return 'calendar-year';
  return measure.yearKind === 'academic' ? 'academic-year' : 'financial-year';
}

export interface SeriesPoint {
  period: string;
  label: string;
  start: number;
  figure: Figure;
}

/** The measure's own periods (months of a monthly measure…), in time order, up to `until`. */
export function seriesOf(
  figures: readonly Figure[],
  measure: MeasureDetail,
  until: string | null,
): SeriesPoint[] {
  const kind = periodKindOf(measure);
  const end = until ? parsePeriod(until) : null;
  const last = end?.ok ? end.period.startMonth + end.period.months : Infinity;
  const points: SeriesPoint[] = [];
  for (const figure of figures) {
    const parsed = parsePeriod(figure.period);
    if (!parsed.ok || parsed.period.kind !== kind) continue;
    if (parsed.period.startMonth + parsed.period.months > last) continue;
    points.push({
      period: figure.period,
      label: periodLabel(parsed.period),
      start: parsed.period.startMonth,
      figure,
    });
  }
  return points.sort((a, b) => a.start - b.start);
}

const figuresOf = (m: MeasureDetail) => ({ unit: m.unit, decimals: m.decimals, ratePer: m.ratePer });

export function trendSpec(measure: MeasureDetail, series: SeriesPoint[]): ChartSpec {
  return trendChart({
    ...figuresOf(measure),
    title: `${measure.title}: trend against target`,
    points: series.map((p) => ({ period: p.period, label: p.label, value: p.figure.value })),
    targets: measure.targets,
    tolerance:
      measure.tolerance === null
        ? null
        : { kind: measure.toleranceKind as 'absolute' | 'relative', value: measure.tolerance },
    polarity: measure.polarity,
  });
}

export function spcSpec(
  measure: MeasureDetail,
  answer: MeasureStatusAnswer,
  series: SeriesPoint[],
): ChartSpec | null {
  const spc = answer.authority.status.spc;
  if (!spc || spc.chart.points.length === 0) return null;
  const labels = series.slice(-spc.chart.points.length).map((p) => p.label);
  while (labels.length < spc.chart.points.length) labels.unshift('');
  const target = answer.authority.status.target;
  return spcChart({
    ...figuresOf(measure),
    title: `${measure.title}: statistical process control (XmR) chart`,
    chart: spc.chart,
    labels,
    polarity: measure.polarity,
    target:
      target?.lower != null && target.upper != null
        ? { lower: target.lower, upper: target.upper }
        : (target?.value ?? null),
  });
}

export function benchmarkSpec(measure: MeasureDetail, answer: MeasureStatusAnswer): ChartSpec | null {
  const status = answer.authority.status;
  if (!status.figure || !status.benchmarks.some((b) => b.value !== null)) return null;
  const england = status.benchmarks.find((b) => b.areaCode === 'E92000001') ?? status.benchmarks[0]!;
  return benchmarkChart({
    ...figuresOf(measure),
    title: `${measure.title}: compared with benchmarks, ${status.periodLabel ?? ''}`,
    bars: [
      {
        name: answer.authority.area.name,
        value: status.figure.value,
        lower: status.interval?.lower ?? null,
        upper: status.interval?.upper ?? null,
        comparison: england.comparison,
        highlight: true,
      },
      ...status.benchmarks
        .filter((b) => b.value !== null)
        .map((b) => ({ name: b.name.replace(/^the /, ''), value: b.value })),
    ],
    benchmark: england.value === null ? null : { name: england.name, value: england.value },
  });
}

export function wardSpecs(
  measure: MeasureDetail,
  answer: MeasureStatusAnswer,
): { bar: ChartSpec; funnel: ChartSpec | null } | null {
  if (answer.wards.length === 0) return null;
  const authority = answer.authority.status.figure?.value ?? null;
  const bar = wardBarChart({
    ...figuresOf(measure),
    title: `${measure.title} by ward, ${answer.authority.status.periodLabel ?? ''}`,
    wards: answer.wards.map((w) => ({
      code: w.area.code,
      name: w.area.name,
      value: w.status.figure?.value ?? null,
      status: w.status.rag.status,
    })),
    authority: { name: answer.authority.area.name, value: authority },
  });
  const withSizes = answer.wards.filter((w) => w.status.figure?.denominator != null);
  const funnel =
    authority !== null && withSizes.length >= 5 && (measure.unit === 'percent' || measure.unit === 'rate')
      ? funnelChart({
          title: `${measure.title}: wards against their size (funnel plot)`,
          unit: measure.unit,
          decimals: measure.decimals,
          ratePer: measure.ratePer,
          points: withSizes.map((w) => ({
            name: w.area.name,
            value: w.status.figure!.value,
            denominator: w.status.figure!.denominator ?? null,
          })),
          benchmark: { name: answer.authority.area.name, value: authority },
        })
      : null;
  return { bar, funnel };
}
