/** A ward profile: each published ward-level figure beside the authority and England. */
import type { WardProfile } from '../app/public/ward-view.js';
import { Downloads, Figure, ScrollingTable, SuppressionNote } from './components.js';
import { renderPage, type PageFrame } from './layout.js';

export function wardPage(frame: PageFrame, profile: WardProfile): string {
  const { links } = frame;
  const { ward, authority } = profile;
  const withheld = profile.rows.some(
    (r) => r.ward.suppressed || r.authority.suppressed || r.england.suppressed,
  );
  return renderPage({
    frame,
    title: `${ward.name} ward profile`,
    breadcrumbs: [
      { text: 'Home', href: links.home },
      { text: 'Wards', href: links.wards },
    ],
    children: (
      <>
        <span className="govuk-caption-l">Ward profile · {ward.code}</span>
        <h1 className="govuk-heading-xl">{ward.name}</h1>
        <p className="govuk-body-l">
          Every published ward-level figure for {ward.name}, beside {authority.name} and England for the same
          period.
        </p>
        {profile.rows.length === 0 ? (
          <p className="govuk-body">No ward-level figures have been published for this ward yet.</p>
        ) : (
          <ScrollingTable label={`${ward.name} figures`}>
            <table className="govuk-table gt-profile">
              <caption className="govuk-table__caption govuk-table__caption--m">{ward.name} compared</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Measure and period
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    {ward.name}
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    {authority.name}
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    England
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {profile.rows.map((r) => (
                  <tr className="govuk-table__row" key={r.measure.code}>
                    <th scope="row" className="govuk-table__header">
                      <a className="govuk-link" href={links.measure(r.measure.code)}>
                        {r.measure.title}
                      </a>
                      <span className="gt-period">{r.periodLabel}</span>
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={r.ward.value} suppressed={r.ward.suppressed} style={r.measure} />
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure
                        value={r.authority.value}
                        suppressed={r.authority.suppressed}
                        style={r.measure}
                      />
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={r.england.value} suppressed={r.england.suppressed} style={r.measure} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        )}
        {withheld ? <SuppressionNote /> : null}
        <Downloads links={links} id={`wards/${ward.code}`} what={`the ${ward.name} profile`} />
      </>
    ),
  });
}
