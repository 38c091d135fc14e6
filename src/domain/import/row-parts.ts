/** Reading the smaller parts of a figure from cells: text, status, data-quality flag, period reading. */
import { QUALITY_FLAGS, VALUE_STATUSES, type QualityFlag, type ValueStatus } from '../figures.js';
import type { YearKind } from '../measure.js';
import type { Cell } from './columns.js';
import type { PeriodReading } from './period-forms.js';
import type { ImportProfile } from './profile.js';

/** A cell as text, trimmed; a blank cell is null. Whole numbers print without a decimal point. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const text = typeof cell === 'number' ? String(cell) : cell.trim();
  return text === '' ? null : text;
}

export type PartReading<T> = { ok: true; value: T } | { ok: false; expected: string };

export function readStatus(cell: Cell | undefined, fallback: ValueStatus): PartReading<ValueStatus> {
  const text = cellText(cell)?.toLowerCase() ?? null;
  if (text === null) return { ok: true, value: fallback };
  const status = VALUE_STATUSES.find((s) => s === text);
  return status
    ? { ok: true, value: status }
    : { ok: false, expected: `${VALUE_STATUSES.join(' or ')} (or blank for ${fallback})` };
}

export function readQualityFlag(cell: Cell | undefined): PartReading<QualityFlag | null> {
  const text = cellText(cell)?.toLowerCase() ?? null;
  if (text === null) return { ok: true, value: null };
  const flag = QUALITY_FLAGS.find((f) => f === text);
  return flag
    ? { ok: true, value: flag }
    : { ok: false, expected: `one of ${QUALITY_FLAGS.join(', ')}, or blank` };
}

/** How this profile reads periods for a measure with this kind of year (null: not known yet). */
export function periodReading(profile: ImportProfile, yearKind: YearKind | null): PeriodReading {
  const p = profile.periods;
  return {
    bareYear: p.bareYear === 'measure' ? (yearKind ?? 'calendar') : p.bareYear,
    yearSpan: p.yearSpan === 'measure' ? (yearKind === 'academic' ? 'academic' : 'financial') : p.yearSpan,
    ambiguousDash: p.ambiguousDash,
    dates: p.dates,
  };
}

/** Does a row pass the profile's keep and skip filters? Missing filter columns read as blank. */
export function passesFilters(
  cells: Cell[],
  keep: { index: number | null; allowed: Set<string> }[],
  skip: { index: number | null; refused: Set<string> }[],
): boolean {
  const at = (index: number | null) => (index === null ? '' : (cellText(cells[index])?.toLowerCase() ?? ''));
  return keep.every((f) => f.allowed.has(at(f.index))) && !skip.some((f) => f.refused.has(at(f.index)));
}

/** A row with nothing in any cell. */
export function isBlank(cells: Cell[]): boolean {
  for (const cell of cells) if (cellText(cell) !== null) return false;
  return true;
}
