/** How the council compares with similar councils, measure by measure. */
import type { ComparisonRow } from '../app/public/comparisons-view.js';
import { Downloads, Figure, SuppressionNote } from './components.js';
import { FigureTable } from './figure-table.js';
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
          <FigureTable
            label="Comparisons table"
            caption="Latest approved figures and ranks"
            captionSize="m"
            rows={rows}
            rowKey={(r) => r.measure.code}
            rowHeader={{
              header: 'Measure and period',
              cell: (r) => (
                <>
                  <a className="govuk-link" href={links.measure(r.measure.code)}>
                    {r.measure.title}
                  </a>
                  {r.periodLabel ? <span className="gt-period">{r.periodLabel}</span> : null}
                </>
              ),
            }}
            columns={[
              {
                header: authorityName,
                numeric: true,
                cell: (r) => <Figure value={r.value} suppressed={r.suppressed} style={r.measure} />,
              },
              {
                header: 'Rank (quartile)',
                numeric: true,
                cell: (r) => (
                  <>
                    {r.rank === null ? '–' : `${r.rank} of ${r.of}`}
                    {r.quartile === null ? null : <span className="gt-period">quartile {r.quartile}</span>}
                  </>
                ),
              },
              {
                header: 'England',
                numeric: true,
                cell: (r) => <Figure value={r.england} suppressed={false} style={r.measure} />,
              },
            ]}
          />
        )}
        {rows.some((r) => r.suppressed) ? <SuppressionNote /> : null}
        <Downloads links={links} id="comparisons" what="the comparisons" />
      </>
    ),
  });
}
