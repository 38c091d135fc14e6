/**
 * A chart drawn by ECharts from a shared chart specification, with its text alternative beside
 * it, its figures as a table, and downloads: the picture as PNG or SVG, the figures as CSV.
 * ECharts is loaded the first time a chart is drawn, so pages without charts never fetch it.
 */
import type { ChartSpec } from '@charts/types.js';
import { useEffect, useRef, useState } from 'react';
import { ChartTable } from './ChartTable.js';
import { drawChart, type Chart } from './draw-chart.js';
import { fileNameOf, saveCsv, saveDataUrl, saveText } from './download.js';
import { loadECharts } from './load-echarts.js';

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
  const chart = useRef<Chart | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let disposed = false;
    let dispose = () => undefined as void;
    void loadECharts().then((echarts) => {
      if (disposed || !box.current) return;
      const drawing = drawChart(echarts, box.current, spec.option);
      chart.current = drawing.chart;
      dispose = drawing.dispose;
      setDrawn(true);
    });
    return () => {
      disposed = true;
      dispose();
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
        <ChartTable spec={spec} />
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
