/**
 * What the dashboard data request answers: every card's figures, words and chart in one reply,
 * worked out on the server, so a dashboard of twenty cards is one request, not twenty.
 * The web app imports these types as they are.
 */
import type { ChartSpec } from '../../charts/types.js';
import type { CardKind, DashboardVersion } from '../../domain/dashboards/card.js';
import type { WardFeatureCollection } from '../../domain/dashboards/hexjson.js';
import type { RagStatus } from '../../domain/status/labels.js';

export interface HeadlineFigure {
  valueText: string | null;
  periodLabel: string | null;
  status: RagStatus;
  /** The RAG sentence: why the status is what it is. */
  sentence: string;
  /** Direction of travel since the previous period, in words. */
  direction: string | null;
  targetText: string | null;
  areaName: string;
}

export interface WardRow {
  code: string;
  name: string;
  value: number | null;
  valueText: string | null;
  status: RagStatus;
  /** The status's sentence for this ward. */
  label: string;
}

export interface ActionRow {
  id: string;
  title: string;
  responsibleOfficer: string;
  status: string;
  percentComplete: number;
  proposedEndDate: string;
}

export interface CardData {
  cardId: string;
  kind: CardKind;
  title: string;
  measureId: string | null;
  /** Why the card shows nothing or less than usual, in words; null when all is well. */
  notice: string | null;
  headline: HeadlineFigure | null;
  /** A chart with its text and table alternatives (for a headline, its sparkline). */
  chart: ChartSpec | null;
  wards: WardRow[] | null;
  actions: { rows: ActionRow[]; more: number } | null;
}

/** How the wards are drawn: the hex layout by default, or the boundaries an administrator uploaded. */
export interface WardGeometry {
  kind: 'hex' | 'boundaries';
  geojson: WardFeatureCollection;
  /** Where the shapes came from, for the map's caption. */
  source: string;
}

export interface DashboardData {
  dashboardId: string;
  asAt: string | null;
  approvedOnly: boolean;
  area: { code: string; name: string };
  cards: CardData[];
  /** Present when a card draws a ward map. */
  wardGeometry: WardGeometry | null;
}

/** What the page draws from: the dashboard's cards and places, whether the reader may edit, and the data. */
export interface DashboardView extends DashboardData {
  dashboard: DashboardVersion;
  canEdit: boolean;
}
