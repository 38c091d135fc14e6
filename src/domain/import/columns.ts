/**
 * Finds the profile's columns in a file's header row, and says clearly what is wrong when the
 * header is missing, incomplete or ambiguous.
 */
import { isGssCode } from '../area.js';
import { readNumber } from './numbers.js';
import { CANONICAL_READING, readPeriod } from './period-forms.js';
import { problem, type ImportProblem } from './problems.js';
import { columnKey, type ColumnMapping, type ImportProfile } from './profile.js';

export type Cell = string | number | null;

type SinglePart = Exclude<keyof ColumnMapping, 'measure'>;

export interface ResolvedColumns {
  headers: string[];
  /** Where each named part is, when the file has it. */
  at: Partial<Record<SinglePart, number>>;
  measure: number[];
  /** A wide file's figure columns and their headers (periods or areas). */
  across: { index: number; header: string }[];
  keep: { index: number | null; allowed: Set<string> }[];
  skip: { index: number | null; refused: Set<string> }[];
}

/** A column's letter as a spreadsheet shows it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function looksLikeFigures(cells: Cell[]): boolean {
  return cells.some((cell) => {
    if (typeof cell === 'number') return true;
    if (cell === null || cell.trim() === '') return false;
    const text = cell.trim();
    const n = readNumber(text, { decimalComma: false });
    return (n.ok && n.value !== null) || isGssCode(text) || readPeriod(text, CANONICAL_READING).ok;
  });
}

export function resolveColumns(
  profile: ImportProfile,
  header: Cell[],
  place: { file: string; row: number },
): { columns: ResolvedColumns | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const headers = header.map((cell) =>
    cell === null
      ? ''
      : String(cell)
          .replace(/^\uFEFF/, '')
          .trim(),
  );
  const byKey = new Map<string, number>();
  headers.forEach((name, index) => {
    if (name === '') return;
    const key = columnKey(name);
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, index);
      return;
    }
    problems.push(
      problem(
        'error',
        { ...place, column: name },
        `is the name of columns ${columnLetter(first)} and ${columnLetter(index)}: rename one so that the file says which holds what`,
        { expected: 'each column named once' },
      ),
    );
  });
  const find = (name: string | null): number | undefined =>
    name === null ? undefined : byKey.get(columnKey(name));
  const wanted: string[] = [];
  const at: ResolvedColumns['at'] = {};
  const mapping = profile.columns;
  const across = profile.shape === 'wide' ? profile.across : null;
  for (const part of Object.keys(mapping) as (keyof ColumnMapping)[]) {
    if (part === 'measure') continue;
    const index = find(mapping[part]);
    if (index !== undefined) at[part] = index;
  }
  if (across !== 'period' && !profile.fixed.period && at.period === undefined && mapping.period !== null) {
    wanted.push(mapping.period);
  }
  if (across !== 'area' && !profile.fixed.area && at.area === undefined && at.areaName === undefined) {
    const name = mapping.area ?? mapping.areaName;
    if (name !== null) wanted.push(name);
  }
  if (profile.shape === 'long' && at.value === undefined && mapping.value !== null)
    wanted.push(mapping.value);
  const measure: number[] = [];
  for (const name of mapping.measure) {
    const index = find(name);
    if (index === undefined) wanted.push(name);
    else measure.push(index);
  }
  if (wanted.length > 0) {
    const names = [
      ...mapping.measure,
      mapping.period,
      mapping.area ?? mapping.areaName,
      mapping.value,
    ].filter((n): n is string => n !== null);
    const found = headers.filter((h) => h !== '').map((h) => `"${h}"`);
    const message = looksLikeFigures(header)
      ? `row ${place.row} holds figures, not column names: the file has no header row`
      : `has no column ${wanted.map((n) => `"${n}"`).join(', ')} (profile "${profile.name}"; found ${found.join(', ') || 'nothing'})`;
    problems.push(
      problem('error', { file: place.file, row: place.row }, message, {
        expected: `a header row naming the columns ${names.join(', ')}`,
      }),
    );
  }
  if (problems.length > 0) return { columns: null, problems };

  const absent = (['numerator', 'denominator', 'status', 'qualityFlag', 'note', 'source'] as const)
    .map((part) => (at[part] === undefined ? mapping[part] : null))
    .filter((name): name is string => name !== null);
  if (absent.length > 0) {
    const names = absent.map((n) => `"${n}"`);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
    problems.push(
      problem(
        'warning',
        { file: place.file, row: place.row },
        `has no column ${list}: read as blank in every row`,
      ),
    );
  }
  const filterIndex = (name: string) => find(name) ?? null;
  const keep = Object.entries(profile.keepRowsWhere).map(([name, values]) => ({
    index: filterIndex(name),
    allowed: new Set(values.map((v) => v.trim().toLowerCase())),
  }));
  const skip = Object.entries(profile.skipRowsWhere).map(([name, values]) => ({
    index: filterIndex(name),
    refused: new Set(values.map((v) => v.trim().toLowerCase())),
  }));
  const used = new Set<number>([...measure, ...Object.values(at)]);
  const passed = new Set(
    [
      ...profile.ignoreColumns,
      ...Object.keys(profile.keepRowsWhere),
      ...Object.keys(profile.skipRowsWhere),
    ].map(columnKey),
  );
  const acrossColumns =
    across === null
      ? []
      : headers
          .map((header, index) => ({ index, header }))
          .filter(({ index, header }) => header !== '' && !used.has(index) && !passed.has(columnKey(header)));
  if (across !== null && acrossColumns.length === 0) {
    problems.push(
      problem(
        'error',
        { file: place.file, row: place.row },
        `has no columns of ${across}s after the named ones`,
        {
          expected: `a wide file with one column per ${across}`,
        },
      ),
    );
    return { columns: null, problems };
  }
  return { columns: { headers, at, measure, across: acrossColumns, keep, skip }, problems };
}
