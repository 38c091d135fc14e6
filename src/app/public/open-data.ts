/**
 * The public tables, each described once — columns, datatypes, units — and given as CSV, as CSV
 * on the Web metadata and as JSON from the same description, so the three never disagree.
 */
import type { MeasureView } from './measure-view.js';
import type { PlanView } from './plan-view.js';
import { planItems } from './plan-view.js';
import type { ComparisonRow } from './comparisons-view.js';
import type { WardProfile } from './ward-view.js';
import type { PublicMeasureSummary } from './measure-summary.js';
import type { PublicFigure } from './suppression.js';
import { period as toPeriod, periodLabel } from '../../domain/period.js';

export type CellValue = string | number | boolean | null;

export interface TableColumn {
  name: string;
  title: string;
  datatype: 'string' | 'decimal' | 'integer' | 'boolean' | 'date';
  description?: string;
  /** The unit of a figure column, in words. */
  unit?: string;
  /** A figure column whose withheld cells are written "*" in CSV. */
  suppressible?: boolean;
}

export interface PublicTable {
  /** The file name without extension, e.g. "measures/CP-ECO-01". */
  id: string;
  title: string;
  description: string;
  columns: TableColumn[];
  rows: Record<string, CellValue>[];
  /** Per row, the columns whose figure was withheld (same order as rows). */
  withheld?: ReadonlySet<string>[];
}

const NONE: ReadonlySet<string> = new Set();
function withheldIf(...pairs: [boolean, ...string[]][]): ReadonlySet<string> {
  const names = pairs.filter(([flag]) => flag).flatMap(([, ...cols]) => cols);
  return names.length === 0 ? NONE : new Set(names);
}

const figureColumns = (unit: string): TableColumn[] => [
  { name: 'value', title: 'Value', datatype: 'decimal', unit, suppressible: true },
];

export function measuresTable(
  measures: readonly (PublicMeasureSummary & { latestPeriod: string | null })[],
): PublicTable {
  return {
    id: 'measures',
    title: 'Published measures',
    description: 'Every measure the council publishes, with how it is produced.',
    columns: [
      { name: 'code', title: 'Code', datatype: 'string' },
      { name: 'title', title: 'Title', datatype: 'string' },
      { name: 'category', title: 'Category', datatype: 'string' },
      { name: 'unit', title: 'Unit', datatype: 'string' },
      { name: 'decimals', title: 'Decimal places', datatype: 'integer' },
      { name: 'polarity', title: 'Which way is better', datatype: 'string' },
      { name: 'frequency', title: 'Frequency', datatype: 'string' },
      { name: 'by_ward', title: 'Broken down by ward', datatype: 'boolean' },
      { name: 'national_reference', title: 'National reference', datatype: 'string' },
      { name: 'definition', title: 'Definition', datatype: 'string' },
      { name: 'numerator', title: 'Numerator', datatype: 'string' },
      { name: 'denominator', title: 'Denominator', datatype: 'string' },
      { name: 'source', title: 'Source system', datatype: 'string' },
      { name: 'calculation', title: 'Calculation', datatype: 'string' },
      { name: 'caveats', title: 'Caveats', datatype: 'string' },
      { name: 'latest_period', title: 'Latest period', datatype: 'string' },
    ],
    rows: measures.map((m) => ({
      code: m.code,
      title: m.title,
      category: m.category,
      unit: m.unitText,
      decimals: m.decimals,
      polarity: m.polarityText,
      frequency: m.frequency,
      by_ward: m.byWard,
      national_reference: m.nationalReference,
      definition: m.methodology.definition,
      numerator: m.methodology.numerator,
      denominator: m.methodology.denominator,
      source: m.methodology.sourceSystem,
      calculation: m.methodology.calculation,
      caveats: m.methodology.caveats,
      latest_period: m.latestPeriod,
    })),
  };
}

/** Every approved figure of one measure, for every area it is published for. */
export function figuresTable(
  measure: PublicMeasureSummary,
  figures: readonly PublicFigure[],
  areaNames: ReadonlyMap<string, string>,
): PublicTable {
  return {
    id: `measures/${measure.code}`,
    title: `${measure.title}: figures`,
    description: `Approved figures for ${measure.title} (${measure.code}), by period and area. Withheld small numbers are shown as *.`,
    columns: [
      { name: 'measure', title: 'Measure code', datatype: 'string' },
      { name: 'period', title: 'Period', datatype: 'string' },
      { name: 'period_label', title: 'Period (in words)', datatype: 'string' },
      { name: 'area_code', title: 'Area code (ONS GSS)', datatype: 'string' },
      { name: 'area_name', title: 'Area', datatype: 'string' },
      ...figureColumns(measure.unitText),
      { name: 'numerator', title: 'Numerator', datatype: 'decimal', suppressible: true },
      { name: 'denominator', title: 'Denominator', datatype: 'decimal', suppressible: true },
      { name: 'provisional', title: 'Provisional', datatype: 'boolean' },
      { name: 'suppressed', title: 'Withheld (small number)', datatype: 'boolean' },
    ],
    rows: figures.map((f) => ({
      measure: measure.code,
      period: f.period,
      period_label: periodLabel(toPeriod(f.period)),
      area_code: f.areaCode,
      area_name: areaNames.get(f.areaCode) ?? f.areaCode,
      value: f.value,
      numerator: f.numerator,
      denominator: f.denominator,
      provisional: f.provisional,
      suppressed: f.suppressed,
    })),
    withheld: figures.map((f) => withheldIf([f.suppressed, 'value', 'numerator', 'denominator'])),
  };
}

/** The trend, benchmark and ward tables a measure page shows, as one download each. */
export function wardBreakdownTable(view: MeasureView): PublicTable {
  return {
    id: `measures/${view.measure.code}/wards`,
    title: `${view.measure.title}: by ward`,
    description: `The latest approved figure for each ward of ${view.authority.name}.`,
    columns: [
      { name: 'area_code', title: 'Ward code (ONS GSS)', datatype: 'string' },
      { name: 'area_name', title: 'Ward', datatype: 'string' },
      { name: 'period', title: 'Period', datatype: 'string' },
      ...figureColumns(view.measure.unitText),
      { name: 'status', title: 'Status', datatype: 'string' },
    ],
    rows: view.wards.map((w) => ({
      area_code: w.code,
      area_name: w.name,
      period: w.period,
      value: w.value,
      status: w.ragWord,
    })),
    withheld: view.wards.map((w) => withheldIf([w.suppressed, 'value'])),
  };
}

export function wardProfileTable(profile: WardProfile): PublicTable {
  return {
    id: `wards/${profile.ward.code}`,
    title: `${profile.ward.name} ward profile`,
    description: `Every published ward-level figure for ${profile.ward.name}, beside ${profile.authority.name} and England for the same period.`,
    columns: [
      { name: 'measure', title: 'Measure code', datatype: 'string' },
      { name: 'title', title: 'Measure', datatype: 'string' },
      { name: 'unit', title: 'Unit', datatype: 'string' },
      { name: 'period', title: 'Period', datatype: 'string' },
      { name: 'ward', title: profile.ward.name, datatype: 'decimal', suppressible: true },
      { name: 'authority', title: profile.authority.name, datatype: 'decimal', suppressible: true },
      { name: 'england', title: 'England', datatype: 'decimal', suppressible: true },
    ],
    rows: profile.rows.map((r) => ({
      measure: r.measure.code,
      title: r.measure.title,
      unit: r.measure.unitText,
      period: r.period,
      ward: r.ward.value,
      authority: r.authority.value,
      england: r.england.value,
    })),
    withheld: profile.rows.map((r) =>
      withheldIf(
        [r.ward.suppressed, 'ward'],
        [r.authority.suppressed, 'authority'],
        [r.england.suppressed, 'england'],
      ),
    ),
  };
}

export function planTable(view: PlanView): PublicTable {
  return {
    id: 'plan',
    title: 'The Corporate Plan and how it is doing',
    description:
      'Each published item of the Corporate Plan with its rolled-up status and its measures counted by status.',
    columns: [
      { name: 'id', title: 'Id', datatype: 'string' },
      { name: 'parent_id', title: 'Parent id', datatype: 'string' },
      { name: 'level', title: 'Level', datatype: 'string' },
      { name: 'title', title: 'Title', datatype: 'string' },
      { name: 'status', title: 'Status', datatype: 'string' },
      { name: 'summary', title: 'Summary', datatype: 'string' },
      { name: 'measures', title: 'Measures', datatype: 'integer' },
      ...view.statuses.map((s) => ({
        name: s.status.replace('-', '_'),
        title: `Measures: ${s.word}`,
        datatype: 'integer' as const,
        description: s.meaning,
      })),
    ],
    rows: planItems(view).map(({ item, parentId }) => ({
      id: item.id,
      parent_id: parentId,
      level: item.kindLabel,
      title: item.title,
      status: item.statusWord,
      summary: item.sentence,
      measures: item.measureTotal,
      ...Object.fromEntries(
        view.statuses.map((s) => [s.status.replace('-', '_'), item.measureCounts[s.status]]),
      ),
    })),
  };
}

export function comparisonsTable(rows: readonly ComparisonRow[]): PublicTable {
  return {
    id: 'comparisons',
    title: 'Comparisons with similar councils',
    description:
      'Each published measure with a comparator group: the latest approved figure, rank and quartile in the group (1 is best), and England.',
    columns: [
      { name: 'measure', title: 'Measure code', datatype: 'string' },
      { name: 'title', title: 'Measure', datatype: 'string' },
      { name: 'unit', title: 'Unit', datatype: 'string' },
      { name: 'group', title: 'Compared with', datatype: 'string' },
      { name: 'period', title: 'Period', datatype: 'string' },
      { name: 'value', title: 'Value', datatype: 'decimal', suppressible: true },
      { name: 'rank', title: 'Rank (1 is best)', datatype: 'integer' },
      { name: 'of', title: 'Councils ranked', datatype: 'integer' },
      { name: 'quartile', title: 'Quartile (1 is best)', datatype: 'integer' },
      { name: 'england', title: 'England', datatype: 'decimal' },
    ],
    rows: rows.map((r) => ({
      measure: r.measure.code,
      title: r.measure.title,
      unit: r.measure.unitText,
      group: r.group,
      period: r.period,
      value: r.value,
      rank: r.rank,
      of: r.of,
      quartile: r.quartile,
      england: r.england,
    })),
    withheld: rows.map((r) => withheldIf([r.suppressed, 'value'])),
  };
}
