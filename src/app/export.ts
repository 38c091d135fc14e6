/**
 * Exports of the council's data as tables: one flat row per thing for CSV (opens in Excel), or the
 * full records as JSON. The values export is the shape the importer reads back.
 */
import { stringify } from 'csv-stringify/sync';
import type { Measure } from '../domain/measure.js';
import type { StrategyItem } from '../domain/strategy.js';
import type { Store } from '../store/connect.js';
import { listAreas } from '../store/areas.js';
import { listMeasures } from '../store/measures.js';
import { readPdrrBundle } from '../store/pdrr-bundle.js';
import { listStrategyItems } from '../store/strategy.js';
import { currentValues } from '../store/values.js';

export const EXPORTS = ['measures', 'values', 'areas', 'strategy'] as const;
export type ExportName = (typeof EXPORTS)[number];
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What the reader may see: an export holds nothing else. The command line (run on the server by
 * its administrator) exports everything; the API passes the signed-in viewer's rules.
 */
export interface ExportFilter {
  measure: (m: Measure) => boolean;
  /** The ids of the strategy items the reader sees, out of all of them. */
  strategyItems: (items: readonly StrategyItem[]) => ReadonlySet<string>;
}

export const EVERYTHING: ExportFilter = {
  measure: () => true,
  strategyItems: (items) => new Set(items.map((i) => i.id)),
};

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

interface Table {
  /** Full records, for JSON. */
  records: unknown[];
  /** Flat rows, for CSV, in column order. */
  rows: Row[];
  columns: string[];
}

async function measuresTable(store: Store, filter: ExportFilter): Promise<Table> {
  const measures = (await listMeasures(store.db, { includeRetired: true })).filter(filter.measure);
  const rows = measures.map((m) => ({
    code: m.id,
    title: m.title,
    category: m.category,
    unit: m.unit,
    rate_per: m.ratePer,
    polarity: m.polarity,
    frequency: m.frequency,
    year_kind: m.yearKind,
    aggregation: m.aggregation,
    decimals: m.decimals,
    definition: m.methodology.definition,
    numerator: m.methodology.numerator,
    denominator: m.methodology.denominator,
    source_system: m.methodology.sourceSystem,
    calculation: m.methodology.calculation,
    caveats: m.methodology.caveats,
    national_reference: m.nationalReference,
    owner_id: m.ownerId,
    org_unit_id: m.orgUnitId,
    by_ward: m.byWard,
    comparator_group_id: m.comparatorGroupId,
    formula: m.formula,
    tolerance: m.tolerance,
    tolerance_kind: m.toleranceKind,
    due_lag_days: m.dueLagDays,
    is_public: m.isPublic,
    state: m.state,
    strategy_items: m.strategyItemIds.join(';'),
  }));
  return { records: measures, rows, columns: Object.keys(rows[0] ?? { code: null }) };
}

async function valuesTable(store: Store, filter: ExportFilter): Promise<Table> {
  const visible = (await listMeasures(store.db, { includeRetired: true })).filter(filter.measure);
  const values = await currentValues(store.db, { measureIds: visible.map((m) => m.id) });
  const rows = values.map((v) => ({
    measure: v.measureId,
    period: v.period,
    area_code: v.areaCode,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    status: v.status,
    quality_flag: v.qualityFlag,
    note: v.note,
    source: v.source,
    version: v.version,
    recorded_by: v.by,
    recorded_at: v.at,
  }));
  const columns = [
    'measure',
    'period',
    'area_code',
    'value',
    'numerator',
    'denominator',
    'status',
    'quality_flag',
    'note',
    'source',
    'version',
    'recorded_by',
    'recorded_at',
  ];
  return { records: values, rows, columns };
}

async function areasTable(store: Store): Promise<Table> {
  const areas = await listAreas(store.db);
  const rows = areas.map((a) => ({ code: a.code, name: a.name, kind: a.kind, parent_code: a.parentCode }));
  return { records: areas, rows, columns: ['code', 'name', 'kind', 'parent_code'] };
}

async function strategyTable(store: Store, filter: ExportFilter): Promise<Table> {
  const all = await listStrategyItems(store.db);
  const visible = filter.strategyItems(all);
  const items = all.filter((i) => visible.has(i.id));
  const rows = items.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    parent_id: s.parentId,
    owner_id: s.ownerId,
    org_unit_id: s.orgUnitId,
    start_date: s.startDate,
    end_date: s.endDate,
    rollup_rule: s.rollupRule,
    weight: s.weight,
    description: s.description,
  }));
  const columns = [
    'id',
    'kind',
    'title',
    'parent_id',
    'owner_id',
    'org_unit_id',
    'start_date',
    'end_date',
    'rollup_rule',
    'weight',
    'description',
  ];
  return { records: items, rows, columns };
}

const TABLES: Record<ExportName, (store: Store, filter: ExportFilter) => Promise<Table>> = {
  measures: measuresTable,
  values: valuesTable,
  areas: areasTable,
  strategy: strategyTable,
};

/** The export as text: CSV per RFC 4180 with a header row, or a JSON array. */
export async function exportTable(
  store: Store,
  name: ExportName,
  format: ExportFormat,
  filter: ExportFilter = EVERYTHING,
): Promise<string> {
  const table = await TABLES[name](store, filter);
  if (format === 'json') return `${JSON.stringify(table.records, null, 2)}\n`;
  return stringify(table.rows, {
    header: true,
    columns: table.columns,
    record_delimiter: 'windows',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

/**
 * The review step's records whole — key actions and their progress, recovery plans, risks, review
 * meetings, objectives' appraisal records and progress, complaints and settings — as the `pdrr`
 * part of a council bundle (JSON), for moving a council. Run by the server's administrator from
 * the command line only: it holds every person's objectives and every unit's complaints, so the
 * API does not offer it. Each meeting's frozen pack is embedded whole (tens of kilobytes each).
 */
export async function exportPdrrRecords(store: Store): Promise<string> {
  return `${JSON.stringify(await readPdrrBundle(store.db), null, 2)}\n`;
}
