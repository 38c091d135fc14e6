/**
 * Data quality for performance officers and data owners: by directorate and by measure, how
 * complete and timely the figures are, how many carry a warning, how complete the methodology is;
 * and which figures are due or late.
 */
import { Link } from 'react-router';
import { useDue, useQuality } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { shareText } from '../status/format.js';

export function QualityPage() {
  const quality = useQuality();
  const due = useDue();
  const late = (due.data?.owners ?? [])
    .flatMap((o) => o.figures.map((f) => ({ ...f, owner: o.ownerName })))
    .filter((f) => f.state === 'late');
  return (
    <Page
      title="Data quality"
      lead="How complete, timely and well described the figures are, over each measure’s last four periods."
    >
      {quality.isPending ? <Loading what="data quality" /> : null}
      {quality.error ? <Problem error={quality.error} /> : null}
      {quality.data ? (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption>By directorate, as at {quality.data.today}</caption>
              <thead>
                <tr>
                  <th scope="col">Directorate</th>
                  <th scope="col" className="num">
                    Measures
                  </th>
                  <th scope="col" className="num">
                    Complete
                  </th>
                  <th scope="col" className="num">
                    On time
                  </th>
                  <th scope="col" className="num">
                    With a warning
                  </th>
                  <th scope="col" className="num">
                    Methodology complete
                  </th>
                </tr>
              </thead>
              <tbody>
                {quality.data.directorates.map((d) => (
                  <tr key={d.directorateId ?? 'none'}>
                    <th scope="row">{d.name}</th>
                    <td className="num">{d.measures}</td>
                    <td className="num">{shareText(d.completeness)}</td>
                    <td className="num">{shareText(d.timeliness)}</td>
                    <td className="num">{shareText(d.warningShare)}</td>
                    <td className="num">{shareText(d.methodologyCompleteness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Late figures</h2>
          {due.data && late.length === 0 ? <p>No figure is late.</p> : null}
          {late.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption>
                  {late.length} figures late, as at {due.data?.today}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col">Period</th>
                    <th scope="col">Owner</th>
                    <th scope="col" className="num">
                      Days late
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {late.slice(0, 200).map((f) => (
                    <tr key={`${f.measureId}-${f.period}`}>
                      <th scope="row">
                        <Link
                          to={`/app/entry?measure=${encodeURIComponent(f.measureId)}&at=${encodeURIComponent(f.period)}`}
                        >
                          {f.title}
                        </Link>
                      </th>
                      <td>{f.period}</td>
                      <td>{f.owner ?? '—'}</td>
                      <td className="num">{f.daysLate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <h2>By measure</h2>
          <div className="table-wrap">
            <table className="table">
              <caption>Each measure you may see</caption>
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col" className="num">
                    Complete
                  </th>
                  <th scope="col" className="num">
                    On time
                  </th>
                  <th scope="col" className="num">
                    With a warning
                  </th>
                  <th scope="col">Methodology missing</th>
                  <th scope="col">Last updated</th>
                </tr>
              </thead>
              <tbody>
                {quality.data.measures.map((m) => (
                  <tr key={m.measureId}>
                    <th scope="row">
                      <Link to={`/app/measures/${encodeURIComponent(m.measureId)}`}>{m.title}</Link>
                    </th>
                    <td className="num">{shareText(m.completeness)}</td>
                    <td className="num">{shareText(m.timeliness)}</td>
                    <td className="num">{shareText(m.warningShare)}</td>
                    <td>{m.methodologyMissing.length > 0 ? m.methodologyMissing.join(', ') : 'Nothing'}</td>
                    <td>{m.lastUpdated?.slice(0, 10) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Page>
  );
}
