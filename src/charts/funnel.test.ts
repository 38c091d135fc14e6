import { describe, expect, it } from 'vitest';
import { proportionControlLimits } from '../domain/statistics/control-limits.js';
import { funnelChart } from './funnel.js';
import { nonJsonPaths } from './plain-json.js';

const points = [
  { name: 'Small', value: 30, denominator: 40 },
  { name: 'Middling', value: 21, denominator: 1000, highlight: true },
  { name: 'Large', value: 19.9, denominator: 5000 },
  { name: 'Far above', value: 35, denominator: 3000 },
  { name: 'Unknown', value: null, denominator: 500 },
];
const input = {
  title: 'Pupils eligible for free meals',
  unit: 'percent' as const,
  decimals: 1,
  benchmark: { name: 'England', value: 20 },
  points,
};

describe('funnelChart', () => {
  it('places each area against limits worked out from the benchmark', () => {
    const spec = funnelChart(input);
    expect(spec.table.columns).toEqual(['Area', 'Value', 'Denominator', 'Position in the funnel']);
    expect(spec.table.rows).toEqual([
      ['Small', '30.0%', 40, 'Within the 95% limits'],
      ['Middling', '21.0%', 1000, 'Within the 95% limits'],
      ['Large', '19.9%', 5000, 'Within the 95% limits'],
      ['Far above', '35.0%', 3000, 'Above the upper 99.8% limit'],
      ['Unknown', null, 500, 'Not placed'],
    ]);
  });

  it('draws limit lines that match the domain statistics at a given size', () => {
    const spec = funnelChart(input);
    expect(nonJsonPaths(spec.option)).toEqual([]);
    const upper95 = (spec.option['series'] as { name: string; data: [number, number][] }[])[0]!;
    expect(upper95.name).toBe('95% limits');
    const [n, upper] = upper95.data[10]!;
    expect(upper).toBeCloseTo(proportionControlLimits(0.2, n, 0.95)!.upper * 100, 9);
  });

  it('uses limits given by the caller, interpolating between them', () => {
    const limits = [
      { n: 0, lower95: 10, upper95: 30, lower998: 5, upper998: 35 },
      { n: 2000, lower95: 16, upper95: 24, lower998: 14, upper998: 26 },
    ];
    const spec = funnelChart({
      ...input,
      unit: 'number',
      limits,
      points: [{ name: 'A', value: 26, denominator: 1000 }],
    });
    // At 1,000 the upper 95% limit is 27 and the 99.8% limit 30.5.
    expect(spec.table.rows[0]![3]).toBe('Within the 95% limits');
    const above = funnelChart({
      ...input,
      unit: 'number',
      limits,
      points: [{ name: 'A', value: 28, denominator: 1000 }],
    });
    expect(above.table.rows[0]![3]).toBe('Above the upper 95% limit');
  });

  it('names the areas outside the limits and where the highlighted one lies', () => {
    const { description } = funnelChart(input);
    expect(description).toContain('5 areas plotted against their size, with England at 20%');
    expect(description).toContain('1 area outside the 95% limits: Far above');
    expect(description).toContain('Middling: 21.0%, within the 95% limits');
  });

  it('says so when no limits can be worked out for the unit', () => {
    const spec = funnelChart({ ...input, unit: 'currency' });
    expect(spec.description).toContain('No control limits are available');
    expect(spec.table.rows[0]![3]).toBe('Not placed');
  });
});
