import { describe, expect, it } from 'vitest';
import { benchmarkChart } from './benchmark.js';
import { nonJsonPaths } from './plain-json.js';

const input = {
  title: 'Adults who smoke',
  unit: 'percent' as const,
  decimals: 1,
  benchmark: { name: 'England', value: 14.4 },
  bars: [
    { name: 'Wolverhampton', value: 17.21, lower: 15.1, upper: 19.4, comparison: 'worse', highlight: true },
    { name: 'Dudley', value: 12.1, lower: 10.4, upper: 13.8, comparison: 'better' },
    { name: 'Sandwell', value: 15, lower: 12.6, upper: 17.5, comparison: 'similar' },
    { name: 'Walsall', value: null },
  ],
};

type Series = { name: string; type: string; data: unknown[] };

describe('benchmarkChart', () => {
  it('lists each area with its value, interval and comparison', () => {
    const spec = benchmarkChart(input);
    expect(spec.table.rows).toEqual([
      ['Wolverhampton', '17.2%', '15.1%', '19.4%', 'worse'],
      ['Dudley', '12.1%', '10.4%', '13.8%', 'better'],
      ['Sandwell', '15.0%', '12.6%', '17.5%', 'similar'],
      ['Walsall', null, null, null, null],
    ]);
    expect(spec.table.caption).toContain('compared with England');
  });

  it('says how the highlighted area compares with the benchmark, and which is highest and lowest', () => {
    const { description } = benchmarkChart(input);
    expect(description).toContain('Wolverhampton is 17.2%, worse than England (14.4%)');
    expect(description).toContain('Highest Wolverhampton (17.2%); lowest Dudley (12.1%)');
  });

  it('writes the comparison word on each bar and draws a whisker for each interval', () => {
    const spec = benchmarkChart(input);
    expect(nonJsonPaths(spec.option)).toEqual([]);
    const series = spec.option['series'] as Series[];
    const bars = series[0]!.data as { value: number | null; label: { formatter: string } }[];
    expect(bars.map((b) => b.label.formatter)).toEqual([
      '17.2%  Worse',
      '12.1%  Better',
      '15.0%  Similar',
      '',
    ]);
    expect(bars[3]!.value).toBeNull();
    const caps = series.find((s) => s.type === 'scatter')!;
    expect(caps.data).toHaveLength(6);
  });

  it('puts the benchmark line at its value and names the area without a figure', () => {
    const spec = benchmarkChart(input);
    const bar = (spec.option['series'] as { markLine: { data: { xAxis: number }[] } }[])[0]!;
    expect(bar.markLine.data).toEqual([{ xAxis: 14.4 }]);
    const axis = spec.option['yAxis'] as { data: unknown[] };
    expect(axis.data[3]).toBe('Walsall (no figure)');
    expect(axis.data[0]).toMatchObject({ value: 'Wolverhampton', textStyle: { fontWeight: 'bold' } });
  });
});
