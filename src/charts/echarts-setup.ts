/**
 * ECharts for the browser, with only the parts the chart builders use. The web app draws on a
 * canvas: the SVG renderer writes style attributes, which the app's Content-Security-Policy
 * refuses (and twenty charts of SVG elements are slower to lay out). The SVG renderer is kept for
 * the "Download picture (SVG)" button, drawn off screen with `ssr: true`. It weighs about 220 KB
 * compressed, so the web app loads it lazily, `const { echarts } = await import('…/charts/echarts-setup.js')`,
 * keeping it out of the initial bundle; the builders themselves import no ECharts code.
 * Draw a spec with `echarts.init(element, null, { renderer: 'canvas' })` then `setOption(spec.option)`.
 */
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { CHART_PARTS } from './echarts-parts.js';

echarts.use([...CHART_PARTS, CanvasRenderer, SVGRenderer]);

export { echarts };
