import { describe, expect, it } from 'vitest';
import type { Measure } from '../measure.js';
import type { OrgUnit } from '../organisation.js';
import { directorateQuality } from './directorate-quality.js';
import { measureQuality, type FigureRecord } from './measure-quality.js';

const LA = 'E08000031';
const aMeasure = (over: Partial<Measure> = {}) =>
  ({
    id: 'CP-ECO-01',
    title: 'Working-age adults in employment',
    methodology: {
      definition: 'Share of residents aged 16–64 in employment',
      numerator: 'Residents aged 16–64 in employment',
      denominator: 'Residents aged 16–64',
      sourceSystem: 'ONS Annual Population Survey',
      calculation: 'numerator / denominator × 100',
      caveats: 'Survey estimate',
    },
    frequency: 'quarterly',
    yearKind: 'financial',
    dueLagDays: 45,
    orgUnitId: 'D',
    ...over,
  }) as Measure;
const figure = (period: string, firstRecordedAt: string, over: Partial<FigureRecord> = {}): FigureRecord => ({
  period,
  areaCode: LA,
  qualityFlag: null,
  firstRecordedAt,
  lastRecordedAt: firstRecordedAt,
  ...over,
});

// On 2016-12-01 the quarters fallen due (45 days' lag) are 2016/17-Q2 (due 14 Nov), Q1, 2015/16-Q4 and Q3.
const TODAY = '2016-12-01';

describe('the data quality of a measure', () => {
  it('counts completeness over the figures fallen due and timeliness over those that came', () => {
    const quality = measureQuality(
      aMeasure(),
      [
        figure('2016/17-Q2', '2016-11-20T10:00:00Z'), // six days late
        figure('2016/17-Q1', '2016-08-10T10:00:00Z'),
        figure('2015/16-Q3', '2016-02-01T10:00:00Z', { qualityFlag: 'suspect' }),
        figure('2016/17-Q1', '2016-08-11T10:00:00Z', {
          areaCode: 'E05001321',
          lastRecordedAt: '2016-11-30T09:00:00Z',
        }),
      ],
      LA,
      TODAY,
    );
    expect(quality).toMatchObject({
      expected: 4,
      received: 3,
      onTime: 2,
      completeness: 0.75,
      timeliness: 2 / 3,
      figures: 4,
      flagged: 1,
      warningShare: 0.25,
      methodologyMissing: [],
      methodologyCompleteness: 1,
      lastUpdated: '2016-11-30T09:00:00Z',
    });
  });

  it('names the empty methodology fields and gives no shares where there is nothing to count', () => {
    const bare = aMeasure({
      methodology: {
        definition: 'Residents in work',
        numerator: null,
        denominator: ' ',
        sourceSystem: null,
        calculation: 'n / d',
        caveats: null,
      },
    });
    const quality = measureQuality(bare, [], LA, TODAY);
    expect(quality.methodologyMissing).toEqual(['numerator', 'denominator', 'sourceSystem', 'caveats']);
    expect(quality.methodologyCompleteness).toBeCloseTo(2 / 6, 10);
    expect(quality).toMatchObject({
      completeness: 0,
      timeliness: null,
      warningShare: null,
      lastUpdated: null,
    });
  });
});

describe('data quality by directorate', () => {
  it('adds the counts of the measures in each directorate, including those of its services', () => {
    const units: OrgUnit[] = [
      { id: 'C', kind: 'council', name: 'Council', parentId: null },
      { id: 'D', kind: 'directorate', name: 'Place', parentId: 'C' },
      { id: 'S', kind: 'service', name: 'Housing', parentId: 'D' },
    ];
    const a = measureQuality(
      aMeasure({ id: 'A', orgUnitId: 'D' }),
      [figure('2016/17-Q2', '2016-11-01T00:00:00Z')],
      LA,
      TODAY,
    );
    const b = measureQuality(aMeasure({ id: 'B', orgUnitId: 'S' }), [], LA, TODAY);
    const c = measureQuality(aMeasure({ id: 'C', orgUnitId: 'C' }), [], LA, TODAY);
    expect(directorateQuality(units, [a, b, c])).toEqual([
      {
        directorateId: null,
        name: 'Not in a directorate',
        measures: 1,
        completeness: 0,
        timeliness: null,
        warningShare: null,
        methodologyCompleteness: 1,
        lastUpdated: null,
      },
      {
        directorateId: 'D',
        name: 'Place',
        measures: 2,
        completeness: 1 / 8,
        timeliness: 1,
        warningShare: 0,
        methodologyCompleteness: 1,
        lastUpdated: '2016-11-01T00:00:00Z',
      },
    ]);
  });
});
