/**
 * An XmR chart as NHS England's "Making Data Count" draws it: the figures, each phase's mean and
 * dashed process limits, the target, and special-cause points marked blue (improvement), orange
 * (concern) or purple (neither better), each with its own shape as well as its colour.
 */
import type { Polarity } from '../domain/measure.js';
import { SPC_ICONS } from '../domain/spc/icons.js';
import type { SpecialCause, SpecialCauseRule, TargetBand, XmrChart } from '../domain/spc/types.js';
import { baseOption, categoryAxis, legend, plain, tooltip, valueAxis } from './base.js';
import { PALETTE, SPECIAL_CAUSE_STYLES } from './palette.js';
import type { ChartFigures, ChartSpec } from './types.js';
import {
  POLARITY_WORDS,
  axisTemplate,
  count,
  figureText,
  finite,
  listWords,
  setFigureText,
} from './words.js';

export interface SpcInput extends ChartFigures {
  title: string;
  chart: XmrChart;
  /** One label per point of the chart ("Apr 2017"). */
  labels: string[];
  polarity: Polarity;
  target?: number | TargetBand | null;
}

const RULE_WORDS: Readonly<Record<SpecialCauseRule, string>> = {
  outside_limits: 'outside the process limits',
  trend: 'a run of points rising or falling',
  two_in_three: 'two of three points near a limit',
  shift: 'a run of points on one side of the mean',
};

const CAUSE_WORDS: Readonly<Record<SpecialCause, string>> = {
  improvement: 'Improvement',
  concern: 'Concern',
  neutral_high: 'Higher (neither better)',
  neutral_low: 'Lower (neither better)',
};

const CAUSE_PHRASES: Readonly<Record<SpecialCause, string>> = {
  improvement: 'showing improvement',
  concern: 'showing concern',
  neutral_high: 'unusually high',
  neutral_low: 'unusually low',
};

/** The order marks are drawn and listed in; neutral high and low share one legend entry. */
const MARKED: readonly SpecialCause[] = ['improvement', 'concern', 'neutral_high', 'neutral_low'];

function phaseLine(
  name: string,
  chart: XmrChart,
  phase: number,
  pick: (p: XmrChart['points'][number]) => number | null,
  style: Record<string, unknown>,
): Record<string, unknown> {
  return {
    name,
    type: 'line',
    data: chart.points.map((p) => (p.phase === phase ? finite(pick(p)) : null)),
    symbol: 'none',
    connectNulls: true,
    silent: true,
    lineStyle: style,
    itemStyle: { color: style['color'] },
    z: 2,
  };
}

function targetSeries(target: SpcInput['target'], length: number): Record<string, unknown>[] {
  const style = { color: PALETTE.target, type: [6, 3, 1, 3], width: 1.5 };
  const line = (name: string, value: number) => ({
    name,
    type: 'line',
    data: Array.from({ length }, () => value),
    symbol: 'none',
    silent: true,
    lineStyle: style,
    itemStyle: { color: PALETTE.target },
    z: 2,
  });
  if (typeof target === 'number' && Number.isFinite(target)) return [line('Target', target)];
  if (
    target &&
    typeof target === 'object' &&
    Number.isFinite(target.lower) &&
    Number.isFinite(target.upper)
  ) {
    return [line('Target', target.lower), line('Target', target.upper)];
  }
  return [];
}

export function spcChart(input: SpcInput): ChartSpec {
  const { chart } = input;
  const labels = chart.points.map((_, i) => input.labels[i] ?? String(i + 1));
  const limitStyle = { color: PALETTE.grey, type: 'dashed', width: 1.5 };
  const series: Record<string, unknown>[] = [];
  chart.phases.forEach((_, phase) => {
    series.push(phaseLine('Mean', chart, phase, (p) => p.mean, { color: PALETTE.text, width: 1.5 }));
    series.push(phaseLine('Process limits', chart, phase, (p) => p.upperLimit, limitStyle));
    series.push(phaseLine('Process limits', chart, phase, (p) => p.lowerLimit, limitStyle));
  });
  series.push(...targetSeries(input.target, chart.points.length));
  const common = SPECIAL_CAUSE_STYLES.common;
  series.push({
    name: 'Figure',
    type: 'line',
    data: chart.points.map((p) => finite(p.value)),
    symbol: common.symbol,
    symbolSize: common.symbolSize,
    lineStyle: { color: common.colour, width: 1.5 },
    itemStyle: { color: common.colour },
    connectNulls: false,
    z: 3,
  });
  const present = new Set(chart.points.map((p) => p.specialCause));
  for (const cause of MARKED) {
    if (!present.has(cause)) continue;
    const style = SPECIAL_CAUSE_STYLES[cause];
    series.push({
      name: style.label,
      type: 'scatter',
      data: chart.points.map((p) => (p.specialCause === cause ? finite(p.value) : null)),
      symbol: style.symbol,
      symbolSize: style.symbolSize,
      itemStyle: { color: style.colour, borderColor: '#FFFFFF', borderWidth: 1 },
      z: 4,
    });
  }
  const legendNames = [
    'Figure',
    'Mean',
    'Process limits',
    ...(series.some((s) => s['name'] === 'Target') ? ['Target'] : []),
    ...[...new Set(MARKED.filter((c) => present.has(c)).map((c) => SPECIAL_CAUSE_STYLES[c].label))],
  ];
  const description = describeSpc(input, labels);
  const option = baseOption(input.title, description, {
    grid: { left: 56, right: 20, top: 44, bottom: 92 },
    legend: legend({ data: legendNames }),
    tooltip: tooltip('axis'),
    xAxis: categoryAxis(labels, { boundaryGap: false }),
    yAxis: valueAxis({ scale: true, axisLabel: { formatter: axisTemplate(input), fontSize: 11 } }),
    series,
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: `${input.title}: figures, mean, process limits and special causes`,
      columns: ['Period', 'Figure', 'Mean', 'Lower process limit', 'Upper process limit', 'Special cause'],
      rows: chart.points.map((p, i) => [
        labels[i]!,
        figureText(p.value, input),
        figureText(p.mean, input),
        figureText(p.lowerLimit, input),
        figureText(p.upperLimit, input),
        p.specialCause ? `${CAUSE_WORDS[p.specialCause]}: ${RULE_WORDS[p.rule ?? 'outside_limits']}` : null,
      ]),
    },
  };
}

function describeSpc(input: SpcInput, labels: string[]): string {
  const { chart } = input;
  const figures = chart.points.filter((p) => finite(p.value) !== null).length;
  if (figures === 0) return `${input.title}: no figures to chart yet.`;
  const parts = [
    `${input.title}: an XmR chart of ${count(figures, 'figure')} from ${labels[0]} to ${labels[labels.length - 1]}; ${POLARITY_WORDS[input.polarity]}.`,
  ];
  const mean = figureText(chart.mean, input);
  const lower = figureText(chart.lowerLimit, input);
  const upper = figureText(chart.upperLimit, input);
  if (mean && lower && upper) parts.push(`Mean ${mean}, process limits ${lower} to ${upper}.`);
  const counts = MARKED.map((c) => ({
    c,
    n: chart.points.filter((p) => p.specialCause === c).length,
  })).filter((x) => x.n > 0);
  parts.push(
    counts.length === 0
      ? 'No point shows special cause variation.'
      : `Special cause: ${listWords(counts.map((x) => `${count(x.n, 'point')} ${CAUSE_PHRASES[x.c]}`))}.`,
  );
  if (chart.variation) parts.push(`Latest: ${SPC_ICONS.variation[chart.variation].label.toLowerCase()}.`);
  if (chart.assurance) parts.push(`${SPC_ICONS.assurance[chart.assurance].label}.`);
  const target = input.target;
  if (typeof target === 'number') parts.push(`Target ${setFigureText(target, input)}.`);
  return parts.join(' ');
}
