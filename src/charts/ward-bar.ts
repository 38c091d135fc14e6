/**
 * Wards ranked by their figure, highest first, each bar carrying its status word where the figure
 * has one, and the authority's figure as a line to read them against.
 */
import type { RagStatus } from '../domain/status/labels.js';
import { RAG_LABELS } from '../domain/status/labels.js';
import { baseOption, categoryAxis, plain, tooltip, valueAxis } from './base.js';
import { PALETTE, RAG_COLOURS } from './palette.js';
import type { ChartFigures, ChartSpec } from './types.js';
import { axisTemplate, count, figureText, finite, setFigureText } from './words.js';

export interface WardFigure {
  code: string;
  name: string;
  value: number | null;
  status?: RagStatus | null;
}

export interface WardBarInput extends ChartFigures {
  title: string;
  wards: WardFigure[];
  authority?: { name: string; value: number | null } | null;
}

export function wardBarChart(input: WardBarInput): ChartSpec {
  // Highest first; wards with no figure go last, in name order, so every ward is listed.
  const ranked = [...input.wards].sort((a, b) => {
    const va = finite(a.value);
    const vb = finite(b.value);
    if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name) : va === null ? 1 : -1;
    return vb - va || a.name.localeCompare(b.name);
  });
  const authorityValue = input.authority ? finite(input.authority.value) : null;
  const description = describeWards(input, ranked, authorityValue);
  const data = ranked.map((w) => {
    const value = finite(w.value);
    const text = figureText(value, input) ?? 'No figure';
    const status = w.status ? RAG_LABELS[w.status].word : null;
    return {
      value,
      itemStyle: { color: w.status ? RAG_COLOURS[w.status] : PALETTE.blue },
      label: { formatter: status ? `${text}  ${status}` : text },
    };
  });
  const option = baseOption(input.title, description, {
    grid: {
      left: 12,
      right: 96,
      top: 60,
      bottom: 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: tooltip('item'),
    xAxis: valueAxis({ axisLabel: { formatter: axisTemplate(input), fontSize: 11 } }),
    yAxis: categoryAxis(
      ranked.map((w) => (finite(w.value) === null ? `${w.name} (no figure)` : w.name)),
      { inverse: true, axisTick: { show: false }, axisLabel: { interval: 0, fontSize: 11 } },
    ),
    series: [
      {
        name: 'Figure',
        type: 'bar',
        data,
        barMaxWidth: 20,
        label: { show: true, position: 'right', color: PALETTE.text, fontSize: 11 },
        markLine:
          input.authority && authorityValue !== null
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: PALETTE.target, type: 'dashed', width: 2 },
                // The category axis runs top to bottom, so the line's start is at the top.
                label: {
                  formatter: `${input.authority.name} ${setFigureText(authorityValue, input) ?? ''}`,
                  position: 'start',
                  color: PALETTE.text,
                },
                data: [{ xAxis: authorityValue }],
              }
            : undefined,
      },
    ],
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: `${input.title}, wards ranked highest first`,
      columns: ['Rank', 'Ward', 'Ward code', 'Figure', 'Status'],
      rows: ranked.map((w, i) => [
        finite(w.value) === null ? null : i + 1,
        w.name,
        w.code,
        figureText(w.value, input),
        w.status ? RAG_LABELS[w.status].word : null,
      ]),
    },
  };
}

function describeWards(input: WardBarInput, ranked: WardFigure[], authorityValue: number | null): string {
  const present = ranked.filter((w) => finite(w.value) !== null);
  if (present.length === 0) return `${input.title}: no ward figures yet.`;
  const high = present[0]!;
  const low = present[present.length - 1]!;
  const parts = [
    `${input.title}: ${count(ranked.length, 'ward')}, highest ${high.name} (${figureText(high.value, input)}), lowest ${low.name} (${figureText(low.value, input)}).`,
  ];
  if (input.authority && authorityValue !== null) {
    const above = present.filter((w) => w.value! > authorityValue).length;
    parts.push(
      `${count(above, 'ward is', 'wards are')} above ${input.authority.name} (${setFigureText(authorityValue, input)}).`,
    );
  }
  const missing = ranked.length - present.length;
  if (missing > 0) parts.push(`${count(missing, 'ward has', 'wards have')} no figure.`);
  return parts.join(' ');
}
