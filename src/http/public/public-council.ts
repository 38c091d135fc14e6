/**
 * For the public site's tests: a small council where some measures are unpublished, retired or
 * restricted, some figures are not approved and some are small numbers, each with a distinctive
 * value that a crawl of the public site can search for and must never find.
 */
import type { CouncilBundle } from '../../domain/council.js';
import type { MeasureValue } from '../../domain/figures.js';
import { aMeasure, aSmallCouncil, aValue } from '../../../test/factories.js';
import type { Store } from '../../store/connect.js';
import { setSuppressionRule } from '../../store/publication.js';
import { approveFirstVersions } from '../../store/signoff-bulk.js';

/** Texts that must never appear anywhere the public can reach. */
export const NEVER_PUBLIC = {
  unpublishedValue: ['91337', '91,337'],
  restrictedValue: ['82461', '82,461'],
  retiredValue: ['55555', '55,555'],
  unapprovedValue: ['73.9', '73.90'],
  suppressedDenominator: ['91919', '91,919'],
  codes: ['HID-UNPUB', 'HID-HR', 'RET-01'],
  titles: [
    'Secret unpublished measure',
    'Sickness absence secret',
    'Retired footfall measure',
    'Hidden plan on a page',
  ],
};

const WARD_A = 'E05001321';
const WARD_B = 'E05001322';
/** A third ward, so that one ward is still shown when two are withheld. */
const WARD_C = 'E05001323';

export function aPublicCouncil(): CouncilBundle {
  const base = aSmallCouncil();
  const v = (overrides: Partial<MeasureValue>) =>
    aValue({ numerator: null, denominator: null, ...overrides });
  return {
    ...base,
    areas: [
      ...base.areas,
      { code: WARD_B, name: 'Bilston North', kind: 'ward', parentCode: 'E08000031' },
      { code: WARD_C, name: 'Blakenhall', kind: 'ward', parentCode: 'E08000031' },
    ],
    strategyItems: [
      ...base.strategyItems,
      {
        id: 'POAP-1',
        kind: 'plan-on-a-page',
        title: 'Hidden plan on a page',
        description: null,
        parentId: 'OBJ-JOBS',
        ownerId: 'P1',
        orgUnitId: 'DIR-PLACE',
        startDate: null,
        endDate: null,
        rollupRule: 'worst',
        weight: 1,
      },
    ],
    measures: [
      aMeasure({ comparatorGroupId: 'NN' }),
      aMeasure({
        id: 'PUB-WARD',
        title: 'Households helped with heating',
        unit: 'number',
        aggregation: 'sum',
        decimals: 0,
        byWard: true,
        tolerance: null,
      }),
      aMeasure({ id: 'PUB-PCT', title: 'Rare condition screening rate', byWard: true }),
      aMeasure({ id: 'HID-UNPUB', title: 'Secret unpublished measure', isPublic: false }),
      aMeasure({ id: 'HID-HR', title: 'Sickness absence secret', category: 'hr' }),
      aMeasure({ id: 'RET-01', title: 'Retired footfall measure', state: 'retired' }),
    ],
    values: [
      ...base.values,
      v({ period: '2016/17-Q2', areaCode: 'E92000001', value: 70.2 }),
      v({ period: '2016/17-Q2', areaCode: 'E08000028', value: 61.3 }),
      // Entered but never approved: the public must not see it.
      v({ period: '2016/17-Q3', value: 73.9, status: 'provisional' }),
      v({ measureId: 'PUB-WARD', period: '2016/17-Q2', value: 120 }),
      v({ measureId: 'PUB-WARD', period: '2016/17-Q2', areaCode: WARD_A, value: 3 }),
      v({ measureId: 'PUB-WARD', period: '2016/17-Q2', areaCode: WARD_B, value: 48 }),
      v({ measureId: 'PUB-WARD', period: '2016/17-Q2', areaCode: WARD_C, value: 69 }),
      v({ measureId: 'PUB-PCT', period: '2016/17-Q2', value: 12.5, numerator: 250, denominator: 2000 }),
      v({
        measureId: 'PUB-PCT',
        period: '2016/17-Q2',
        areaCode: WARD_A,
        value: 0.0044,
        numerator: 4,
        denominator: 91919,
      }),
      v({
        measureId: 'PUB-PCT',
        period: '2016/17-Q2',
        areaCode: WARD_B,
        value: 10.5,
        numerator: 21,
        denominator: 200,
      }),
      v({ measureId: 'HID-UNPUB', period: '2016/17-Q2', value: 91337 }),
      v({ measureId: 'HID-HR', period: '2016/17-Q2', value: 82461 }),
      v({ measureId: 'RET-01', period: '2016/17-Q2', value: 55555 }),
    ],
  };
}

/** Approves every figure but the unapproved one, and sets the small-number rules. */
export async function signOffPublicCouncil(store: Store, bundle: CouncilBundle): Promise<void> {
  const approved = bundle.values
    .filter((v) => v.value !== 73.9)
    .map((v) => ({ measureId: v.measureId, period: v.period, areaCode: v.areaCode, version: 1 }));
  const at = '2026-01-02T00:00:00.000Z';
  await approveFirstVersions(store.db, approved, {
    checkedBy: () => 'owner@example.org',
    approvedBy: 'officer@example.org',
    at,
  });
  for (const measureId of ['PUB-WARD', 'PUB-PCT'])
    await setSuppressionRule(store.db, { measureId, suppressBelow: 5, by: 'officer@example.org', at });
}
