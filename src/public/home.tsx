/** The public home page: what this site is, how the Corporate Plan is doing, and where to go next. */
import type { PlanView } from '../app/public/plan-view.js';
import { SearchForm } from './components.js';
import { renderPage, type PageFrame } from './layout.js';
import { StatusCountsTable } from './status-counts.js';

export interface HomeData {
  plan: PlanView;
  measureCount: number;
  wardCount: number;
}

export function homePage(frame: PageFrame, data: HomeData): string {
  const { links } = frame;
  const priorities = data.plan.plans.flatMap((p) => p.children);
  return renderPage({
    frame,
    title: 'Performance and open data',
    children: (
      <>
        <h1 className="govuk-heading-xl">How {frame.councilName} is doing</h1>
        <p className="govuk-body-l">
          The council’s Corporate Plan, the {data.measureCount} measures it publishes, profiles of its{' '}
          {data.wardCount} wards and open data to download. Every figure here has been checked and approved by
          the council.
        </p>
        <SearchForm links={links} />
        {data.plan.asAtLabel ? (
          <p className="govuk-body">
            Statuses are for {data.plan.asAtLabel}, the latest quarter with approved figures.
          </p>
        ) : null}
        {priorities.length > 0 ? (
          <>
            <StatusCountsTable
              caption="Measures by status, for each priority"
              rows={priorities.map((p) => ({
                title: p.title,
                href: `${links.plan}#${p.id}`,
                counts: p.measureCounts,
                total: p.measureTotal,
              }))}
            />
            <p className="govuk-body">
              <a className="govuk-link" href={links.plan}>
                See the Corporate Plan and how each priority is doing
              </a>
            </p>
          </>
        ) : (
          <p className="govuk-body">The council has not published its Corporate Plan yet.</p>
        )}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <h2 className="govuk-heading-m">
              <a className="govuk-link" href={links.measures}>
                Measures
              </a>
            </h2>
            <p className="govuk-body">
              Each measure’s trend against its target, England and similar councils, and by ward.
            </p>
          </div>
          <div className="govuk-grid-column-one-third">
            <h2 className="govuk-heading-m">
              <a className="govuk-link" href={links.wards}>
                Ward profiles
              </a>
            </h2>
            <p className="govuk-body">Every published figure for your ward, beside the city and England.</p>
          </div>
          <div className="govuk-grid-column-one-third">
            <h2 className="govuk-heading-m">
              <a className="govuk-link" href={links.openData}>
                Open data
              </a>
            </h2>
            <p className="govuk-body">
              Every table as CSV, with CSV on the Web metadata, and as JSON through a public API.
            </p>
          </div>
        </div>
      </>
    ),
  });
}
