import { describe, expect, it } from 'vitest';
import { xmr } from '../domain/spc/index.js';
import { benchmarkChart } from './benchmark.js';
import { SPECIAL_CAUSE_STYLES } from './palette.js';
import { nonJsonPaths } from './plain-json.js';
import { renderChartSvg } from './render-svg.js';
import { riskHeatMapChart } from './risk-heat-map.js';
import { spcChart } from './spc.js';
import { statusCountsChart } from './status-counts.js';

/** Like the demo council's monthly figures: three years, steady, then a step up in the third. */
const demo = Array.from({ length: 36 }, (_, i) => {
  const seasonal = [1.2, -0.8, 0.4, -1.1, 0.9, -0.3, 0.6, -0.9, 1.1, -0.4, 0.2, -0.6][i % 12]!;
  return i === 7 ? null : Math.round((72 + seasonal + (i >= 26 ? 6 : 0)) * 10) / 10;
});
const labels = demo.map(
  (_, i) =>
    `${['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'][i % 12]} ${2015 + Math.floor((i + 9) / 12)}`,
);

/** How many drawn shapes are filled with a colour (ECharts writes fills as given). */
function fills(svg: string, colour: string): number {
  return svg.split(`fill="${colour}"`).length - 1;
}

describe('renderChartSvg', () => {
  it('renders a demo-like XmR chart with one mark per special-cause point, plus its legend key', () => {
    const chart = xmr(demo, { improvement: 'increase', target: 75 });
    const improving = chart.points.filter((p) => p.specialCause === 'improvement').length;
    const concerning = chart.points.filter((p) => p.specialCause === 'concern').length;
    expect(improving).toBeGreaterThan(0);
    const spec = spcChart({
      title: 'Calls answered within 20 seconds',
      unit: 'percent',
      decimals: 1,
      chart,
      labels,
      polarity: 'higher-better',
      target: 75,
    });
    expect(nonJsonPaths(spec.option)).toEqual([]);
    const svg = renderChartSvg(spec, { width: 640, height: 360 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>Calls answered within 20 seconds<');
    expect(fills(svg, SPECIAL_CAUSE_STYLES.improvement.colour)).toBe(improving + 1);
    expect(fills(svg, SPECIAL_CAUSE_STYLES.concern.colour)).toBe(concerning === 0 ? 0 : concerning + 1);
  });

  it('carries the title and text alternative inside the SVG, escaped', () => {
    const spec = statusCountsChart({ title: 'Adults & children', counts: { green: 3, red: 1 } });
    const svg = renderChartSvg(spec, { width: 400, height: 240 });
    expect(svg).toMatch(
      /^<svg[^>]* role="img"><title>Adults &amp; children<\/title><desc>Adults &amp; children: 4 measures; 3 green and 1 red\.<\/desc>/,
    );
    expect(svg).toContain('>Green<');
    expect(svg).toContain('>Red<');
  });

  it('renders a benchmark chart with its bars, whiskers and benchmark label', () => {
    const spec = benchmarkChart({
      title: 'Adults who smoke',
      unit: 'percent',
      decimals: 1,
      benchmark: { name: 'England', value: 14.4 },
      bars: [
        {
          name: 'Wolverhampton',
          value: 17.2,
          lower: 15.1,
          upper: 19.4,
          comparison: 'worse',
          highlight: true,
        },
        { name: 'Dudley', value: 12.1, lower: 10.4, upper: 13.8, comparison: 'better' },
      ],
    });
    const svg = renderChartSvg(spec, { width: 600, height: 300 });
    expect(svg).toContain('England 14.4%');
    expect(svg).toContain('17.2%  Worse');
  });

  it('renders the risk heat map with the count and band word in a cell', () => {
    const svg = renderChartSvg(
      riskHeatMapChart({
        title: 'Corporate risks',
        risks: [{ id: 'R1', title: 'Cyber', likelihood: 5, impact: 5 }],
      }),
      { width: 600, height: 400 },
    );
    expect(svg).toContain('>Very high<');
    expect(svg).toContain('>1<');
  });

  it('refuses a size that is not positive', () => {
    const spec = statusCountsChart({ title: 'x', counts: {} });
    expect(() => renderChartSvg(spec, { width: 0, height: 100 })).toThrow(RangeError);
  });
});

describe('nonJsonPaths', () => {
  it('finds NaN, Infinity, undefined and functions wherever they hide', () => {
    expect(
      nonJsonPaths({ a: [1, Number.NaN], b: { c: undefined, d: () => 1 }, e: Infinity, f: null }),
    ).toEqual([
      'option.a[1] = NaN',
      'option.b.c is undefined',
      'option.b.d is function',
      'option.e = Infinity',
    ]);
  });
});
