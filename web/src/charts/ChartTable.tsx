/** A chart's figures as a table: its alternative for anyone who cannot see or read the picture. */
import type { ChartSpec } from '@charts/types.js';

export function ChartTable({ spec, compact = false }: { spec: ChartSpec; compact?: boolean }) {
  return (
    <div className="table-wrap">
      <table className={compact ? 'table table--compact' : 'table'}>
        <caption>{spec.table.caption}</caption>
        <thead>
          <tr>
            {spec.table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell ?? '—'}
                  </th>
                ) : (
                  <td key={j}>{cell ?? '—'}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
