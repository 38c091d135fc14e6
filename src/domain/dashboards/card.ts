/**
 * A dashboard is data: a title, the unit that owns it, what it is about (a strategy item or an
 * organisation unit) and its cards on a grid. Thematic and service dashboards are generated from
 * the golden thread; a saved version replaces the generated one for everybody.
 */

export const CARD_KINDS = [
  'headline',
  'trend',
  'spc',
  'comparators',
  'ward-map',
  'ward-table',
  'status-counts',
  'actions',
  'risks',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  headline: 'Headline figure with sparkline',
  trend: 'Trend with target',
  spc: 'Statistical process control chart',
  comparators: 'Comparison with other areas',
  'ward-map': 'Ward map',
  'ward-table': 'Ward table',
  'status-counts': 'Measures by status',
  actions: 'Actions',
  risks: 'Risk heat map',
};

/** Cards about one measure; the others are about the dashboard's scope (or a strategy item). */
export const MEASURE_CARD_KINDS: ReadonlySet<CardKind> = new Set([
  'headline',
  'trend',
  'spc',
  'comparators',
  'ward-map',
  'ward-table',
]);

/** Cards that need the measure's figures by ward. */
export const WARD_CARD_KINDS: ReadonlySet<CardKind> = new Set(['ward-map', 'ward-table']);

/** Cards that may be judged for one ward rather than the whole authority. */
export const AREA_CARD_KINDS: ReadonlySet<CardKind> = new Set(['headline', 'trend', 'spc']);

/** The grid is four columns wide and grows downward as cards are added. */
export const GRID_COLUMNS = 4;
export const MAX_CARD_HEIGHT = 3;
/** Enough for a thorough dashboard; more would be two dashboards (and a slow page). */
export const MAX_CARDS = 40;
export const MAX_TITLE_LENGTH = 120;

export interface CardPlace {
  /** 0-based column and row of the card's top-left cell. */
  column: number;
  row: number;
  /** In grid cells. */
  width: number;
  height: number;
}

export interface Card extends CardPlace {
  /** Unique within its dashboard. */
  id: string;
  kind: CardKind;
  /** The measure's code, for measure cards. */
  measureId: string | null;
  /** A ward's GSS code, for a headline, trend or SPC card judged for one ward; else the authority. */
  areaCode: string | null;
  /** For status counts, actions and risks: a strategy item narrower than the dashboard's scope. */
  strategyItemId: string | null;
  /** Replaces the card's own title, which is the measure's. */
  title: string | null;
}

export type DashboardScope = { kind: 'strategy-item'; id: string } | { kind: 'org-unit'; id: string };

export interface Dashboard {
  /** Stable: generated ones are named after what they are about ("objective-OB-ECO-JOBS"). */
  id: string;
  title: string;
  ownerOrgUnitId: string | null;
  scope: DashboardScope;
  cards: Card[];
}

/** A dashboard as saved: which version, by whom and when. Generated ones have version 0. */
export interface DashboardVersion extends Dashboard {
  version: number;
  changedBy: string | null;
  changedAt: string | null;
}

export function isCardKind(text: string): text is CardKind {
  return (CARD_KINDS as readonly string[]).includes(text);
}
