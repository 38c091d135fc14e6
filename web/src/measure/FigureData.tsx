/**
 * The data behind the charts: each current figure for the area with who last changed it, its
 * full history on request, and the whole table as CSV.
 */
import { useState } from 'react';
import { useFigureHistory } from '../api/queries.js';
import type { MeasureSummary } from '../api/types.js';
import { fileNameOf, saveCsv } from '../charts/download.js';
import { figureText } from '../status/format.js';
import type { SeriesPoint } from './series.js';

function History({ measure, period, area }: { measure: MeasureSummary; period: string; area: string }) {
  const history = useFigureHistory({ measure: measure.id, period, area });
  if (history.isPending) return <p role="status">Loading its history…</p>;
  if (history.error) return <p>{history.error.message}</p>;
  return (
    <div>
      <p>
        Sign-off: <strong>{history.data.signoff.state}</strong>
      </p>
      <ol className="history">
        {history.data.versions.map((v) => (
          <li key={v.version}>
            Version {v.version}: {v.withdrawn ? 'withdrawn' : figureText(v.value, measure)} — {v.by},{' '}
            {v.at.slice(0, 10)}
            {v.reason ? ` (${v.reason})` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

const COLUMNS = [
  'Period',
  'Figure',
  'Numerator',
  'Denominator',
  'Status',
  'Quality flag',
  'Version',
  'Changed by',
  'Changed on',
];

export function FigureData({
  measure,
  series,
  area,
}: {
  measure: MeasureSummary;
  series: SeriesPoint[];
  area: string;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const rows = [...series].reverse();
  const csvRows = rows.map((p) => [
    p.period,
    p.figure.value,
    p.figure.numerator,
    p.figure.denominator,
    p.figure.status,
    p.figure.qualityFlag,
    p.figure.version,
    p.figure.by,
    p.figure.at.slice(0, 10),
  ]);
  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => saveCsv(`${fileNameOf(measure.id, area, 'figures')}.csv`, COLUMNS, csvRows)}
        >
          Download the figures (CSV)
        </button>
      </p>
      <div className="table-wrap">
        <table className="table figure-data">
          <caption>Figures for {measure.title}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Figure
              </th>
              <th scope="col" className="num">
                Numerator
              </th>
              <th scope="col" className="num">
                Denominator
              </th>
              <th scope="col">Status</th>
              <th scope="col">Last changed</th>
              <th scope="col">History</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.label}</th>
                <td className="num">{figureText(p.figure.value, measure)}</td>
                <td className="num">{p.figure.numerator ?? '—'}</td>
                <td className="num">{p.figure.denominator ?? '—'}</td>
                <td>
                  {p.figure.status}
                  {p.figure.qualityFlag ? `, ${p.figure.qualityFlag}` : ''}
                </td>
                <td>
                  version {p.figure.version}, {p.figure.by}, {p.figure.at.slice(0, 10)}
                </td>
                <td>
                  <button
                    type="button"
                    className="tree__toggle"
                    aria-expanded={open === p.period}
                    onClick={() => setOpen(open === p.period ? null : p.period)}
                  >
                    {open === p.period ? 'Hide' : 'Show'}
                    <span className="visually-hidden"> the history of {p.label}</span>
                  </button>
                  {open === p.period ? <History measure={measure} period={p.period} area={area} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
