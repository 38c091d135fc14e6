/**
 * A problem found in a file, pinned to its file, row, column and value, with the form that was
 * expected. Errors stop the import (nothing is written); warnings are shown and the import goes on.
 */

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  file: string;
  /** The row as a spreadsheet numbers it (the header is usually row 1); null for the whole file. */
  row: number | null;
  /** The column's header (or its letter when it has none); null for the whole row or file. */
  column: string | null;
  /** The value as it stood in the file. */
  value: string | null;
  /** What is wrong, as a phrase that follows the value: `is not a number`. */
  message: string;
  expected: string | null;
}

export interface ProblemPlace {
  file: string;
  row: number | null;
  column?: string | null;
}

export function problem(
  severity: ProblemSeverity,
  place: ProblemPlace,
  message: string,
  detail: { value?: string | number | null; expected?: string | null } = {},
): ImportProblem {
  return {
    severity,
    file: place.file,
    row: place.row,
    column: place.column ?? null,
    value: detail.value === undefined || detail.value === null ? null : String(detail.value),
    message,
    expected: detail.expected ?? null,
  };
}

/** `values.csv:12:value: value "12,5" is not a number — expected a number such as 1234.5 …` */
export function formatProblem(p: ImportProblem): string {
  const place = [p.file, p.row, p.column].filter((part) => part !== null).join(':');
  const what = p.value !== null ? `value "${p.value}" ${p.message}` : p.message;
  const expected = p.expected ? ` — expected ${p.expected}` : '';
  return `${place}: ${p.severity === 'warning' ? 'warning: ' : ''}${what}${expected}`;
}
