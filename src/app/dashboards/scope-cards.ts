/**
 * The cards about a dashboard's scope rather than one measure: its measures counted by status,
 * its open actions, and its open risks on a heat map. Actions and risks show only where the
 * reader may see the plans (or measures) they are linked to.
 */
import { riskHeatMapChart, statusCountsChart } from '../../charts/index.js';
import { CARD_KIND_LABELS, type Card, type DashboardScope } from '../../domain/dashboards/card.js';
import type { GenerateInput } from '../../domain/dashboards/generate.js';
import {
  actionsInScope,
  measuresInScope,
  risksInScope,
  scopeMembers,
} from '../../domain/dashboards/scope.js';
import type { Measure } from '../../domain/measure.js';
import type { RagStatus } from '../../domain/status/labels.js';
import { blank } from './blank-card.js';
import type { DataViewer } from './dashboard-data.js';
import type { CardData } from './types.js';

export function scopeCard(
  card: Card,
  scope: DashboardScope,
  input: GenerateInput,
  viewer: DataViewer,
  visible: ReadonlyMap<string, Measure>,
  counts: ReadonlyMap<string, RagStatus>,
): CardData {
  const members = scopeMembers(scope, input);
  const title = card.title ?? CARD_KIND_LABELS[card.kind];
  if (card.kind === 'status-counts') {
    const tally: Partial<Record<RagStatus, number>> = {};
    for (const m of measuresInScope(members, [...visible.values()])) {
      const s = counts.get(m.id);
      if (s) tally[s] = (tally[s] ?? 0) + 1;
    }
    return { ...blank(card, title), chart: statusCountsChart({ title, counts: tally }) };
  }
  const seen = (ids: readonly string[]) => ids.some((id) => viewer.visibleItemIds.has(id));
  if (card.kind === 'risks') {
    const risks = risksInScope(members, input.risks).filter(
      (r) => r.status === 'open' && seen(r.strategyItemIds),
    );
    return {
      ...blank(card, title),
      chart: riskHeatMapChart({
        title,
        risks: risks.map((r) => ({
          id: r.id,
          title: r.title,
          likelihood: r.residualLikelihood,
          impact: r.residualImpact,
        })),
      }),
      notice: risks.length === 0 ? 'No open risks are linked to this dashboard’s plans.' : null,
    };
  }
  const actions = actionsInScope(members, input.actions, new Set(visible.keys()))
    .filter((a) => seen(a.strategyItemIds) || a.measureIds.some((id) => visible.has(id)))
    .filter((a) => a.status !== 'completed' && a.status !== 'cancelled')
    .sort((a, b) => a.proposedEndDate.localeCompare(b.proposedEndDate));
  const shown = actions.slice(0, 6);
  return {
    ...blank(card, title),
    actions: {
      rows: shown.map((a) => ({
        id: a.id,
        title: a.title,
        responsibleOfficer: a.responsibleOfficer,
        status: a.status,
        percentComplete: a.percentComplete,
        proposedEndDate: a.proposedEndDate,
      })),
      more: actions.length - shown.length,
    },
    notice: actions.length === 0 ? 'No open actions are linked to this dashboard’s plans.' : null,
  };
}
