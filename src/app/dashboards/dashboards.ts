/**
 * The council's dashboards: those generated from the thread, each replaced by its latest saved
 * version once someone has edited it, and saving an edit as a new version. Who may see or edit
 * which is decided by the caller (src/http/dashboards/policy.ts) and passed in.
 */
import type { DashboardVersion } from '../../domain/dashboards/card.js';
import { generateDashboards, type GenerateInput } from '../../domain/dashboards/generate.js';
import { dashboardProblems } from '../../domain/dashboards/validate.js';
import { UserError } from '../../domain/errors.js';
import type { Measure } from '../../domain/measure.js';
import type { Store } from '../../store/connect.js';
import { savedDashboards, saveDashboardVersion, type Changed } from '../../store/dashboards.js';
import { councilAreas } from '../status/council-areas.js';
import { loadThread } from './thread.js';

const generated = (d: ReturnType<typeof generateDashboards>[number]): DashboardVersion => ({
  ...d,
  version: 0,
  changedBy: null,
  changedAt: null,
});

/** Every dashboard, generated or saved, in the thread's order (saved ones take their generated place). */
export async function allDashboards(
  store: Store,
  thread?: GenerateInput,
  onlyId?: string,
): Promise<DashboardVersion[]> {
  const [input, saved] = await Promise.all([
    thread ?? loadThread(store),
    savedDashboards(store.db, onlyId === undefined ? undefined : [onlyId]),
  ]);
  const savedById = new Map(saved.map((d) => [d.id, d]));
  const list = generateDashboards(input, onlyId).map((d) => savedById.get(d.id) ?? generated(d));
  const listed = new Set(list.map((d) => d.id));
  return [...list, ...saved.filter((d) => !listed.has(d.id))];
}

export async function findDashboard(
  store: Store,
  id: string,
  thread?: GenerateInput,
): Promise<DashboardVersion | null> {
  return (await allDashboards(store, thread, id)).find((d) => d.id === id) ?? null;
}

export interface DashboardEdit {
  id: string;
  /** The version the editor started from: saving over a newer one is refused. */
  version: number;
  title: string;
  cards: DashboardVersion['cards'];
}

/**
 * Saves an edit as the next version. Every card is checked against what the editor may see, so a
 * dashboard cannot be used to name a measure they could not open.
 */
export async function saveDashboard(
  store: Store,
  existing: DashboardVersion,
  edit: DashboardEdit,
  canSeeMeasure: (m: Measure) => boolean,
  change: Changed,
  thread?: GenerateInput,
): Promise<DashboardVersion> {
  if (edit.version !== existing.version)
    throw new UserError(
      'conflict',
      `Dashboard "${existing.title}" was saved by ${existing.changedBy ?? 'someone'} (version ${existing.version}) ` +
        `after you opened version ${edit.version}: reload it and make your change again`,
    );
  const [input, areas] = await Promise.all([thread ?? loadThread(store), councilAreas(store)]);
  const next = { ...existing, title: edit.title, cards: edit.cards };
  const problems = dashboardProblems(next, {
    measures: new Map(input.measures.filter(canSeeMeasure).map((m) => [m.id, m])),
    wardCodes: new Set(areas.wards.map((w) => w.code)),
    strategyItemIds: new Set(input.items.map((i) => i.id)),
  });
  if (problems.length > 0) throw new UserError('invalid-input', problems.join('; '));
  const saved = { ...next, version: existing.version + 1 };
  try {
    await saveDashboardVersion(store.db, saved, change);
  } catch (error) {
    // The unique (dashboard, version) key: another editor saved this same version a moment ago.
    if (/unique|duplicate/i.test(String((error as Error).message)))
      throw new UserError(
        'conflict',
        `Dashboard "${existing.title}" was saved by someone else just now: reload it`,
      );
    throw error;
  }
  return { ...saved, changedBy: change.by, changedAt: change.at };
}
