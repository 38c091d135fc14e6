/**
 * What a workbook's cells can hide: formulas (their last calculated value is used, and flagged,
 * because Excel may not have recalculated it) and merged cells (only the first cell of a merge
 * holds the value, so the rows under it would silently lose theirs).
 */
import { columnLetter, problem, type ImportProblem } from '../../domain/import/index.js';
import type { SourceRow } from './open-source.js';

interface FormulaColumn {
  row: number;
  formula: string;
  count: number;
}

/** Counts formula cells per column, so that a column of formulas gives one warning, not thousands. */
export class FormulaCells {
  headers: string[] = [];
  private readonly cached = new Map<number, FormulaColumn>();
  private readonly uncached = new Map<number, FormulaColumn>();

  constructor(private readonly file: string) {}

  note(row: SourceRow): void {
    for (const f of row.formulas) {
      const columns = f.cached ? this.cached : this.uncached;
      const seen = columns.get(f.index);
      if (seen) seen.count += 1;
      else columns.set(f.index, { row: row.number, formula: f.formula, count: 1 });
    }
  }

  problems(): ImportProblem[] {
    const describe = (index: number, c: FormulaColumn) => ({
      place: { file: this.file, row: c.row, column: this.headers[index] || columnLetter(index) },
      value: c.formula === 'a shared formula' ? c.formula : `=${c.formula}`,
      more: c.count > 1 ? ` (as do ${(c.count - 1).toLocaleString('en-GB')} more cells below it)` : '',
    });
    return [
      ...[...this.uncached].map(([index, c]) => {
        const d = describe(index, c);
        return problem('error', d.place, `is a formula with no saved value${d.more}`, {
          value: d.value,
          expected: 'a value: open the workbook in Excel and save it, so that its formulas are calculated',
        });
      }),
      ...[...this.cached].map(([index, c]) => {
        const d = describe(index, c);
        return problem(
          'warning',
          d.place,
          `is a formula${d.more}: its value as Excel last calculated it was used`,
          {
            value: d.value,
          },
        );
      }),
    ];
  }
}

/** Merged ranges that reach into the table (at or below the header row) are errors. */
export function mergedCellProblems(
  file: string,
  merges: readonly string[],
  headerRow: number,
): ImportProblem[] {
  return merges.flatMap((ref) => {
    const [first, last = first] = ref.split(':') as [string, string?];
    const start = /^([A-Z]+)(\d+)$/.exec(first);
    const end = /^([A-Z]+)(\d+)$/.exec(last);
    if (!start || !end || Number(end[2]) < headerRow) return [];
    return [
      problem('error', { file, row: Number(start[2]), column: start[1]! }, `starts merged cells ${ref}`, {
        expected: 'one value in every cell: unmerge the cells and fill each one in',
      }),
    ];
  });
}
