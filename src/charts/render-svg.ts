/**
 * A chart as an SVG string, for the reports (PDF, Word, HTML) and the public site: the same option
 * the browser draws, rendered by ECharts' server-side SVG renderer. The SVG carries the spec's
 * title and text alternative (`role="img"`, `<title>`, `<desc>`), which ECharts' own aria
 * component adds only to a browser's container.
 */
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_PARTS } from './echarts-parts.js';
import type { ChartSize, ChartSpec } from './types.js';

echarts.use([...CHART_PARTS, SVGRenderer]);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderChartSvg(spec: ChartSpec, size: ChartSize): string {
  if (!(size.width > 0 && size.height > 0)) {
    throw new RangeError(`A chart needs a positive width and height; got ${size.width} × ${size.height}.`);
  }
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  let svg: string;
  try {
    chart.setOption({ ...spec.option, animation: false });
    svg = chart.renderToSVGString();
  } finally {
    // Without dispose the chart's timers keep the process alive.
    chart.dispose();
  }
  const label = `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.description)}</desc>`;
  return svg.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => `<svg${attributes} role="img">${label}`);
}
