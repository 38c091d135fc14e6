/**
 * A new dashboard: blank, or a copy of one the reader may see. It is saved as version 1 of a
 * "custom-…" dashboard named after its title, so it has history from the start and can never
 * be mistaken for one generated from the thread.
 */
import type { Card, DashboardScope, DashboardVersion } from '../../domain/dashboards/card.js';
import type { GenerateInput } from '../../domain/dashboards/generate.js';
import { UserError } from '../../domain/errors.js';
import type { Store } from '../../store/connect.js';
import { saveDashboardVersion, savedDashboardIds, type Changed } from '../../store/dashboards.js';

export interface NewDashboard {
  title: string;
  /** The dashboard copied: its cards, scope and owner. Null for a blank one. */
  copyOf: DashboardVersion | null;
  /** The unit that owns it (a copy keeps the original's owner, if it has one); a blank one is about it. */
  ownerOrgUnitId: string;
}

/** "custom-" and the title's words, lower case, with a number when another has the same name. */
export function customIdFor(title: string, taken: ReadonlySet<string>): string {
  const words =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'dashboard';
  const base = `custom-${words}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export async function createDashboard(
  store: Store,
  input: NewDashboard,
  thread: GenerateInput,
  change: Changed,
): Promise<DashboardVersion> {
  const title = input.title.trim();
  if (title === '') throw new UserError('invalid-input', 'title: give the new dashboard a title');
  let scope: DashboardScope;
  let ownerOrgUnitId: string | null;
  let cards: Card[];
  if (input.copyOf) {
    ({ scope, cards } = input.copyOf);
    ownerOrgUnitId = input.copyOf.ownerOrgUnitId ?? input.ownerOrgUnitId;
  } else {
    if (!thread.units.some((u) => u.id === input.ownerOrgUnitId))
      throw new UserError(
        'invalid-input',
        `ownerOrgUnitId: "${input.ownerOrgUnitId}" is not one of the council's units`,
      );
    scope = { kind: 'org-unit', id: input.ownerOrgUnitId };
    ownerOrgUnitId = input.ownerOrgUnitId;
    cards = [];
  }
  const taken = new Set(await savedDashboardIds(store.db));
  const dashboard = { id: customIdFor(title, taken), version: 1, title, scope, ownerOrgUnitId, cards };
  try {
    await saveDashboardVersion(store.db, dashboard, change);
  } catch (error) {
    if (/unique|duplicate/i.test(String((error as Error).message)))
      throw new UserError('conflict', `A dashboard called "${title}" was made just now: try again`);
    throw error;
  }
  return { ...dashboard, changedBy: change.by, changedAt: change.at };
}
