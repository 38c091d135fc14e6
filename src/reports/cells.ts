/** Typed table cells from the engine's results: figures as published, statuses as tags. */
import type { MeasureStatus } from '../domain/engine/index.js';
import type { Measure } from '../domain/measure.js';
import { formatDate, formatFigure, formatSetFigure, type FigureStyle } from '../domain/status/format.js';
import type { Cell, StatusTag } from './document.js';
import { assuranceTag, benchmarkTag, directionTag, ragTag, variationTag } from './tags.js';

export const text = (t: string, strong = false): Cell =>
  strong ? { kind: 'text', text: t, strong } : { kind: 'text', text: t };

export const status = (tag: StatusTag): Cell => ({ kind: 'status', tag, text: tag.word });

export const date = (iso: string): Cell => ({ kind: 'date', iso, text: formatDate(iso) });

export function styleOf(m: Measure): FigureStyle {
  return { unit: m.unit, decimals: m.decimals, ratePer: m.ratePer };
}

const UNIT_WORDS: Record<Measure['unit'], string | null> = {
  number: null,
  percent: '%',
  currency: '£',
  rate: 'rate',
  days: 'days',
  ratio: 'ratio',
  score: 'score',
};

export function figure(value: number | null, m: Measure, none = 'No figure'): Cell {
  return {
    kind: 'number',
    value,
    text: value === null ? none : formatFigure(value, styleOf(m)),
    decimals: m.decimals,
    unit: m.unit === 'rate' && m.ratePer !== null ? `per ${m.ratePer}` : UNIT_WORDS[m.unit],
  };
}

/** The figure judged, as the engine gives it. */
export function figureCell(m: Measure, s: MeasureStatus): Cell {
  return figure(s.figure?.value ?? null, m);
}

/** The target that applied: one figure, or a band "40% to 45%". */
export function targetCell(m: Measure, s: MeasureStatus): Cell {
  const t = s.target;
  if (t === null) return text('No target');
  if (t.lower !== null && t.upper !== null)
    return text(`${formatSetFigure(t.lower, styleOf(m))} to ${formatSetFigure(t.upper, styleOf(m))}`);
  if (t.value === null) return text('No target');
  return { ...figure(t.value, m), text: formatSetFigure(t.value, styleOf(m)) };
}

export const ragCell = (s: MeasureStatus): Cell => status(ragTag(s.rag.status));

export const directionCell = (s: MeasureStatus, against: 'previousPeriod' | 'samePeriodLastYear'): Cell =>
  status(directionTag(s.direction[against].direction));

/** The first benchmark with a comparison (England first, as the engine orders them). */
export function benchmarkCell(s: MeasureStatus): Cell {
  const b = s.benchmarks.find((x) => x.comparison !== null);
  return b && b.comparison ? status(benchmarkTag(b.comparison, b.name)) : text('No comparison');
}

export function spcCell(m: Measure, s: MeasureStatus): Cell {
  const v = s.spc?.variation ?? null;
  return v === null ? text('Too few figures') : status(variationTag(v, m.polarity));
}

export function assuranceCell(s: MeasureStatus): Cell {
  const a = s.spc?.assurance ?? null;
  return a === null ? text('Not assessed') : status(assuranceTag(a));
}

/** A cell as plain text, for CSV and for sentences: a status as its symbol and word. */
export function cellText(c: Cell): string {
  return c.kind === 'status' ? c.tag.word : c.text;
}
