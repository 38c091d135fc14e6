/** A tiny line of recent figures for a table cell or a card: no axes, the latest point marked. */
import type { Unit } from '../domain/measure.js';
import { plain } from './base.js';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './types.js';
import { figureText, finite } from './words.js';

export interface SparklineInput {
  values: (number | null)[];
  labels: string[];
  unit: Unit;
  decimals?: number;
  ratePer?: number | null;
  /** What the figures are of, for the text alternative; "Recent figures" when omitted. */
  title?: string;
}

export function sparklineChart(input: SparklineInput): ChartSpec {
  const figures = { unit: input.unit, decimals: input.decimals ?? 1, ratePer: input.ratePer ?? null };
  const values = input.values.map((v) => finite(v));
  const lastIndex = values.reduce<number>((last, v, i) => (v === null ? last : i), -1);
  const title = input.title ?? 'Recent figures';
  const description = describeSparkline(title, values, input.labels, figures);
  const option = {
    animation: false,
    aria: { enabled: true, label: { description } },
    grid: { left: 3, right: 5, top: 4, bottom: 4 },
    xAxis: {
      type: 'category',
      show: false,
      boundaryGap: false,
      data: values.map((_, i) => input.labels[i] ?? ''),
    },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data: values.map((v, i) =>
          i === lastIndex && v !== null ? { value: v, symbol: 'circle', symbolSize: 5 } : v,
        ),
        symbol: 'none',
        connectNulls: false,
        lineStyle: { color: PALETTE.blue, width: 1.5 },
        itemStyle: { color: PALETTE.blue },
      },
    ],
  };
  return {
    title,
    description,
    option: plain(option),
    table: {
      caption: title,
      columns: ['Period', 'Figure'],
      rows: values.map((v, i) => [input.labels[i] ?? '', figureText(v, figures)]),
    },
  };
}

function describeSparkline(
  title: string,
  values: (number | null)[],
  labels: string[],
  figures: Parameters<typeof figureText>[1],
): string {
  const present = values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
  if (present.length === 0) return `${title}: no figures yet.`;
  const first = present[0]!;
  const last = present[present.length - 1]!;
  if (present.length === 1) return `${title}: ${figureText(first.v, figures)} in ${labels[first.i] ?? ''}.`;
  const high = present.reduce((a, b) => (b.v > a.v ? b : a));
  const low = present.reduce((a, b) => (b.v < a.v ? b : a));
  return (
    `${title}: from ${figureText(first.v, figures)} in ${labels[first.i] ?? ''} to ${figureText(last.v, figures)} in ${labels[last.i] ?? ''}; ` +
    `highest ${figureText(high.v, figures)}, lowest ${figureText(low.v, figures)}.`
  );
}
