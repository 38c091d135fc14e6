import { describe, expect, it } from 'vitest';
import { UserError } from '../domain/errors.js';
import { RAG_COLOURS } from './palette.js';
import { nonJsonPaths } from './plain-json.js';
import { riskHeatMapChart } from './risk-heat-map.js';
import { sparklineChart } from './sparkline.js';
import { statusCountsChart } from './status-counts.js';
import { wardBarChart } from './ward-bar.js';

type Series = { data: unknown[] };
const firstSeries = (option: Record<string, unknown>) => (option['series'] as Series[])[0]!;

describe('sparklineChart', () => {
  const spec = sparklineChart({
    values: [10, null, 12.345, 11],
    labels: ['Q1', 'Q2', 'Q3', 'Q4'],
    unit: 'days',
    decimals: 1,
  });

  it('draws a line without axes, keeping a missing figure as a gap and marking the latest point', () => {
    expect(nonJsonPaths(spec.option)).toEqual([]);
    expect((spec.option['xAxis'] as { show: boolean }).show).toBe(false);
    expect((spec.option['yAxis'] as { show: boolean }).show).toBe(false);
    expect(firstSeries(spec.option).data).toEqual([
      10,
      null,
      12.345,
      { value: 11, symbol: 'circle', symbolSize: 5 },
    ]);
  });

  it('gives the figures as a table and a sentence', () => {
    expect(spec.table.rows).toEqual([
      ['Q1', '10.0 days'],
      ['Q2', null],
      ['Q3', '12.3 days'],
      ['Q4', '11.0 days'],
    ]);
    expect(spec.description).toBe(
      'Recent figures: from 10.0 days in Q1 to 11.0 days in Q4; highest 12.3 days, lowest 10.0 days.',
    );
  });
});

describe('statusCountsChart', () => {
  const spec = statusCountsChart({
    title: 'Measures by status',
    counts: { green: 12, amber: 0, red: 3, overdue: 2 },
  });

  it('puts the status word on the axis for green, amber, red and any other status that occurs', () => {
    expect((spec.option['xAxis'] as { data: string[] }).data).toEqual(['Green', 'Amber', 'Red', 'Overdue']);
    const bars = firstSeries(spec.option).data as { value: number; itemStyle: { color: string } }[];
    expect(bars.map((b) => b.value)).toEqual([12, 0, 3, 2]);
    expect(bars[2]!.itemStyle.color).toBe(RAG_COLOURS.red);
    expect(nonJsonPaths(spec.option)).toEqual([]);
  });

  it('gives the counts with symbol, word and meaning in the table, and totals them in the text', () => {
    expect(spec.table.rows[0]).toEqual(['● Green', 'On target', 12]);
    expect(spec.table.rows).toHaveLength(4);
    expect(spec.description).toBe('Measures by status: 17 measures; 12 green, 3 red and 2 overdue.');
  });
});

describe('riskHeatMapChart', () => {
  const risks = [
    { id: 'R1', title: 'Cyber attack', likelihood: 4, impact: 5 },
    { id: 'R2', title: 'Budget gap', likelihood: 4, impact: 5 },
    { id: 'R3', title: 'Staff turnover', likelihood: 2, impact: 2 },
  ];
  const spec = riskHeatMapChart({ title: 'Corporate risks', risks });

  it('counts risks in each likelihood and impact cell, highest impact first in the table', () => {
    expect(spec.table.columns[0]).toBe('Impact');
    expect(spec.table.rows[0]).toEqual(['5 Severe', 0, 0, 0, 2, 0]);
    expect(spec.table.rows[3]).toEqual(['2 Minor', 0, 1, 0, 0, 0]);
    const cells = firstSeries(spec.option).data as { value: number[]; label: { formatter: string } }[];
    expect(cells).toHaveLength(25);
    expect(cells.find((c) => c.value[0] === 3 && c.value[1] === 4)!.label.formatter).toBe(
      '{n|2}\n{b|Very high}',
    );
    expect(nonJsonPaths(spec.option)).toEqual([]);
  });

  it('describes the risks by band and the fullest cell', () => {
    expect(spec.description).toBe(
      'Corporate risks: 3 risks by likelihood and impact; 1 low, 2 very high. Most in one cell: 2 with likelihood 4 (Likely) and impact 5 (Severe).',
    );
  });

  it('refuses a likelihood off the 1 to 5 scale, naming the risk', () => {
    expect(() =>
      riskHeatMapChart({ title: 'x', risks: [{ id: 'R9', title: 'Flood', likelihood: 6, impact: 2 }] }),
    ).toThrow(UserError);
    expect(() =>
      riskHeatMapChart({ title: 'x', risks: [{ id: 'R9', title: 'Flood', likelihood: 6, impact: 2 }] }),
    ).toThrow(/R9.*Flood.*1 to 5/);
  });
});

describe('wardBarChart', () => {
  const spec = wardBarChart({
    title: 'Employment rate',
    unit: 'percent',
    decimals: 1,
    authority: { name: 'Wolverhampton', value: 68 },
    wards: [
      { code: 'E05001321', name: 'Bilston East', value: 61.5, status: 'red' },
      { code: 'E05001322', name: 'Blakenhall', value: null },
      { code: 'E05001323', name: 'Tettenhall Regis', value: 79.25, status: 'green' },
      { code: 'E05001324', name: 'Park', value: 70, status: 'amber' },
    ],
  });

  it('ranks wards highest first, with missing figures last and unranked', () => {
    expect(spec.table.rows).toEqual([
      [1, 'Tettenhall Regis', 'E05001323', '79.3%', 'Green'],
      [2, 'Park', 'E05001324', '70.0%', 'Amber'],
      [3, 'Bilston East', 'E05001321', '61.5%', 'Red'],
      [null, 'Blakenhall', 'E05001322', null, null],
    ]);
  });

  it('writes each status word beside its bar and draws the authority line', () => {
    const bars = firstSeries(spec.option).data as { value: number | null; label: { formatter: string } }[];
    expect(bars.map((b) => b.label.formatter)).toEqual([
      '79.3%  Green',
      '70.0%  Amber',
      '61.5%  Red',
      'No figure',
    ]);
    expect(bars[3]!.value).toBeNull();
    expect(nonJsonPaths(spec.option)).toEqual([]);
    expect(spec.description).toBe(
      'Employment rate: 4 wards, highest Tettenhall Regis (79.3%), lowest Bilston East (61.5%). 2 wards are above Wolverhampton (68%). 1 ward has no figure.',
    );
  });
});
