/**
 * Areas compared with a benchmark: horizontal bars with confidence-interval whiskers, each bar
 * coloured and labelled by its comparison ("better", "similar", "worse"), the authority's own bar
 * outlined and its name in bold, and the benchmark as a vertical line. The whiskers are a line
 * series broken by gaps plus end caps, so the option stays plain JSON (a custom series would need
 * a render function).
 */
import { baseOption, categoryAxis, legend, plain, tooltip, valueAxis } from './base.js';
import { COMPARISON_COLOURS, PALETTE } from './palette.js';
import type { ChartFigures, ChartSpec } from './types.js';
import { axisTemplate, count, figureText, finite, setFigureText } from './words.js';

export interface BenchmarkBar {
  name: string;
  value: number | null;
  lower?: number | null;
  upper?: number | null;
  /** The engine's comparison with the benchmark: 'better', 'similar', 'worse', 'best', 'worst', 'higher', 'lower'. */
  comparison?: string | null;
  highlight?: boolean;
}

export interface BenchmarkInput extends ChartFigures {
  title: string;
  bars: BenchmarkBar[];
  benchmark?: { name: string; value: number } | null;
}

function comparisonWord(bar: BenchmarkBar): string | null {
  return bar.comparison ? bar.comparison.charAt(0).toUpperCase() + bar.comparison.slice(1) : null;
}

export function benchmarkChart(input: BenchmarkInput): ChartSpec {
  const bars = input.bars.map((bar) => {
    const value = finite(bar.value);
    const colour = COMPARISON_COLOURS[bar.comparison ?? 'none'] ?? COMPARISON_COLOURS['none']!;
    const word = comparisonWord(bar);
    const text = figureText(value, input);
    return {
      value,
      itemStyle: bar.highlight
        ? { color: colour, borderColor: PALETTE.text, borderWidth: 2 }
        : { color: colour, opacity: 0.85 },
      label: {
        show: value !== null,
        position: 'insideLeft',
        color: '#FFFFFF',
        fontWeight: bar.highlight ? 'bold' : 'normal',
        formatter: word ? `${text ?? ''}  ${word}` : (text ?? ''),
      },
    };
  });
  const whiskers: unknown[] = [];
  const caps: unknown[] = [];
  input.bars.forEach((bar, index) => {
    const lower = finite(bar.lower);
    const upper = finite(bar.upper);
    if (lower === null || upper === null) return;
    whiskers.push([lower, index], [upper, index], null);
    caps.push([lower, index], [upper, index]);
  });
  const benchmark = input.benchmark && finite(input.benchmark.value) !== null ? input.benchmark : null;
  const series: Record<string, unknown>[] = [
    {
      name: 'Value',
      type: 'bar',
      data: bars,
      barMaxWidth: 26,
      markLine: benchmark
        ? {
            symbol: 'none',
            silent: true,
            lineStyle: { color: PALETTE.text, type: 'solid', width: 2 },
            label: {
              formatter: `${benchmark.name} ${setFigureText(benchmark.value, input) ?? ''}`,
              // The category axis runs top to bottom, so the line's start is at the top.
              position: 'start',
              color: PALETTE.text,
            },
            data: [{ xAxis: benchmark.value }],
          }
        : undefined,
    },
  ];
  if (caps.length > 0) {
    series.push({
      name: '95% confidence interval',
      type: 'line',
      data: whiskers,
      symbol: 'none',
      connectNulls: false,
      lineStyle: { color: PALETTE.text, width: 1.5 },
      itemStyle: { color: PALETTE.text },
      silent: true,
      z: 5,
    });
    series.push({
      name: '95% confidence interval',
      type: 'scatter',
      data: caps,
      symbol: 'rect',
      symbolSize: [1.5, 12],
      itemStyle: { color: PALETTE.text },
      silent: true,
      z: 5,
    });
  }
  const description = describeBenchmark(input, benchmark);
  const option = baseOption(input.title, description, {
    grid: {
      left: 12,
      right: 48,
      top: benchmark ? 60 : 44,
      bottom: caps.length > 0 ? 48 : 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: caps.length > 0 ? legend({ data: ['95% confidence interval'] }) : undefined,
    tooltip: tooltip('item'),
    xAxis: valueAxis({ axisLabel: { formatter: axisTemplate(input), fontSize: 11 } }),
    yAxis: categoryAxis(
      input.bars.map((bar) => {
        const name = finite(bar.value) === null ? `${bar.name} (no figure)` : bar.name;
        return bar.highlight ? { value: name, textStyle: { fontWeight: 'bold', fontSize: 12 } } : name;
      }),
      { inverse: true, axisTick: { show: false } },
    ),
    series,
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: benchmark ? `${input.title}, compared with ${benchmark.name}` : input.title,
      columns: ['Area', 'Value', 'Lower 95% limit', 'Upper 95% limit', 'Compared with benchmark'],
      rows: input.bars.map((bar) => [
        bar.name,
        figureText(bar.value, input),
        figureText(bar.lower, input),
        figureText(bar.upper, input),
        bar.comparison ?? null,
      ]),
    },
  };
}

const COMPARISON_PHRASES: Readonly<Record<string, string>> = {
  best: 'significantly better than',
  better: 'better than',
  similar: 'similar to',
  worse: 'worse than',
  worst: 'significantly worse than',
  higher: 'higher than',
  lower: 'lower than',
};

function describeBenchmark(input: BenchmarkInput, benchmark: BenchmarkInput['benchmark']): string {
  const present = input.bars.filter((b) => finite(b.value) !== null);
  if (present.length === 0) return `${input.title}: no figures to compare yet.`;
  const parts = [`${input.title}: ${count(input.bars.length, 'area')} compared.`];
  const versus = benchmark ? ` ${benchmark.name} (${setFigureText(benchmark.value, input)})` : '';
  for (const bar of input.bars.filter((b) => b.highlight)) {
    const value = figureText(bar.value, input) ?? 'no figure';
    parts.push(
      bar.comparison && versus
        ? `${bar.name} is ${value}, ${COMPARISON_PHRASES[bar.comparison] ?? bar.comparison}${versus}.`
        : `${bar.name} is ${value}.`,
    );
  }
  if (!input.bars.some((b) => b.highlight) && benchmark) {
    parts.push(`${benchmark.name} is ${setFigureText(benchmark.value, input)}.`);
  }
  const high = present.reduce((a, b) => (b.value! > a.value! ? b : a));
  const low = present.reduce((a, b) => (b.value! < a.value! ? b : a));
  parts.push(
    `Highest ${high.name} (${figureText(high.value, input)}); lowest ${low.name} (${figureText(low.value, input)}).`,
  );
  return parts.join(' ');
}
