/** A ward profile: each published ward-level figure beside the authority and England. */
import type { WardProfile } from '../app/public/ward-view.js';
import { Downloads, Figure, SuppressionNote } from './components.js';
import { FigureTable } from './figure-table.js';
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
          <FigureTable
            label={`${ward.name} figures`}
            caption={`${ward.name} compared`}
            captionSize="m"
            tableClass="gt-profile"
            rows={profile.rows}
            rowKey={(r) => r.measure.code}
            rowHeader={{
              header: 'Measure and period',
              cell: (r) => (
                <>
                  <a className="govuk-link" href={links.measure(r.measure.code)}>
                    {r.measure.title}
                  </a>
                  <span className="gt-period">{r.periodLabel}</span>
                </>
              ),
            }}
            columns={[
              { header: ward.name, numeric: true, cell: (r) => <Figure {...r.ward} style={r.measure} /> },
              {
                header: authority.name,
                numeric: true,
                cell: (r) => <Figure {...r.authority} style={r.measure} />,
              },
              { header: 'England', numeric: true, cell: (r) => <Figure {...r.england} style={r.measure} /> },
            ]}
          />
        )}
        {withheld ? <SuppressionNote /> : null}
        <Downloads links={links} id={`wards/${ward.code}`} what={`the ${ward.name} profile`} />
      </>
    ),
  });
}
