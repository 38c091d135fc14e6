/**
 * One measure as a committee paper shows it: its figure, target and status with the engine's
 * reasons, the comparisons, the SPC icons, a trend chart, the plain-English summary and the
 * owner's commentary.
 */
import { trendChart } from '../../charts/trend.js';
import { parsePeriod, periodContains, periodLabel } from '../../domain/period.js';
import { formatFigure } from '../../domain/status/format.js';
import * as cells from '../cells.js';
import type { Block, Cell } from '../document.js';
import type { MeasureLine } from '../gather.js';

/** How many periods a trend chart shows: three years of quarters, eighteen months, five years. */
const TREND_POINTS = { monthly: 18, quarterly: 12, annual: 5 } as const;

export function measureTitle(line: MeasureLine): string {
  return `${line.measure.id} ${line.measure.title}`;
}

function benchmarkFacts(line: MeasureLine): { label: string; value: Cell }[] {
  const { measure, status } = line;
  return status.benchmarks
    .filter((b) => b.value !== null)
    .map((b) => {
      const figure = formatFigure(b.value as number, cells.styleOf(measure));
      const label = `Compared with ${b.name.replace(/^the /, '')}`;
      if (b.comparison === null)
        return { label, value: cells.text(`${figure}; ${b.reason ?? 'not compared'}`) };
      const cell = cells.benchmarkCell({ ...status, benchmarks: [b] });
      return { label, value: cell.kind === 'status' ? { ...cell, text: `${cell.text} (${figure})` } : cell };
    });
}

function forecastFact(line: MeasureLine): { label: string; value: Cell }[] {
  const f = line.status.forecast;
  if (f === null) return [];
  const words = f.atRisk
    ? 'target at risk'
    : f.reason.verdict === 'likely-to-meet'
      ? 'likely to meet target'
      : 'could go either way';
  return [
    {
      label: 'Year-end forecast',
      value: cells.text(`${formatFigure(f.forecast, cells.styleOf(line.measure))} (${words})`),
    },
  ];
}

export function measureFacts(line: MeasureLine): Block {
  const { measure, status } = line;
  const period = status.periodLabel ?? 'No period';
  const provisional = line.figure?.status === 'provisional' ? ' (provisional)' : '';
  const figure = cells.figureCell(measure, status);
  return {
    kind: 'facts',
    items: [
      {
        label: `Figure for ${period}`,
        value: figure.kind === 'number' ? { ...figure, text: figure.text + provisional } : figure,
      },
      { label: 'Target', value: cells.targetCell(measure, status) },
      { label: 'Status', value: cells.ragCell(status) },
      { label: 'Against the previous period', value: cells.directionCell(status, 'previousPeriod') },
      {
        label: 'Against the same period last year',
        value: cells.directionCell(status, 'samePeriodLastYear'),
      },
      ...benchmarkFacts(line),
      { label: 'SPC variation', value: cells.spcCell(measure, status) },
      { label: 'SPC assurance', value: cells.assuranceCell(status) },
      ...forecastFact(line),
    ],
  };
}

export function trendBlock(line: MeasureLine, width = 680, height = 240): Block | null {
  const { measure } = line;
  const history = line.history.slice(-TREND_POINTS[measure.frequency]);
  if (history.length < 2) return null;
  const targets = history.map((v) => {
    const p = parsePeriod(v.period);
    const exact = line.targets.find((t) => t.period === v.period);
    const within =
      exact ??
      line.targets.find((t) => {
        const tp = parsePeriod(t.period);
        return p.ok && tp.ok && periodContains(tp.period, p.period);
      });
    return {
      period: v.period,
      value: within?.value ?? null,
      lower: within?.lower ?? null,
      upper: within?.upper ?? null,
    };
  });
  const spec = trendChart({
    title: `${measure.title}: trend`,
    unit: measure.unit,
    decimals: measure.decimals,
    ratePer: measure.ratePer,
    polarity: measure.polarity,
    tolerance: measure.tolerance === null ? null : { kind: measure.toleranceKind, value: measure.tolerance },
    points: history.map((v) => {
      const p = parsePeriod(v.period);
      return { period: v.period, label: p.ok ? periodLabel(p.period) : v.period, value: v.value };
    }),
    targets,
  });
  return { kind: 'chart', spec, width, height };
}

export function commentaryBlocks(line: MeasureLine): Block[] {
  const c = line.commentary;
  if (c === null)
    return [
      {
        kind: 'paragraph',
        style: 'note',
        text: `No commentary was written for ${line.status.periodLabel ?? 'this period'}.`,
      },
    ];
  const blocks: Block[] = [{ kind: 'paragraph', text: `What happened: ${c.summary}` }];
  if (c.reasons) blocks.push({ kind: 'paragraph', text: `Why: ${c.reasons}` });
  if (c.nextSteps) blocks.push({ kind: 'paragraph', text: `What next: ${c.nextSteps}` });
  return blocks;
}

/** The whole entry for one measure, with or without its chart. */
export function measureDetail(line: MeasureLine, withChart: boolean): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 4, text: measureTitle(line), id: `measure-${line.measure.id}` },
    { kind: 'paragraph', style: 'lead', text: line.status.summary ?? line.status.rag.sentence },
    measureFacts(line),
  ];
  const chart = withChart ? trendBlock(line) : null;
  if (chart) blocks.push(chart);
  blocks.push(...commentaryBlocks(line));
  return blocks;
}
