/** Sorting and searching the scorecard's rows, kept apart from the table so they can be tested. */
import type { ScorecardRow } from '../api/types.js';
import { STATUS_ORDER } from '../status/format.js';

export const SORT_KEYS = ['measure', 'status', 'direction', 'england', 'forecast'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const DIRECTION_ORDER = ['worsening', 'down', 'no-change', 'not-comparable', 'up', 'improving'];
const COMPARISON_ORDER = ['worst', 'worse', 'lower', 'similar', 'higher', 'better', 'best'];

function rank(list: readonly string[], value: string | null | undefined): number {
  const i = value == null ? -1 : list.indexOf(value);
  return i < 0 ? list.length : i;
}

function keyOf(row: ScorecardRow, key: SortKey): number | string {
  const s = row.status;
  switch (key) {
    case 'measure':
      return row.measure.id;
    case 'status':
      return rank(STATUS_ORDER, s.rag.status);
    case 'direction':
      return rank(DIRECTION_ORDER, s.direction.previousPeriod.direction);
    case 'england':
      return rank(COMPARISON_ORDER, s.benchmarks.find((b) => b.areaCode === 'E92000001')?.comparison);
    case 'forecast':
      return s.forecast ? (s.forecast.atRisk ? 0 : 1) : 2;
  }
}

export function sortRows(rows: readonly ScorecardRow[], key: SortKey, descending: boolean): ScorecardRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order !== 0 ? sign * order : a.measure.id.localeCompare(b.measure.id);
  });
}

export function filterRows(
  rows: readonly ScorecardRow[],
  search: string,
  status: string | null,
): ScorecardRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (status && row.status.rag.status !== status) return false;
    const text = `${row.measure.id} ${row.measure.title}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
