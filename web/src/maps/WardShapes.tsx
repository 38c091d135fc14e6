/**
 * The ward map's shapes alone, each ward named (on hover and in the list beneath), for the
 * administrator checking what an upload drew. No figures: the dashboards colour the wards.
 */
import { PALETTE } from '@charts/palette.js';
import { tooltip } from '@charts/base.js';
import { useEffect, useRef, useState } from 'react';
import type { WardGeometry } from '../../../src/app/dashboards/types.js';
import { drawChart } from '../charts/draw-chart.js';
import { loadECharts } from '../charts/load-echarts.js';
import './ward-map.css';

export function WardShapes({ geometry }: { geometry: WardGeometry }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const names = geometry.geojson.features.map((f) => f.properties.name).sort();
  useEffect(() => {
    let disposed = false;
    let dispose = () => undefined as void;
    void Promise.all([loadECharts(), import('echarts/charts')]).then(([echarts, charts]) => {
      if (disposed || !box.current) return;
      echarts.use([charts.MapChart]);
      // A name of its own: registered maps are kept for the page's life, and this one may change.
      const name = `ward-shapes-${geometry.kind}-${geometry.source}`;
      if (!echarts.getMap(name)) echarts.registerMap(name, geometry.geojson as never);
      dispose = drawChart(echarts, box.current, {
        animation: false,
        tooltip: { ...tooltip('item'), formatter: '{b}' },
        series: [
          {
            type: 'map',
            map: name,
            aspectScale: geometry.kind === 'hex' ? 1 : 0.62,
            roam: false,
            selectedMode: false,
            // Names do not fit in a small ward: they are in the tooltip and the list beneath.
            label: { show: false },
            itemStyle: { areaColor: PALETTE.blue, borderColor: '#ffffff', borderWidth: 1.5 },
            emphasis: {
              label: { show: true, color: '#ffffff' },
              itemStyle: { areaColor: PALETTE.blue, borderColor: '#0b0c0c', borderWidth: 3 },
            },
          },
        ],
      }).dispose;
      setDrawn(true);
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [geometry]);
  return (
    <figure className="ward-map">
      <div
        className="ward-map__canvas ward-map__canvas--admin"
        ref={box}
        aria-hidden="true"
        data-chart={drawn ? 'drawn' : 'loading'}
      />
      <figcaption className="ward-map__caption">
        {geometry.source}. {names.length} wards.
      </figcaption>
      <details>
        <summary>List the wards drawn</summary>
        <ul className="ward-map__names">
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
