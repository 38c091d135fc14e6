/**
 * A card's chart: drawn by ECharts from the shared chart specification the server sent, with its
 * text alternative and its figures as a table one click away. Smaller than the measure page's
 * chart, without the download buttons, so that twenty of them draw at once.
 */
import type { ChartSpec } from '@charts/types.js';
import { useEffect, useRef, useState } from 'react';
import { loadECharts } from '../charts/ChartFigure.js';

export function ChartTable({ spec }: { spec: ChartSpec }) {
  return (
    <div className="table-wrap">
      <table className="table table--compact">
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
  );
}

export function CardChart({
  spec,
  height,
  compact = false,
}: {
  spec: ChartSpec;
  height: number;
  compact?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => undefined as void;
    void loadECharts().then((echarts) => {
      if (disposed || !box.current) return;
      const chart = echarts.init(box.current, null, { renderer: 'canvas' });
      // The card's heading already names the chart; its own title would take a third of a small card.
      chart.setOption({ ...spec.option, title: { show: false } });
      const observer = new ResizeObserver(() => {
        if (!chart.isDisposed()) chart.resize();
      });
      observer.observe(box.current);
      dispose = () => {
        observer.disconnect();
        chart.dispose();
      };
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
      {compact ? (
        <p className="visually-hidden">{spec.description}</p>
      ) : (
        <details className="dash-chart__about">
          <summary>
            About this chart<span className="visually-hidden">: {spec.title}</span>
          </summary>
          <p>{spec.description}</p>
          <ChartTable spec={spec} />
        </details>
      )}
    </div>
  );
}
