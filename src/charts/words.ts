/** Figures and directions in words, for chart labels, tables and text alternatives. */
import type { Polarity } from '../domain/measure.js';
import { formatFigure, formatSetFigure } from '../domain/status/format.js';
import type { ChartFigures } from './types.js';

function styleOf(figures: ChartFigures) {
  return { unit: figures.unit, decimals: figures.decimals, ratePer: figures.ratePer ?? null };
}

/** A figure as published ("71.2%"), or null where there is none (or it is not finite). */
export function figureText(value: number | null | undefined, figures: ChartFigures): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? formatFigure(value, styleOf(figures)) : null;
}

/** A set figure such as a target ("80%", trailing zeros dropped), or null. */
export function setFigureText(value: number | null | undefined, figures: ChartFigures): string | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? formatSetFigure(value, styleOf(figures))
    : null;
}

export const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  'higher-better': 'higher is better',
  'lower-better': 'lower is better',
  'within-band': 'figures inside the target range are best',
  neutral: 'neither higher nor lower is better',
};

/** A finite number, or null: charts never carry NaN or Infinity. */
export function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** ECharts axis-label template for a unit, so axes read "80%" or "£1,200". */
export function axisTemplate(figures: ChartFigures): string {
  switch (figures.unit) {
    case 'percent':
      return '{value}%';
    case 'currency':
      return '£{value}';
    default:
      return '{value}';
  }
}

/** "3 periods" / "1 period". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
