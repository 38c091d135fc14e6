/**
 * How many measures have each status: one bar per status, the status word on the axis and the
 * count on the bar, so no one has to tell red from green.
 */
import { RAG_LABELS, RAG_STATUSES } from '../domain/status/labels.js';
import type { RagStatus } from '../domain/status/labels.js';
import { baseOption, categoryAxis, plain, tooltip, valueAxis } from './base.js';
import { RAG_COLOURS } from './palette.js';
import type { ChartSpec } from './types.js';
import { count, listWords } from './words.js';

export interface StatusCountsInput {
  title: string;
  /** Statuses left out count as none. */
  counts: Partial<Record<RagStatus, number>>;
}

/** Green, amber and red always show; the rest only when some measure has them. */
const ALWAYS: readonly RagStatus[] = ['green', 'amber', 'red'];

export function statusCountsChart(input: StatusCountsInput): ChartSpec {
  const countOf = (s: RagStatus) => {
    const n = input.counts[s];
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
  };
  const shown = RAG_STATUSES.filter((s) => ALWAYS.includes(s) || countOf(s) > 0);
  const total = RAG_STATUSES.reduce((sum, s) => sum + countOf(s), 0);
  const description =
    total === 0
      ? `${input.title}: no measures.`
      : `${input.title}: ${count(total, 'measure')}; ` +
        `${listWords(shown.filter((s) => countOf(s) > 0).map((s) => `${countOf(s)} ${RAG_LABELS[s].word.toLowerCase()}`))}.`;
  const option = baseOption(input.title, description, {
    grid: { left: 40, right: 16, top: 44, bottom: 40 },
    tooltip: tooltip('item'),
    xAxis: categoryAxis(
      shown.map((s) => RAG_LABELS[s].word),
      { axisLabel: { fontSize: 12, fontWeight: 'bold', interval: 0 } },
    ),
    yAxis: valueAxis({ minInterval: 1 }),
    series: [
      {
        name: 'Measures',
        type: 'bar',
        barMaxWidth: 48,
        data: shown.map((s) => ({
          value: countOf(s),
          name: RAG_LABELS[s].word,
          itemStyle: { color: RAG_COLOURS[s] },
        })),
        label: { show: true, position: 'top', fontWeight: 'bold' },
      },
    ],
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: input.title,
      columns: ['Status', 'Meaning', 'Measures'],
      rows: shown.map((s) => [
        `${RAG_LABELS[s].symbol} ${RAG_LABELS[s].word}`,
        RAG_LABELS[s].description,
        countOf(s),
      ]),
    },
  };
}
