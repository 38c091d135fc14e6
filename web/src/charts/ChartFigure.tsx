/**
 * A chart drawn by ECharts from a shared chart specification, with its text alternative beside
 * it, its figures as a table, and downloads: the picture as PNG or SVG, the figures as CSV.
 * ECharts is loaded the first time a chart is drawn, so pages without charts never fetch it.
 */
import type { ChartSpec } from '@charts/types.js';
import { useEffect, useRef, useState } from 'react';
import { fileNameOf, saveCsv, saveDataUrl, saveText } from './download.js';

import { loadECharts, type ECharts } from './load-echarts.js';

export { loadECharts };

export function ChartFigure({
  spec,
  fileName,
  height = 320,
}: {
  spec: ChartSpec;
  fileName: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<ECharts['init']> | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void loadECharts().then((echarts) => {
      if (disposed || !box.current) return;
      // Canvas on screen: the SVG renderer writes style attributes, which the page's CSP refuses.
      const instance = echarts.init(box.current, null, { renderer: 'canvas' });
      instance.setOption(spec.option);
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
      setDrawn(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [spec]);

  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) saveDataUrl(url, `${fileName}.png`);
  };
  const svg = async () => {
    const echarts = await loadECharts();
    const width = box.current?.clientWidth || 800;
    const offscreen = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    offscreen.setOption({ ...spec.option, animation: false });
    const text = offscreen.renderToSVGString();
    offscreen.dispose();
    saveText(text, 'image/svg+xml', `${fileName}.svg`);
  };

  return (
    <figure className="chart-figure" data-chart={drawn ? 'drawn' : 'loading'}>
      <figcaption>{spec.title}</figcaption>
      <p className="chart-description">{spec.description}</p>
      <div className="chart" ref={box} style={{ height }} aria-hidden="true" />
      <details>
        <summary>Show the figures as a table</summary>
        <div className="table-wrap">
          <table className="table">
            <caption>{spec.table.caption}</caption>
            <thead>
              <tr>
                {spec.table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell ?? '—'}
                      </th>
                    ) : (
                      <td key={j}>{cell ?? '—'}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <div className="chart-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={png}
          disabled={!drawn}
        >
          Download picture (PNG)<span className="visually-hidden">: {spec.title}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void svg()}
          disabled={!drawn}
        >
          Download picture (SVG)<span className="visually-hidden">: {spec.title}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => saveCsv(`${fileNameOf(fileName)}.csv`, spec.table.columns, spec.table.rows)}
        >
          Download figures (CSV)<span className="visually-hidden">: {spec.title}</span>
        </button>
      </div>
    </figure>
  );
}
