/**
 * Chart specifications shared by the web app, the public site and the reports. The builders are
 * pure and import no ECharts code: each returns a plain JSON option with its text and table
 * alternatives. Draw one with `renderChartSvg` (server, ./render-svg.js) or the `echarts` of
 * ./echarts-setup.js (browser).
 */
export { trendChart } from './trend.js';
export type { TrendInput, TrendPoint, TrendTarget } from './trend.js';
export { spcChart } from './spc.js';
export type { SpcInput } from './spc.js';
export { benchmarkChart } from './benchmark.js';
export type { BenchmarkBar, BenchmarkInput } from './benchmark.js';
export { funnelChart } from './funnel.js';
export type { FunnelInput, FunnelLimit, FunnelPoint } from './funnel.js';
export { sparklineChart } from './sparkline.js';
export type { SparklineInput } from './sparkline.js';
export { statusCountsChart } from './status-counts.js';
export type { StatusCountsInput } from './status-counts.js';
export { IMPACT_WORDS, LIKELIHOOD_WORDS, riskBand, riskHeatMapChart } from './risk-heat-map.js';
export type { HeatMapRisk, RiskHeatMapInput } from './risk-heat-map.js';
export { wardBarChart } from './ward-bar.js';
export type { WardBarInput, WardFigure } from './ward-bar.js';
export {
  COMPARISON_COLOURS,
  PALETTE,
  RAG_COLOURS,
  RAG_SYMBOLS,
  SPECIAL_CAUSE_STYLES,
  contrastRatio,
} from './palette.js';
export type { MarkStyle } from './palette.js';
export type { ChartFigures, ChartOption, ChartSize, ChartSpec, ChartTable } from './types.js';
