/**
 * The dashboards every council gets without building one: a thematic dashboard for each Corporate
 * Plan objective and one for each directorate and service, generated from the golden thread. Each
 * opens with the measures by status, then a headline per measure (Corporate Plan measures first),
 * then charts for the first measures that have what each chart needs.
 */
import type { Action } from '../action.js';
import type { Measure, MeasureCategory } from '../measure.js';
import type { Risk } from '../risk.js';
import { placeCard } from './layout.js';
import type { Card, CardKind, CardPlace, Dashboard, DashboardScope } from './card.js';
import { actionsInScope, measuresInScope, risksInScope, scopeMembers, type Thread } from './scope.js';

/** Twenty cards draw in well under a second and still fit a briefing. */
export const GENERATED_CARD_LIMIT = 20;

const CATEGORY_ORDER: MeasureCategory[] = [
  'corporate-plan',
  'national',
  'local-key',
  'business-plan',
  'ward',
  'finance',
  'quality-assurance',
  'hr',
];

const SIZES: Record<CardKind, Pick<CardPlace, 'width' | 'height'>> = {
  headline: { width: 1, height: 1 },
  // Charts with axes and a key need two rows to be read; a headline's sparkline needs one.
  trend: { width: 2, height: 2 },
  spc: { width: 2, height: 2 },
  comparators: { width: 2, height: 2 },
  'ward-map': { width: 2, height: 2 },
  'ward-table': { width: 2, height: 2 },
  'status-counts': { width: 2, height: 1 },
  actions: { width: 2, height: 1 },
  risks: { width: 2, height: 1 },
};

export function defaultSize(kind: CardKind): Pick<CardPlace, 'width' | 'height'> {
  return SIZES[kind];
}

export function dashboardIdFor(scope: DashboardScope, kind: 'objective' | 'directorate' | 'service'): string {
  return `${kind}-${scope.id}`;
}

export interface GenerateInput extends Thread {
  actions: readonly Action[];
  risks: readonly Risk[];
}

/** The generated cards for one scope: what the thread links to it, in the order a reader wants. */
export function generateCards(scope: DashboardScope, input: GenerateInput): Card[] {
  const members = scopeMembers(scope, input);
  const measures = measuresInScope(members, input.measures)
    .filter((m) => m.category !== 'hr')
    .sort(
      (a, b) =>
        CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.id.localeCompare(b.id),
    );
  const measureIds = new Set(measures.map((m) => m.id));
  const wanted: { kind: CardKind; measure?: Measure }[] = [];
  if (measures.length > 0) wanted.push({ kind: 'status-counts' });
  if (actionsInScope(members, input.actions, measureIds).length > 0) wanted.push({ kind: 'actions' });
  if (risksInScope(members, input.risks).length > 0) wanted.push({ kind: 'risks' });
  const charts: { kind: CardKind; measure: Measure }[] = [];
  const first = (test: (m: Measure) => boolean) => measures.find(test);
  const trend = first(() => true);
  if (trend) charts.push({ kind: 'trend', measure: trend });
  const spc =
    first((m) => m.frequency === 'monthly' && m.polarity !== 'neutral') ??
    first((m) => m.frequency !== 'annual');
  if (spc) charts.push({ kind: 'spc', measure: spc });
  const compared = first((m) => m.comparatorGroupId !== null);
  if (compared) charts.push({ kind: 'comparators', measure: compared });
  // A map of a judged measure says more than one of a neutral one, where there is a choice.
  const byWard = first((m) => m.byWard && m.polarity !== 'neutral') ?? first((m) => m.byWard);
  if (byWard) charts.push({ kind: 'ward-map', measure: byWard }, { kind: 'ward-table', measure: byWard });
  const room = Math.max(0, GENERATED_CARD_LIMIT - wanted.length - charts.length);
  for (const measure of measures.slice(0, room)) wanted.push({ kind: 'headline', measure });
  wanted.push(...charts);

  let cards: Card[] = [];
  for (const [i, w] of wanted.slice(0, GENERATED_CARD_LIMIT).entries()) {
    cards = placeCard(cards, {
      id: `c${i + 1}`,
      kind: w.kind,
      measureId: w.measure?.id ?? null,
      areaCode: null,
      strategyItemId: null,
      title: null,
      column: 0,
      row: 0,
      ...SIZES[w.kind],
    });
  }
  return cards;
}

/**
 * Every generated dashboard: one per Corporate Plan objective, directorate and service. With
 * `onlyId`, just that one (or none): laying out cards is most of the work.
 */
export function generateDashboards(input: GenerateInput, onlyId?: string): Dashboard[] {
  const wanted = (id: string) => onlyId === undefined || id === onlyId;
  const dashboards: Dashboard[] = [];
  for (const item of input.items.filter((i) => i.kind === 'objective')) {
    const scope: DashboardScope = { kind: 'strategy-item', id: item.id };
    if (!wanted(dashboardIdFor(scope, 'objective'))) continue;
    dashboards.push({
      id: dashboardIdFor(scope, 'objective'),
      title: item.title,
      ownerOrgUnitId: item.orgUnitId,
      scope,
      cards: generateCards(scope, input),
    });
  }
  for (const unit of input.units.filter((u) => u.kind === 'directorate' || u.kind === 'service')) {
    const scope: DashboardScope = { kind: 'org-unit', id: unit.id };
    const id = dashboardIdFor(scope, unit.kind === 'directorate' ? 'directorate' : 'service');
    if (!wanted(id)) continue;
    dashboards.push({
      id,
      title: unit.name,
      ownerOrgUnitId: unit.id,
      scope,
      cards: generateCards(scope, input),
    });
  }
  return dashboards;
}
