/** Counts of measures by status, as a table: every status with its word and shape. */
import type { StatusCounts } from '../domain/rollup/index.js';
import { RAG_STATUSES } from '../domain/status/labels.js';
import { StatusTag } from './components.js';

export interface CountedRow {
  title: string;
  href: string;
  counts: StatusCounts;
  total: number;
}

export function StatusCountsTable({ caption, rows }: { caption: string; rows: CountedRow[] }) {
  const shown = RAG_STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  // The heading sits outside the table, so on a phone it wraps to the screen while the table scrolls.
  return (
    <>
      <h2 className="govuk-heading-m">{caption}</h2>
      <div className="gt-table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Priority
              </th>
              {shown.map((s) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={s}>
                  <StatusTag status={s} />
                </th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Measures
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr className="govuk-table__row" key={r.href}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={r.href}>
                    {r.title}
                  </a>
                </th>
                {shown.map((s) => (
                  <td className="govuk-table__cell govuk-table__cell--numeric" key={s}>
                    {r.counts[s]}
                  </td>
                ))}
                <td className="govuk-table__cell govuk-table__cell--numeric">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
