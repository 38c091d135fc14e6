/**
 * Draws an ECharts option into an element on a canvas, and redraws it when the element's size
 * really changes. A ResizeObserver reports every element once as soon as it is observed; redrawing
 * then would draw each chart twice, so sizes the chart already has are ignored.
 */
import type { ECharts } from './load-echarts.js';

export type Chart = ReturnType<ECharts['init']>;

export function drawChart(
  echarts: ECharts,
  element: HTMLElement,
  option: Record<string, unknown>,
): { chart: Chart; dispose: () => void } {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption(option);
  let width = element.clientWidth;
  let height = element.clientHeight;
  const observer = new ResizeObserver(([entry]) => {
    const size = entry?.contentRect;
    if (chart.isDisposed() || !size) return;
    const w = Math.round(size.width);
    const h = Math.round(size.height);
    // A chart squeezed to nothing (as a page is re-laid out) has no room to draw in: wait for a real size.
    if ((w === width && h === height) || w < 20 || h < 20) return;
    width = w;
    height = h;
    chart.resize();
  });
  observer.observe(element);
  return {
    chart,
    dispose: () => {
      observer.disconnect();
      chart.dispose();
    },
  };
}
