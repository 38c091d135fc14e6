/** Open data: every public table as CSV (with CSVW metadata) and JSON, and the public API. */
import { Downloads } from './components.js';
import { renderPage, type PageFrame } from './layout.js';

export function openDataPage(frame: PageFrame): string {
  const { links } = frame;
  return renderPage({
    frame,
    title: 'Open data and API',
    breadcrumbs: [{ text: 'Home', href: links.home }],
    children: (
      <>
        <h1 className="govuk-heading-xl">Open data and API</h1>
        <p className="govuk-body-l">
          Every table on this site can be downloaded as CSV (UTF-8, RFC 4180), with a CSV on the Web metadata
          file that describes its columns and units, and as JSON. The figures are the approved figures the
          pages show, under the Open Government Licence.
        </p>
        <h2 className="govuk-heading-m">Tables</h2>
        <Downloads links={links} id="measures" what="the list of measures" />
        <Downloads links={links} id="plan" what="the Corporate Plan’s statuses" />
        <Downloads links={links} id="comparisons" what="the comparisons with similar councils" />
        <p className="govuk-body">
          Each measure’s figures are on its own page (for example <code>/data/measures/CODE.csv</code>), and
          each ward’s profile on the ward’s page (<code>/data/wards/CODE.csv</code>).
        </p>
        <h2 className="govuk-heading-m">Small numbers</h2>
        <p className="govuk-body">
          Where a measure counts few people, figures from 1 up to the measure’s threshold are withheld: they
          are written
          <code> *</code> in CSV and <code>null</code> in JSON, with the row saying which columns were
          withheld.
        </p>
        <h2 className="govuk-heading-m">The public API</h2>
        <p className="govuk-body">
          A read-only JSON API lives at <code>{links.api}</code>. Answers carry an <code>ETag</code>: send it
          back as <code>If-None-Match</code> to get <code>304 Not Modified</code> when nothing has changed.
          Requests are limited per address; the limit and what is left are in the <code>RateLimit</code>{' '}
          headers. The API is described in the{' '}
          <a className="govuk-link" href="/api/docs">
            API documentation
          </a>{' '}
          under “public”.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <a className="govuk-link" href={`${links.api}/measures`}>
              {links.api}/measures
            </a>
          </li>
          <li>
            <code>{links.api}/measures/CODE</code> and <code>{links.api}/measures/CODE/figures</code>
          </li>
          <li>
            <a className="govuk-link" href={`${links.api}/wards`}>
              {links.api}/wards
            </a>{' '}
            and <code>{links.api}/wards/CODE</code>
          </li>
          <li>
            <a className="govuk-link" href={`${links.api}/plan`}>
              {links.api}/plan
            </a>
          </li>
          <li>
            <a className="govuk-link" href={`${links.api}/comparisons`}>
              {links.api}/comparisons
            </a>
          </li>
        </ul>
      </>
    ),
  });
}
