/**
 * The demo council's areas: England, its regions, the City of Wolverhampton, its 20 wards (2013
 * boundaries) and the nearest-neighbour authorities it is benchmarked against. Codes and names are
 * ONS GSS codes; populations and deprivation are rounded demo weights, not published statistics.
 */
import { ENGLAND, type Area, type AreaGroup } from '../domain/area.js';

export const AUTHORITY_CODE = 'E08000031';
export const WEST_MIDLANDS = 'E12000005';
export const NEAREST_NEIGHBOURS_GROUP = 'NN-CIPFA';
export const REGION_GROUP = 'REG-WM';

const REGIONS: Record<string, string> = {
  E12000001: 'North East',
  E12000002: 'North West',
  E12000004: 'East Midlands',
  [WEST_MIDLANDS]: 'West Midlands',
};

export interface DemoWard {
  code: string;
  name: string;
  /** Approximate residents, used to share out authority figures. */
  population: number;
  /** 0 (least deprived) to 1 (most deprived): shapes how need falls across the city. */
  deprivation: number;
}

export const WARDS: readonly DemoWard[] = [
  { code: 'E05001321', name: 'Bilston East', population: 14100, deprivation: 0.92 },
  { code: 'E05001322', name: 'Bilston North', population: 12800, deprivation: 0.66 },
  { code: 'E05001323', name: 'Blakenhall', population: 13300, deprivation: 0.74 },
  { code: 'E05001324', name: 'Bushbury North', population: 11400, deprivation: 0.42 },
  { code: 'E05001325', name: 'Bushbury South and Low Hill', population: 13900, deprivation: 0.88 },
  { code: 'E05001326', name: 'East Park', population: 12700, deprivation: 0.86 },
  { code: 'E05001327', name: 'Ettingshall', population: 14600, deprivation: 0.94 },
  { code: 'E05001328', name: 'Fallings Park', population: 12300, deprivation: 0.55 },
  { code: 'E05001329', name: 'Graiseley', population: 12900, deprivation: 0.61 },
  { code: 'E05001330', name: 'Heath Town', population: 13400, deprivation: 0.9 },
  { code: 'E05001331', name: 'Merry Hill', population: 11900, deprivation: 0.34 },
  { code: 'E05001332', name: 'Oxley', population: 12500, deprivation: 0.56 },
  { code: 'E05001333', name: 'Park', population: 12600, deprivation: 0.48 },
  { code: 'E05001334', name: 'Penn', population: 12200, deprivation: 0.24 },
  { code: 'E05001335', name: "St Peter's", population: 14200, deprivation: 0.84 },
  { code: 'E05001336', name: 'Spring Vale', population: 12400, deprivation: 0.62 },
  { code: 'E05001337', name: 'Tettenhall Regis', population: 11800, deprivation: 0.19 },
  { code: 'E05001338', name: 'Tettenhall Wightwick', population: 11100, deprivation: 0.1 },
  { code: 'E05001339', name: 'Wednesfield North', population: 11700, deprivation: 0.39 },
  { code: 'E05001340', name: 'Wednesfield South', population: 12200, deprivation: 0.51 },
];

export interface Comparator {
  code: string;
  name: string;
  region: string;
  /** Approximate residents, used to scale counts and denominators. */
  population: number;
}

/** CIPFA-style nearest neighbours: metropolitan and unitary authorities with similar need. */
export const NEIGHBOURS: readonly Comparator[] = [
  { code: 'E08000028', name: 'Sandwell', region: WEST_MIDLANDS, population: 317000 },
  { code: 'E08000030', name: 'Walsall', region: WEST_MIDLANDS, population: 274000 },
  { code: 'E08000027', name: 'Dudley', region: WEST_MIDLANDS, population: 316000 },
  { code: 'E08000026', name: 'Coventry', region: WEST_MIDLANDS, population: 345000 },
  { code: 'E06000021', name: 'Stoke-on-Trent', region: WEST_MIDLANDS, population: 251000 },
  { code: 'E08000001', name: 'Bolton', region: 'E12000002', population: 281000 },
  { code: 'E08000004', name: 'Oldham', region: 'E12000002', population: 230000 },
  { code: 'E08000005', name: 'Rochdale', region: 'E12000002', population: 214000 },
  { code: 'E08000008', name: 'Tameside', region: 'E12000002', population: 221000 },
  { code: 'E08000006', name: 'Salford', region: 'E12000002', population: 242000 },
  { code: 'E06000015', name: 'Derby', region: 'E12000004', population: 254000 },
  { code: 'E06000018', name: 'Nottingham', region: 'E12000004', population: 318000 },
  { code: 'E06000016', name: 'Leicester', region: 'E12000004', population: 342000 },
  { code: 'E08000024', name: 'Sunderland', region: 'E12000001', population: 277000 },
  { code: 'E08000037', name: 'Gateshead', region: 'E12000001', population: 201000 },
];

export const AUTHORITY_POPULATION = WARDS.reduce((total, ward) => total + ward.population, 0);
export const ENGLAND_POPULATION = 54_800_000;
export const WEST_MIDLANDS_POPULATION = 5_750_000;

/** Every area the demo's figures refer to, parents before children. */
export function buildAreas(): Area[] {
  const areas: Area[] = [{ code: ENGLAND, name: 'England', kind: 'country', parentCode: null }];
  for (const [code, name] of Object.entries(REGIONS).sort(([a], [b]) => a.localeCompare(b))) {
    areas.push({ code, name, kind: 'region', parentCode: ENGLAND });
  }
  areas.push({
    code: AUTHORITY_CODE,
    name: 'City of Wolverhampton',
    kind: 'authority',
    parentCode: WEST_MIDLANDS,
  });
  for (const n of NEIGHBOURS)
    areas.push({ code: n.code, name: n.name, kind: 'authority', parentCode: n.region });
  for (const w of WARDS) areas.push({ code: w.code, name: w.name, kind: 'ward', parentCode: AUTHORITY_CODE });
  return areas;
}

export function buildAreaGroups(): AreaGroup[] {
  return [
    {
      id: NEAREST_NEIGHBOURS_GROUP,
      name: 'CIPFA nearest neighbours (15)',
      kind: 'nearest-neighbours',
      memberCodes: NEIGHBOURS.map((n) => n.code),
    },
    {
      id: REGION_GROUP,
      name: 'West Midlands authorities',
      kind: 'region',
      memberCodes: [
        AUTHORITY_CODE,
        ...NEIGHBOURS.filter((n) => n.region === WEST_MIDLANDS).map((n) => n.code),
      ],
    },
  ];
}
