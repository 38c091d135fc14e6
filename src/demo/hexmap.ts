/**
 * The demo council's hex map: the City of Wolverhampton's 20 wards (2013 boundaries) as equal
 * hexagons, placed by hand from each ward's centre so that north, south, east and west read as on
 * a street map — Tettenhall in the west, Wednesfield in the east, Bushbury North at the top.
 * Rows run south to north (r), odd rows shifted half a hexagon east.
 */
import type { HexJson } from '../domain/dashboards/hexjson.js';

export const DEMO_HEXMAP: HexJson = {
  layout: 'odd-r',
  hexes: {
    E05001331: { q: 0, r: 0, n: 'Merry Hill' },
    E05001334: { q: 1, r: 0, n: 'Penn' },
    E05001323: { q: 2, r: 0, n: 'Blakenhall' },
    E05001336: { q: 3, r: 0, n: 'Spring Vale' },
    E05001321: { q: 4, r: 0, n: 'Bilston East' },
    E05001338: { q: 0, r: 1, n: 'Tettenhall Wightwick' },
    E05001329: { q: 1, r: 1, n: 'Graiseley' },
    E05001327: { q: 2, r: 1, n: 'Ettingshall' },
    E05001326: { q: 3, r: 1, n: 'East Park' },
    E05001322: { q: 4, r: 1, n: 'Bilston North' },
    E05001337: { q: 0, r: 2, n: 'Tettenhall Regis' },
    E05001333: { q: 1, r: 2, n: 'Park' },
    E05001335: { q: 2, r: 2, n: "St Peter's" },
    E05001330: { q: 3, r: 2, n: 'Heath Town' },
    E05001340: { q: 4, r: 2, n: 'Wednesfield South' },
    E05001332: { q: 1, r: 3, n: 'Oxley' },
    E05001325: { q: 2, r: 3, n: 'Bushbury South and Low Hill' },
    E05001328: { q: 3, r: 3, n: 'Fallings Park' },
    E05001339: { q: 4, r: 3, n: 'Wednesfield North' },
    E05001324: { q: 2, r: 4, n: 'Bushbury North' },
  },
};

/** The authority whose wards the demo hex map lays out. */
export const DEMO_HEXMAP_AUTHORITY = 'E08000031';
