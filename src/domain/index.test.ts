import { describe, expect, it } from 'vitest';
import * as domain from 'golden-thread/domain';

describe('the public domain entry point', () => {
  it('gives Wilson’s interval for 65 of 100 at 95% as PHE publishes it', () => {
    const result = domain.wilsonInterval(65, 100, 0.95)!;
    expect(result.lower).toBeCloseTo(0.5525444329688797, 12);
    expect(result.upper).toBeCloseTo(0.7363575175690247, 12);
  });

  it('gives Byar’s interval for 65 at 95% as PHE publishes it', () => {
    const result = domain.byarsInterval(65, 0.95)!;
    expect(result.lower).toBeCloseTo(50.163187710459454, 10);
    expect(result.upper).toBeCloseTo(82.84913854593984, 10);
  });

  it('draws the XmR chart of 1 to 10 with mean 5.5 and limits 2.84 and 8.16', () => {
    const chart = domain.xmr([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { improvement: 'increase' });
    expect(chart.mean).toBe(5.5);
    expect(chart.lowerLimit).toBeCloseTo(2.84, 10);
    expect(chart.upperLimit).toBeCloseTo(8.16, 10);
  });

  it('exports the engine, the model and the periods by name', () => {
    for (const name of [
      'rateInterval',
      'dsrInterval',
      'meanInterval',
      'compareWithBenchmark',
      'computeMeasureStatus',
      'ragStatus',
      'directionOfTravel',
      'rollUpStatus',
      'rollUpTree',
      'plainEnglishSummary',
      'combineFigures',
      'wardsToAuthority',
      'yearToDate',
      'forecastYearEnd',
      'parseFormula',
      'parsePeriod',
      'formatPeriod',
    ] as const) {
      expect(typeof domain[name]).toBe('function');
    }
    expect(domain.POLARITIES).toContain('within-band');
    expect(domain.RAG_LABELS.red.shape).toBe('square');
  });
});
