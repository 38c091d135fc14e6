/** Where each public page lives, under the base path the council chose ('' for the site root). */
export interface SiteLinks {
  home: string;
  plan: string;
  measures: string;
  measure: (code: string) => string;
  wards: string;
  ward: (code: string) => string;
  comparisons: string;
  search: (q?: string) => string;
  accessibility: string;
  openData: string;
  /** A download: `data('measures/CP-ECO-01', 'csv')`. */
  data: (id: string, format: 'csv' | 'csv-metadata.json' | 'json') => string;
  asset: (name: string) => string;
  /** A measure's chart as an SVG image: `chart('CP-ECO-01', 'trend')`. */
  chart: (code: string, chart: string) => string;
  api: string;
}

export function siteLinks(basePath: string): SiteLinks {
  const at = (p: string) => `${basePath}${p}`;
  return {
    home: basePath === '' ? '/' : `${basePath}/`,
    plan: at('/plan'),
    measures: at('/measures'),
    measure: (code) => at(`/measures/${encodeURIComponent(code)}`),
    wards: at('/wards'),
    ward: (code) => at(`/wards/${encodeURIComponent(code)}`),
    comparisons: at('/comparisons'),
    search: (q) => at(q === undefined ? '/search' : `/search?q=${encodeURIComponent(q)}`),
    accessibility: at('/accessibility'),
    openData: at('/open-data'),
    data: (id, format) => at(`/data/${id.split('/').map(encodeURIComponent).join('/')}.${format}`),
    asset: (name) => at(`/assets/public/${name}`),
    chart: (code, chart) => at(`/charts/measures/${encodeURIComponent(code)}/${chart}.svg`),
    api: '/api/public/v1',
  };
}
