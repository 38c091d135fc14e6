/**
 * The measure page's charts, built from the shared chart specifications and drawn on the server as
 * SVG images at their own addresses, so the page needs no JavaScript and no inline style, stays
 * small, and each chart is cached like a page. Each chart's figures are also in a table beside it.
 * Withheld figures are gaps in the chart, as they are "*" in the table.
 */
import type { MeasureView } from '../app/public/measure-view.js';
import { trendChart, wardBarChart, type ChartSpec } from '../charts/index.js';
import { renderChartSvg } from '../charts/render-svg.js';
import { wardMapSvg, type WardShapes } from '../charts/ward-map-svg.js';
import { RAG_LABELS } from '../domain/status/labels.js';
import { figureText } from './format.js';

export const MEASURE_CHARTS = ['trend', 'wards', 'map'] as const;
export type MeasureChart = (typeof MEASURE_CHARTS)[number];

export interface PageChart {
  src: string;
  alt: string;
}

const WIDTH = 720;

export function measureChartSpecs(view: MeasureView): Partial<Record<MeasureChart, ChartSpec>> {
  const m = view.measure;
  const style = { unit: m.unit, decimals: m.decimals, ratePer: m.ratePer };
  const specs: Partial<Record<MeasureChart, ChartSpec>> = {};
  if (view.trend.length > 1)
    specs.trend = trendChart({
      ...style,
      title: `${m.title}: ${view.authority.name}`,
      points: view.trend.map((t) => ({ period: t.period, label: t.periodLabel, value: t.value })),
      targets: view.trend.map((t) => ({ period: t.period, value: t.target })),
      tolerance: null,
      polarity: m.polarity,
    });
  if (view.wards.some((w) => w.value !== null)) {
    const own = view.status.period ? view.trend.find((t) => t.period === view.status.period) : undefined;
    specs.wards = wardBarChart({
      ...style,
      title: /by ward$/.test(m.title) ? m.title : `${m.title} by ward`,
      wards: view.wards.map((w) => ({ code: w.code, name: w.name, value: w.value, status: w.rag })),
      authority: own ? { name: view.authority.name, value: own.value } : null,
    });
  }
  return specs;
}

function wardMapTitle(view: MeasureView): string {
  const m = view.measure;
  return `${/by ward$/.test(m.title) ? m.title : `${m.title} by ward`}: map`;
}

function wardMapDescription(view: MeasureView, shapes: WardShapes): string {
  const counts = new Map<string, number>();
  for (const w of view.wards)
    counts.set(RAG_LABELS[w.rag].word, (counts.get(RAG_LABELS[w.rag].word) ?? 0) + 1);
  const parts = [...counts].map(([word, n]) => `${n} ${word.toLowerCase()}`);
  return `${shapes.source}. Each ward coloured and marked by its status: ${parts.join(', ')}. The table below gives each ward's figure.`;
}

/** The ward map, where the measure has ward figures; withheld figures are never in its labels. */
export function drawWardMap(view: MeasureView, shapes: WardShapes): string | null {
  if (view.wards.length === 0) return null;
  return wardMapSvg({
    title: wardMapTitle(view),
    description: wardMapDescription(view, shapes),
    kind: shapes.kind,
    features: shapes.features,
    wards: view.wards.map((w) => ({
      code: w.code,
      name: w.name,
      status: w.rag,
      label: w.suppressed
        ? 'figure withheld'
        : w.value === null
          ? 'no figure'
          : `${figureText(w.value, view.measure)}${w.periodLabel ? ` (${w.periodLabel})` : ''}`,
    })),
    width: WIDTH,
  });
}

export function drawMeasureChart(view: MeasureView, chart: MeasureChart): string | null {
  if (chart === 'map') return null;
  const spec = measureChartSpecs(view)[chart];
  if (!spec) return null;
  const height = chart === 'wards' ? Math.max(320, 24 * view.wards.length + 80) : 320;
  return renderChartSvg(spec, { width: WIDTH, height });
}

/** Where each chart is, with its text alternative, for the page. */
export function measureChartImages(
  view: MeasureView,
  src: (chart: MeasureChart) => string,
): Partial<Record<MeasureChart, PageChart>> {
  const out: Partial<Record<MeasureChart, PageChart>> = {};
  for (const [chart, spec] of Object.entries(measureChartSpecs(view)) as [MeasureChart, ChartSpec][])
    out[chart] = { src: src(chart), alt: spec.description };
  if (view.wards.length > 0)
    out.map = {
      src: src('map'),
      alt: `A map of the wards, each coloured and marked by its status; the table below gives each ward's figure and status in words.`,
    };
  return out;
}
