/** ECharts, fetched once, the first time a page with charts is opened: pages without charts never load it. */
export type ECharts = (typeof import('@charts/echarts-setup.js'))['echarts'];

let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= import('@charts/echarts-setup.js').then((m) => m.echarts);
  return loading;
}
