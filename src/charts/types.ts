/**
 * What every chart builder returns: an ECharts option as plain JSON (no functions, so it can be
 * sent, stored, compared in tests and rendered the same in the browser and on the server), with a
 * text alternative and a table alternative built from the same figures.
 */
import type { Unit } from '../domain/measure.js';

export interface ChartTable {
  caption: string;
  columns: string[];
  /** Figures written as people read them ("71.2%"); null where there is no figure. */
  rows: (string | number | null)[][];
}

/** A plain JSON ECharts option: objects, arrays, strings, numbers, booleans and nulls only. */
export type ChartOption = Record<string, unknown>;

export interface ChartSpec {
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two, from its data. */
  description: string;
  option: ChartOption;
  table: ChartTable;
}

/** How a chart's figures are written: the measure's unit, decimals and (for rates) "per N". */
export interface ChartFigures {
  unit: Unit;
  decimals: number;
  ratePer?: number | null;
}

/** The size at which a chart is drawn, in pixels (or points, for a PDF). */
export interface ChartSize {
  width: number;
  height: number;
}
