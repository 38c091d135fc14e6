/**
 * One published measure: how it is doing, its trend against target and England, how it compares,
 * its wards, how it is produced, when it was last updated and when the next figure is due.
 */
import type { MeasureView } from '../app/public/measure-view.js';
import { Downloads, Figure, StatusTag, SuppressionNote } from './components.js';
import { FigureTable } from './figure-table.js';
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
          <FigureTable
            label="Trend table"
            caption={`${m.title}: ${view.authority.name} by period, with target and England`}
            rows={[...view.trend].reverse()}
            rowKey={(t) => t.period}
            rowHeader={{
              header: 'Period',
              nowrap: true,
              cell: (t) => (
                <>
                  {t.periodLabel}
                  {t.provisional ? <span className="govuk-body-s"> (provisional)</span> : null}
                </>
              ),
            }}
            columns={[
              {
                header: view.authority.name,
                numeric: true,
                cell: (t) => <Figure value={t.value} suppressed={t.suppressed} style={m} />,
              },
              {
                header: 'Target',
                numeric: true,
                cell: (t) => <Figure value={t.target} suppressed={false} style={m} />,
              },
              {
                header: 'England',
                numeric: true,
                cell: (t) => <Figure value={t.england} suppressed={false} style={m} />,
              },
            ]}
          />
        ) : (
          <p className="govuk-body">There are no published figures yet.</p>
        )}
        <Downloads links={links} id={`measures/${m.code}`} what="every published figure for this measure" />

        <h2 className="govuk-heading-l">How it compares</h2>
        {view.benchmarks.length > 0 && s.period ? (
          <FigureTable
            label="Benchmarks table"
            caption={`Compared with benchmarks, ${s.periodLabel ?? ''}`}
            rows={view.benchmarks}
            rowKey={(b) => b.name}
            rowHeader={{ header: 'Compared with', cell: (b) => b.name.replace(/^the /, '') }}
            columns={[
              {
                header: 'Their figure',
                numeric: true,
                cell: (b) => <Figure value={b.value} suppressed={b.suppressed} style={m} />,
              },
              { header: `${view.authority.name} is`, cell: (b) => b.comparison ?? 'Not compared' },
            ]}
          />
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
            <FigureTable
              label="Similar councils table"
              caption={`${m.title} in similar councils, ${s.periodLabel ?? ''}`}
              rows={view.comparators.rows}
              rowKey={(r) => r.code}
              highlight={(r) => r.isAuthority}
              rowHeader={{
                header: 'Council',
                cell: (r) => `${r.name}${r.isAuthority ? ' (this council)' : ''}`,
              }}
              columns={[
                {
                  header: 'Figure',
                  numeric: true,
                  cell: (r) => <Figure value={r.value} suppressed={r.suppressed} style={m} />,
                },
              ]}
            />
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
            <FigureTable
              label="Wards table"
              caption={`${/by ward$/.test(m.title) ? m.title : `${m.title} by ward`}: each ward’s latest figure, and its status in ${s.periodLabel ?? 'the latest period'}`}
              rows={view.wards}
              rowKey={(w) => w.code}
              rowHeader={{
                header: 'Ward',
                cell: (w) => (
                  <a className="govuk-link" href={links.ward(w.code)}>
                    {w.name}
                  </a>
                ),
              }}
              columns={[
                { header: 'Period', nowrap: true, cell: (w) => w.periodLabel ?? '–' },
                {
                  header: 'Figure',
                  numeric: true,
                  cell: (w) => <Figure value={w.value} suppressed={w.suppressed} style={m} />,
                },
                { header: 'Status', cell: (w) => <StatusTag status={w.rag} /> },
              ]}
            />
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
