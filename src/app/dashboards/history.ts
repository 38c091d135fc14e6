/**
 * A dashboard's history for its readers: every saved version with what it changed in words, and
 * for one generated from the thread, that generated version first (version 0), so it can be
 * brought back too.
 */
import { CARD_KIND_LABELS, type Card, type DashboardVersion } from '../../domain/dashboards/card.js';
import { describeChanges } from '../../domain/dashboards/changes.js';
import { generateDashboards, type GenerateInput } from '../../domain/dashboards/generate.js';
import type { Store } from '../../store/connect.js';
import { dashboardHistory } from '../../store/dashboards.js';

export interface HistoryEntry {
  version: number;
  title: string;
  cardCount: number;
  changedBy: string;
  changedAt: string;
  changes: string[];
  cards: Card[];
}

export async function historyOf(
  store: Store,
  dashboard: DashboardVersion,
  thread: GenerateInput,
): Promise<HistoryEntry[]> {
  const saved = await dashboardHistory(store.db, dashboard.id);
  const generated = generateDashboards(thread, dashboard.id).find((d) => d.id === dashboard.id);
  const versions: DashboardVersion[] = [
    ...(generated ? [{ ...generated, version: 0, changedBy: null, changedAt: null }] : []),
    ...saved,
  ];
  const measures = new Map(thread.measures.map((m) => [m.id, m.title]));
  const nameOf = (c: Card) =>
    c.title ?? (c.measureId !== null ? measures.get(c.measureId) : undefined) ?? CARD_KIND_LABELS[c.kind];
  return versions.map((v, i) => ({
    version: v.version,
    title: v.title,
    cardCount: v.cards.length,
    changedBy: v.changedBy ?? '',
    changedAt: v.changedAt ?? '',
    changes:
      v.version === 0
        ? ['Generated from the golden thread']
        : describeChanges(versions[i - 1] ?? null, v, versions.slice(0, Math.max(0, i - 1)), nameOf),
    cards: v.cards,
  }));
}
