/**
 * One published measure: how it is doing, its trend against target and England, how it compares,
 * its wards, how it is produced, when it was last updated and when the next figure is due.
 */
import type { MeasureView } from '../app/public/measure-view.js';
import { Downloads, Figure, ScrollingTable, StatusTag, SuppressionNote } from './components.js';
import { formatDate } from './format.js';
import { renderPage, type PageFrame } from './layout.js';
import type { PageChart } from './charts.js';
import type { ReactNode } from 'react';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function measurePage(
  frame: PageFrame,
  view: MeasureView,
  charts: { trend?: PageChart; wards?: PageChart; map?: PageChart } = {},
): string {
  const { links } = frame;
  const m = view.measure;
  const s = view.status;
  const hasSuppressed =
    view.trend.some((t) => t.suppressed) ||
    view.wards.some((w) => w.suppressed) ||
    view.benchmarks.some((b) => b.suppressed);
  const method = m.methodology;
  return renderPage({
    frame,
    title: m.title,
    breadcrumbs: [
      { text: 'Home', href: links.home },
      { text: 'Measures', href: links.measures },
    ],
    children: (
      <>
        <span className="govuk-caption-l">
          {m.category} · {m.code}
        </span>
        <h1 className="govuk-heading-xl">{m.title}</h1>
        <p className="govuk-body-l">{method.definition}</p>

        <h2 className="govuk-heading-l">How it is doing</h2>
        {s.period ? (
          <>
            <p className="govuk-body">
              <StatusTag status={s.rag} /> {s.ragMeaning} in {s.periodLabel}.
            </p>
            {s.summary ? <p className="govuk-body">{s.summary}</p> : null}
            <dl className="govuk-summary-list">
              <Row label={`${view.authority.name}, ${s.periodLabel ?? ''}`}>
                <Figure
                  value={view.trend.find((t) => t.period === s.period)?.value ?? null}
                  suppressed={view.trend.find((t) => t.period === s.period)?.suppressed ?? false}
                  style={m}
                />
              </Row>
              {s.sinceLastPeriod ? <Row label="Since the previous period">{s.sinceLastPeriod}</Row> : null}
              {s.sinceLastYear ? <Row label="Since the same period last year">{s.sinceLastYear}</Row> : null}
              <Row label="Which way is better">{m.polarityText}</Row>
            </dl>
          </>
        ) : (
          <p className="govuk-body">No approved figure has been published for this measure yet.</p>
        )}

        <h2 className="govuk-heading-l">Trend</h2>
        {charts.trend ? (
          <div className="gt-chart">
            <img src={charts.trend.src} alt={charts.trend.alt} />
          </div>
        ) : null}
        {view.trend.length > 0 ? (
          <ScrollingTable label="Trend table">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">
                {m.title}: {view.authority.name} by period, with target and England
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Period
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    {view.authority.name}
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Target
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    England
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {[...view.trend].reverse().map((t) => (
                  <tr className="govuk-table__row" key={t.period}>
                    <th scope="row" className="govuk-table__header gt-nowrap">
                      {t.periodLabel}
                      {t.provisional ? <span className="govuk-body-s"> (provisional)</span> : null}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={t.value} suppressed={t.suppressed} style={m} />
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={t.target} suppressed={false} style={m} />
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={t.england} suppressed={false} style={m} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        ) : (
          <p className="govuk-body">There are no published figures yet.</p>
        )}
        <Downloads links={links} id={`measures/${m.code}`} what="every published figure for this measure" />

        <h2 className="govuk-heading-l">How it compares</h2>
        {view.benchmarks.length > 0 && s.period ? (
          <ScrollingTable label="Benchmarks table">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">
                Compared with benchmarks, {s.periodLabel}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Compared with
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Their figure
                  </th>
                  <th scope="col" className="govuk-table__header">
                    {view.authority.name} is
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {view.benchmarks.map((b) => (
                  <tr className="govuk-table__row" key={b.name}>
                    <th scope="row" className="govuk-table__header">
                      {b.name.replace(/^the /, '')}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <Figure value={b.value} suppressed={b.suppressed} style={m} />
                    </td>
                    <td className="govuk-table__cell">{b.comparison ?? 'Not compared'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        ) : (
          <p className="govuk-body">There are no benchmarks for this measure.</p>
        )}
        {view.comparators ? (
          <>
            <h3 className="govuk-heading-m">Similar councils ({view.comparators.group})</h3>
            {view.comparators.position ? (
              <p className="govuk-body">
                {view.authority.name} ranks {view.comparators.position.rank} of {view.comparators.position.of}{' '}
                (1 is best), in quartile {view.comparators.position.quartile} of 4.
              </p>
            ) : null}
            <ScrollingTable label="Similar councils table">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s">
                  {m.title} in similar councils, {s.periodLabel}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Council
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      Figure
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {view.comparators.rows.map((r) => (
                    <tr className={`govuk-table__row${r.isAuthority ? ' gt-highlight' : ''}`} key={r.code}>
                      <th scope="row" className="govuk-table__header">
                        {r.name}
                        {r.isAuthority ? ' (this council)' : ''}
                      </th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        <Figure value={r.value} suppressed={r.suppressed} style={m} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollingTable>
          </>
        ) : null}

        {view.wards.length > 0 ? (
          <>
            <h2 className="govuk-heading-l">By ward</h2>
            {charts.map ? (
              <div className="gt-chart">
                <img src={charts.map.src} alt={charts.map.alt} />
              </div>
            ) : null}
            {charts.wards ? (
              <div className="gt-chart">
                <img src={charts.wards.src} alt={charts.wards.alt} />
              </div>
            ) : null}
            <ScrollingTable label="Wards table">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s">
                  {/by ward$/.test(m.title) ? m.title : `${m.title} by ward`}: each ward’s latest figure, and
                  its status in {s.periodLabel ?? 'the latest period'}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Ward
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Period
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      Figure
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {view.wards.map((w) => (
                    <tr className="govuk-table__row" key={w.code}>
                      <th scope="row" className="govuk-table__header">
                        <a className="govuk-link" href={links.ward(w.code)}>
                          {w.name}
                        </a>
                      </th>
                      <td className="govuk-table__cell gt-nowrap">{w.periodLabel ?? '–'}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        <Figure value={w.value} suppressed={w.suppressed} style={m} />
                      </td>
                      <td className="govuk-table__cell">
                        <StatusTag status={w.rag} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollingTable>
            <Downloads links={links} id={`measures/${m.code}/wards`} what="the ward figures" />
          </>
        ) : null}
        {hasSuppressed ? <SuppressionNote /> : null}

        <h2 className="govuk-heading-l">How it is produced</h2>
        <dl className="govuk-summary-list">
          <Row label="Definition">{method.definition}</Row>
          {method.numerator ? <Row label="Numerator">{method.numerator}</Row> : null}
          {method.denominator ? <Row label="Denominator">{method.denominator}</Row> : null}
          {method.calculation ? <Row label="Calculation">{method.calculation}</Row> : null}
          {method.sourceSystem ? <Row label="Source">{method.sourceSystem}</Row> : null}
          {method.caveats ? <Row label="Caveats">{method.caveats}</Row> : null}
          <Row label="Unit">{m.unitText}</Row>
          <Row label="How often">
            {m.frequency === 'annual'
              ? 'Every year'
              : m.frequency === 'quarterly'
                ? 'Every quarter'
                : 'Every month'}
          </Row>
          {m.nationalReference ? <Row label="National reference">{m.nationalReference}</Row> : null}
          <Row label="Last updated">
            {view.lastUpdated ? formatDate(view.lastUpdated) : 'Not yet published'}
          </Row>
          <Row label="Next update due">
            {view.nextUpdate
              ? `${formatDate(view.nextUpdate.dueDate)} (figures for ${view.nextUpdate.periodLabel})`
              : 'Not known'}
          </Row>
        </dl>
      </>
    ),
  });
}
