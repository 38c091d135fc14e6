/**
 * ECharts for the browser, with only the parts the chart builders use, drawn as SVG (crisp when
 * zoomed, and the same renderer the reports use). It weighs about 200 KB compressed, so the web
 * app should load it lazily, `const { echarts } = await import('…/charts/echarts-setup.js')`,
 * keeping it out of the initial bundle; the builders themselves import no ECharts code.
 * Draw a spec with `echarts.init(element, null, { renderer: 'svg' })` then `setOption(spec.option)`.
 */
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_PARTS } from './echarts-parts.js';

echarts.use([...CHART_PARTS, SVGRenderer]);

export { echarts };
