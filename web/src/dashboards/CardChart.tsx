/**
 * A card's chart: drawn by ECharts from the shared chart specification the server sent, with its
 * text alternative and its figures as a table one click away. Smaller than the measure page's
 * chart, without the download buttons, so that twenty of them draw at once.
 */
import type { ChartSpec } from '@charts/types.js';
import { useEffect, useRef, useState } from 'react';
import { ChartTable } from '../charts/ChartTable.js';
import { drawChart } from '../charts/draw-chart.js';
import { loadECharts } from '../charts/load-echarts.js';

export function CardChart({ spec, height }: { spec: ChartSpec; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => undefined as void;
    void loadECharts().then((echarts) => {
      if (disposed || !box.current) return;
      // The card's heading already names the chart; its own title would take a third of a small card.
      dispose = drawChart(echarts, box.current, { ...spec.option, title: { show: false } }).dispose;
      setDrawn(true);
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [spec]);
  return (
    <div className="dash-chart" data-chart={drawn ? 'drawn' : 'loading'}>
      <div className="dash-chart__canvas" ref={box} style={{ height }} aria-hidden="true" />
      <details className="dash-chart__about">
        <summary>
          About this chart<span className="visually-hidden">: {spec.title}</span>
        </summary>
        <p>{spec.description}</p>
        <ChartTable spec={spec} compact />
      </details>
    </div>
  );
}
