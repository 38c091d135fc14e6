/** Splits rows for multi-row inserts, staying well under both databases' bound-parameter limits. */
export function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(4000 / Math.max(1, columns)));
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}
