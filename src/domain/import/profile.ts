/**
 * An import profile: a saved, named description of a file's layout, so that a published layout
 * imports without anyone editing the file. It maps the file's columns to a figure's parts, says
 * how to read the file's periods and numbers, and whether unknown measures or areas may be created.
 */
import type { ValueStatus } from '../figures.js';
import type { MeasureCategory } from '../measure.js';
import type { PeriodKind } from '../period.js';

/** Long: one row per figure. Wide: one row per measure (and area or period), figures across. */
export const IMPORT_SHAPES = ['long', 'wide'] as const;
export type ImportShape = (typeof IMPORT_SHAPES)[number];

/** In a wide file, what the columns after the named ones stand for. */
export const WIDE_ACROSS = ['period', 'area'] as const;
export type WideAcross = (typeof WIDE_ACROSS)[number];

/**
 * How the file names a measure. `fingertips-id` finds the measure whose national reference names
 * the Fingertips indicator, e.g. "PHOF 2.06ii (Fingertips 90323)".
 */
export const MEASURE_MATCHES = ['code', 'title', 'national-reference', 'fingertips-id'] as const;
export type MeasureMatch = (typeof MEASURE_MATCHES)[number];

export const AREA_MATCHES = ['code', 'name'] as const;
export type AreaMatch = (typeof AREA_MATCHES)[number];

/** What to do with a measure or area the council does not have: report it, skip its rows, or create it. */
export const UNKNOWN_CHOICES = ['report', 'skip', 'create'] as const;
export type UnknownChoice = (typeof UNKNOWN_CHOICES)[number];

export const BARE_YEAR_READINGS = ['calendar', 'financial', 'academic', 'measure'] as const;
export const YEAR_SPAN_READINGS = ['financial', 'academic', 'measure'] as const;
export const AMBIGUOUS_DASH_READINGS = ['month', 'year'] as const;

/** Which of the file's columns hold each part of a figure (by header, compared loosely). */
export interface ColumnMapping {
  /** The columns that together name the measure; their values are joined with " | ". */
  measure: string[];
  measureName: string | null;
  period: string | null;
  area: string | null;
  areaName: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  status: string | null;
  qualityFlag: string | null;
  note: string | null;
  source: string | null;
  unit: string | null;
}

export interface ImportProfile {
  name: string;
  description: string;
  shape: ImportShape;
  /** For wide files only. */
  across: WideAcross | null;
  /** The worksheet to read in a workbook; the first when null. */
  sheet: string | null;
  /** The row that names the columns, counted from 1; rows above it (titles, notes) are passed over. */
  headerRow: number;
  columns: ColumnMapping;
  /** Columns of a wide file that are neither named parts nor figures. */
  ignoreColumns: string[];
  /** The same measure, area or period for every row, when the file holds only one. */
  fixed: { measure: string | null; area: string | null; period: string | null };
  defaults: { status: ValueStatus; source: string | null };
  periods: {
    bareYear: (typeof BARE_YEAR_READINGS)[number];
    yearSpan: (typeof YEAR_SPAN_READINGS)[number];
    ambiguousDash: (typeof AMBIGUOUS_DASH_READINGS)[number];
    dates: PeriodKind;
  };
  numbers: { decimalComma: boolean };
  measures: {
    /** Tried in order after `map`. */
    match: MeasureMatch[];
    /** The file's name for a measure → the measure's code. */
    map: Record<string, string>;
    unknown: UnknownChoice;
    /** The category given to measures created from the file. */
    category: MeasureCategory;
  };
  areas: {
    match: AreaMatch[];
    /** The file's name or code for an area → its GSS code. */
    map: Record<string, string>;
    unknown: UnknownChoice;
  };
  /** Only rows whose column holds one of the listed values are read (a blank is ""). */
  keepRowsWhere: Record<string, string[]>;
  /** Rows whose column holds one of the listed values are passed over. */
  skipRowsWhere: Record<string, string[]>;
}

/** Headers are compared without case, spacing or underscores: "Area Code" is "area_code". */
export function columnKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}
