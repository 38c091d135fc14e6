/**
 * A funnel plot: each area's figure against its size, inside control limits that narrow as areas
 * grow, so a small area's chance swing is not mistaken for a real difference. Limits are worked
 * out here for percentages and rates (from src/domain/statistics) when not given.
 */
import type { Unit } from '../domain/measure.js';
import type { Limits } from '../domain/statistics/count.js';
import { proportionControlLimits, rateControlLimits } from '../domain/statistics/control-limits.js';
import { baseOption, legend, plain, tooltip, valueAxis } from './base.js';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './types.js';
import { axisTemplate, count, figureText, finite, listWords, setFigureText } from './words.js';

export interface FunnelPoint {
  name: string;
  value: number | null;
  denominator: number | null;
  highlight?: boolean;
}

export interface FunnelLimit {
  n: number;
  lower95: number | null;
  upper95: number | null;
  lower998: number | null;
  upper998: number | null;
}

export interface FunnelInput {
  title: string;
  unit: Unit;
  decimals?: number;
  ratePer?: number | null;
  points: FunnelPoint[];
  benchmark: { name: string; value: number };
  /** Limits by denominator; worked out from the benchmark when omitted (percentages and rates only). */
  limits?: FunnelLimit[] | null;
}

type Placing = 'above998' | 'above95' | 'within' | 'below95' | 'below998' | 'unknown';

const PLACING_WORDS: Readonly<Record<Placing, string>> = {
  above998: 'Above the upper 99.8% limit',
  above95: 'Above the upper 95% limit',
  within: 'Within the 95% limits',
  below95: 'Below the lower 95% limit',
  below998: 'Below the lower 99.8% limit',
  unknown: 'Not placed',
};

const MARKS = {
  within: { name: 'Within 95% limits', symbol: 'circle', colour: PALETTE.blue, size: 8 },
  outside95: { name: 'Outside 95% limits', symbol: 'triangle', colour: PALETTE.orange, size: 11 },
  outside998: { name: 'Outside 99.8% limits', symbol: 'rect', colour: '#C0182F', size: 10 },
} as const;

function limitAt(input: FunnelInput, n: number): FunnelLimit | null {
  const b = input.benchmark.value;
  let l95: Limits | null = null;
  let l998: Limits | null = null;
  if (input.unit === 'percent') {
    const scale = (l: Limits | null) => (l ? { lower: l.lower * 100, upper: l.upper * 100 } : null);
    l95 = scale(proportionControlLimits(b / 100, n, 0.95));
    l998 = scale(proportionControlLimits(b / 100, n, 0.998));
  } else if (input.unit === 'rate') {
    l95 = rateControlLimits(b, n, 0.95, input.ratePer ?? 100_000);
    l998 = rateControlLimits(b, n, 0.998, input.ratePer ?? 100_000);
  }
  if (!l95 || !l998) return null;
  return { n, lower95: l95.lower, upper95: l95.upper, lower998: l998.lower, upper998: l998.upper };
}

function computedLimits(input: FunnelInput, sizes: number[]): FunnelLimit[] {
  if (sizes.length === 0) return [];
  const from = Math.max(1, Math.min(...sizes) * 0.8);
  const to = Math.max(...sizes) * 1.1;
  const steps = 60;
  return Array.from({ length: steps + 1 }, (_, i) =>
    limitAt(input, from * (to / from) ** (i / steps)),
  ).filter((l): l is FunnelLimit => l !== null);
}

/** Straight-line interpolation between the given limits; null outside their range. */
function interpolate(limits: FunnelLimit[], n: number, key: keyof Omit<FunnelLimit, 'n'>): number | null {
  for (let i = 0; i < limits.length; i++) {
    const a = limits[i]!;
    if (a.n === n) return a[key];
    const b = limits[i + 1];
    if (b && a.n < n && n < b.n) {
      const ya = a[key];
      const yb = b[key];
      return ya === null || yb === null ? null : ya + ((yb - ya) * (n - a.n)) / (b.n - a.n);
    }
  }
  return null;
}

function placing(value: number | null, n: number | null, input: FunnelInput, limits: FunnelLimit[]): Placing {
  if (value === null || n === null) return 'unknown';
  const own = input.limits ? null : limitAt(input, n);
  const at = (key: keyof Omit<FunnelLimit, 'n'>) => (own ? own[key] : interpolate(limits, n, key));
  const [l95, u95, l998, u998] = [at('lower95'), at('upper95'), at('lower998'), at('upper998')];
  if (u998 !== null && value > u998) return 'above998';
  if (l998 !== null && value < l998) return 'below998';
  if (u95 !== null && value > u95) return 'above95';
  if (l95 !== null && value < l95) return 'below95';
  return u95 === null && l95 === null ? 'unknown' : 'within';
}

function limitLine(name: string, limits: FunnelLimit[], key: keyof Omit<FunnelLimit, 'n'>, dashed: boolean) {
  return {
    name,
    type: 'line',
    data: limits.map((l) => [l.n, finite(l[key])]),
    symbol: 'none',
    smooth: false,
    silent: true,
    connectNulls: false,
    lineStyle: { color: PALETTE.grey, width: 1.2, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color: PALETTE.grey },
    z: 2,
  };
}

export function funnelChart(input: FunnelInput): ChartSpec {
  const figures = { unit: input.unit, decimals: input.decimals ?? 1, ratePer: input.ratePer ?? null };
  const sizes = input.points.flatMap((p) =>
    finite(p.denominator) !== null && p.denominator! > 0 ? [p.denominator!] : [],
  );
  const limits = [...(input.limits ?? computedLimits(input, sizes))].sort((a, b) => a.n - b.n);
  const placings = input.points.map((p) => placing(finite(p.value), finite(p.denominator), input, limits));
  const markOf = (pl: Placing) =>
    pl === 'above998' || pl === 'below998'
      ? 'outside998'
      : pl === 'above95' || pl === 'below95'
        ? 'outside95'
        : 'within';
  const series: Record<string, unknown>[] = [];
  if (limits.length > 0) {
    series.push(
      limitLine('95% limits', limits, 'upper95', true),
      limitLine('95% limits', limits, 'lower95', true),
    );
    series.push(
      limitLine('99.8% limits', limits, 'upper998', false),
      limitLine('99.8% limits', limits, 'lower998', false),
    );
  }
  for (const key of ['within', 'outside95', 'outside998'] as const) {
    const mark = MARKS[key];
    const data = input.points.flatMap((p, i) => {
      const value = finite(p.value);
      const n = finite(p.denominator);
      if (value === null || n === null || markOf(placings[i]!) !== key) return [];
      return [
        p.highlight
          ? {
              value: [n, value],
              name: p.name,
              symbolSize: mark.size + 6,
              itemStyle: { color: mark.colour, borderColor: PALETTE.text, borderWidth: 2 },
              label: {
                show: true,
                position: 'right',
                formatter: p.name,
                fontWeight: 'bold',
                color: PALETTE.text,
              },
            }
          : { value: [n, value], name: p.name },
      ];
    });
    if (data.length === 0) continue;
    series.push({
      name: mark.name,
      type: 'scatter',
      data,
      symbol: mark.symbol,
      symbolSize: mark.size,
      itemStyle: { color: mark.colour, borderColor: '#FFFFFF', borderWidth: 1 },
      z: 4,
    });
  }
  const benchmarkText = `${input.benchmark.name} ${setFigureText(input.benchmark.value, figures) ?? ''}`;
  if (series.length > 0) {
    series[series.length - 1] = {
      ...series[series.length - 1],
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { color: PALETTE.target, type: 'solid', width: 1.5 },
        label: { formatter: benchmarkText, position: 'insideEndTop', color: PALETTE.text },
        data: [{ yAxis: input.benchmark.value }],
      },
    };
  }
  const description = describeFunnel(input, placings, figures, limits.length > 0);
  const option = baseOption(input.title, description, {
    grid: { left: 56, right: 24, top: 44, bottom: 84 },
    legend: legend({ data: [...new Set(series.map((s) => s['name'] as string))] }),
    tooltip: tooltip('item'),
    xAxis: valueAxis({ name: 'Denominator (area size)', nameLocation: 'middle', nameGap: 28, scale: true }),
    yAxis: valueAxis({ scale: true, axisLabel: { formatter: axisTemplate(figures), fontSize: 11 } }),
    series,
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: `${input.title}, against ${benchmarkText} and its control limits`,
      columns: ['Area', 'Value', 'Denominator', 'Position in the funnel'],
      rows: input.points.map((p, i) => [
        p.name,
        figureText(p.value, figures),
        finite(p.denominator),
        PLACING_WORDS[placings[i]!],
      ]),
    },
  };
}

function describeFunnel(
  input: FunnelInput,
  placings: Placing[],
  figures: Parameters<typeof figureText>[1],
  hasLimits: boolean,
): string {
  const parts = [
    `${input.title}: ${count(input.points.length, 'area')} plotted against their size, with ${input.benchmark.name} at ${setFigureText(input.benchmark.value, figures)}.`,
  ];
  if (!hasLimits) {
    parts.push('No control limits are available for this unit.');
    return parts.join(' ');
  }
  const outside = input.points.filter((_, i) => placings[i] !== 'within' && placings[i] !== 'unknown');
  parts.push(
    outside.length === 0
      ? 'All areas lie within the 95% limits.'
      : outside.length <= 6
        ? `${count(outside.length, 'area')} outside the 95% limits: ${listWords(outside.map((p) => p.name))}.`
        : `${count(outside.length, 'area')} outside the 95% limits (listed in the table).`,
  );
  for (const [i, p] of input.points.entries()) {
    if (p.highlight)
      parts.push(
        `${p.name}: ${figureText(p.value, figures) ?? 'no figure'}, ${PLACING_WORDS[placings[i]!].toLowerCase()}.`,
      );
  }
  return parts.join(' ');
}
