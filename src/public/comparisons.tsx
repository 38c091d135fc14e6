/** How the council compares with similar councils, measure by measure. */
import type { ComparisonRow } from '../app/public/comparisons-view.js';
import { Downloads, Figure, ScrollingTable, SuppressionNote } from './components.js';
import { renderPage, type PageFrame } from './layout.js';

export function comparisonsPage(
  frame: PageFrame,
  rows: readonly ComparisonRow[],
  authorityName: string,
): string {
  const { links } = frame;
  return renderPage({
    frame,
    title: 'Comparisons with similar councils',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">Comparisons with similar councils</h1>
        <p className="govuk-body-l">
          How {authorityName} ranks among councils like it (its nearest neighbours) on each measure they all
          report. Rank 1 and quartile 1 are the best.
        </p>
        {rows.length === 0 ? (
          <p className="govuk-body">No published measure is compared with similar councils yet.</p>
        ) : (
          <ScrollingTable label="Comparisons table">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                Latest approved figures and ranks
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Measure and period
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    {authorityName}
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Rank (quartile)
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    England
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {rows.map((r) => (
                  <tr className="govuk-table__row" key={r.measure.code}>
                    <th scope="row" className="govuk-table__header">
                      <a className="govuk-link" href={links.measure(r.measure.code)}>
                        {r.measure.title}
                      </a>
                      {r.periodLabel ? <span className="gt-period">{r.periodLabel}</span> : null}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={r.value} suppressed={r.suppressed} style={r.measure} />
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {r.rank === null ? '–' : `${r.rank} of ${r.of}`}
                      {r.quartile === null ? null : <span className="gt-period">quartile {r.quartile}</span>}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={r.england} suppressed={false} style={r.measure} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        )}
        {rows.some((r) => r.suppressed) ? <SuppressionNote /> : null}
        <Downloads links={links} id="comparisons" what="the comparisons" />
      </>
    ),
  });
}
