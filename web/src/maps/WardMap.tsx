/**
 * A ward map: each ward coloured by its status, with the status's shape drawn on it and named in
 * the tooltip and the key, never by colour alone, and every ward listed in a table beside it.
 * The shapes are the council's hex map unless an administrator has uploaded real boundaries.
 */
import { useQuery } from '@tanstack/react-query';
import { RAG_COLOURS } from '@charts/palette.js';
import { RAG_LABELS, RAG_STATUSES, type RagStatus } from '@domain/status/labels.js';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { WardGeometry } from '../../../src/app/dashboards/types.js';
import { getJson, query } from '../api/client.js';
import { tooltip } from '@charts/base.js';
import { drawChart } from '../charts/draw-chart.js';
import { loadECharts } from '../charts/load-echarts.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { StatusShape } from '../status/Shape.js';
import './ward-map.css';

export interface WardMapWard {
  code: string;
  name: string;
  value: number | null;
  status: string;
  label: string;
  /** The figure as published ("71.2%"); the bare value when left out. */
  valueText?: string | null;
}

export interface WardMapProps {
  measureCode: string;
  period?: string;
  wards: WardMapWard[];
  /** The shapes, when the page already has them (a dashboard's data brings them along). */
  geometry?: WardGeometry | null;
  height?: number;
  /** What the map shows, for its caption; the measure's code when left out. */
  title?: string;
}

const asStatus = (s: string): RagStatus =>
  (RAG_STATUSES as readonly string[]).includes(s) ? (s as RagStatus) : 'no-data';
const figureOf = (w: WardMapWard) => w.valueText ?? (w.value === null ? 'No figure' : String(w.value));

export function useWardGeometry(given: WardGeometry | null | undefined) {
  return useQuery({
    queryKey: ['ward-geometry'],
    queryFn: () => getJson<WardGeometry>('/api/v1/maps/wards'),
    enabled: !given,
    staleTime: 10 * 60_000,
  });
}

/** Registered shapes are kept by ECharts for the page's life; one name per set of shapes. */
function mapNameOf(geometry: WardGeometry): string {
  const first = JSON.stringify(geometry.geojson.features[0]?.geometry ?? '').slice(0, 80);
  let hash = 0;
  for (const c of first) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return `wards-${geometry.kind}-${geometry.geojson.features.length}-${hash}`;
}

function MapCanvas({ geometry, props }: { geometry: WardGeometry; props: WardMapProps }) {
  const box = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => undefined as void;
    void Promise.all([loadECharts(), import('echarts/charts')]).then(([echarts, charts]) => {
      if (disposed || !box.current) return;
      echarts.use([charts.MapChart]);
      const name = mapNameOf(geometry);
      if (!echarts.getMap(name)) echarts.registerMap(name, geometry.geojson as never);
      const byCode = new Map(props.wards.map((w) => [w.code, w]));
      const { chart, dispose: undraw } = drawChart(echarts, box.current, {
        animation: false,
        // Drawn on the canvas as plain text (the CSP refuses the HTML tooltip's inline styles).
        tooltip: {
          ...tooltip('item'),
          formatter: (p: { name: string }) => {
            const w = byCode.get(p.name);
            if (!w) return '';
            const label = RAG_LABELS[asStatus(w.status)];
            return `${w.name}\n${label.symbol} ${label.word}: ${figureOf(w)}\n${w.label}`;
          },
        },
        series: [
          {
            type: 'map',
            map: name,
            nameProperty: 'code',
            // Hexagons are drawn square-on; real boundaries are longitude and latitude at about 52° north.
            aspectScale: geometry.kind === 'hex' ? 1 : 0.62,
            roam: false,
            selectedMode: false,
            label: {
              show: true,
              color: '#ffffff',
              fontSize: geometry.kind === 'hex' ? 16 : 11,
              formatter: (p: { name: string }) =>
                RAG_LABELS[asStatus(byCode.get(p.name)?.status ?? 'no-data')].symbol,
            },
            itemStyle: { borderColor: '#ffffff', borderWidth: 1.5, areaColor: RAG_COLOURS['no-data'] },
            emphasis: {
              label: { show: true, color: '#ffffff' },
              itemStyle: { borderColor: '#0b0c0c', borderWidth: 3 },
            },
            data: props.wards.map((w) => ({
              name: w.code,
              value: w.value,
              itemStyle: { areaColor: RAG_COLOURS[asStatus(w.status)] },
              emphasis: { itemStyle: { areaColor: RAG_COLOURS[asStatus(w.status)] } },
            })),
          },
        ],
      });
      chart.on('click', (p) => {
        const code = (p as { name?: string }).name;
        if (code)
          void navigate(
            `/app/measures/${encodeURIComponent(props.measureCode)}${query({ period: props.period, ward: code })}`,
          );
      });
      dispose = undraw;
      setDrawn(true);
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [geometry, props.wards, props.measureCode, props.period, navigate]);
  return (
    <div
      className="ward-map__canvas"
      ref={box}
      style={{ height: props.height ?? 360 }}
      aria-hidden="true"
      data-chart={drawn ? 'drawn' : 'loading'}
    />
  );
}

export function WardKey({ wards }: { wards: WardMapWard[] }) {
  const counts = new Map<RagStatus, number>();
  for (const w of wards) counts.set(asStatus(w.status), (counts.get(asStatus(w.status)) ?? 0) + 1);
  return (
    <ul className="ward-map__key" aria-label="Key">
      {RAG_STATUSES.filter((s) => counts.has(s)).map((s) => (
        <li key={s}>
          <StatusShape status={s} /> {RAG_LABELS[s].word} ({RAG_LABELS[s].description.toLowerCase()}):{' '}
          {counts.get(s)} {counts.get(s) === 1 ? 'ward' : 'wards'}
        </li>
      ))}
    </ul>
  );
}

export function WardTable({
  wards,
  measureCode,
  period,
  caption,
  hideCaption = false,
}: {
  wards: WardMapWard[];
  measureCode: string;
  period?: string | undefined;
  caption: string;
  /** Where a heading above already says what the table is. */
  hideCaption?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Ward</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {wards.map((w) => (
            <tr key={w.code}>
              <th scope="row">
                <Link
                  to={`/app/measures/${encodeURIComponent(measureCode)}${query({ period, ward: w.code })}`}
                >
                  {w.name}
                </Link>
              </th>
              <td className="num">{figureOf(w)}</td>
              <td>
                <StatusBadge status={asStatus(w.status)} sentence={w.label} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WardMap(props: WardMapProps) {
  const fetched = useWardGeometry(props.geometry);
  const geometry = props.geometry ?? fetched.data ?? null;
  const what = props.title ?? props.measureCode;
  return (
    <figure className="ward-map">
      {geometry ? (
        <MapCanvas geometry={geometry} props={props} />
      ) : (
        <p role="status">Loading the ward map…</p>
      )}
      <figcaption className="ward-map__caption">
        {what}: each ward coloured by its status, with the status’s shape on it.{' '}
        {geometry ? geometry.source : ''}
      </figcaption>
      <WardKey wards={props.wards} />
      <details>
        <summary>
          Show the wards as a table<span className="visually-hidden">: {what}</span>
        </summary>
        <WardTable
          wards={props.wards}
          measureCode={props.measureCode}
          period={props.period}
          caption={`${what}, by ward`}
        />
      </details>
    </figure>
  );
}
