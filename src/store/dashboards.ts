/**
 * Saved dashboards, kept as versions (the table is append-only): the current dashboard is its
 * latest version, and every earlier one stays with who saved it and when.
 */
import type { Kysely } from 'kysely';
import {
  isCardKind,
  type Card,
  type DashboardScope,
  type DashboardVersion,
} from '../domain/dashboards/card.js';
import type { Database } from './database.js';

export interface Changed {
  by: string;
  at: string;
}

type Row = Awaited<ReturnType<typeof selectVersions>>[number];

function selectVersions(db: Kysely<Database>, ids?: readonly string[]) {
  let query = db.selectFrom('dashboard_version').selectAll().orderBy('dashboard_id').orderBy('version');
  if (ids !== undefined) query = query.where('dashboard_id', 'in', ids);
  return query.execute();
}

/** Cards as stored: written by this code, but read defensively so that one bad row cannot break a page. */
function cardsOf(json: string): Card[] {
  const parsed = JSON.parse(json) as unknown;
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (c): c is Card => typeof c === 'object' && c !== null && isCardKind(String((c as Card).kind)),
  );
}

function versionOf(r: Row): DashboardVersion {
  return {
    id: r.dashboard_id,
    version: r.version,
    title: r.title,
    ownerOrgUnitId: r.owner_org_unit_id,
    scope: { kind: r.scope_kind, id: r.scope_id } as DashboardScope,
    cards: cardsOf(r.cards),
    changedBy: r.changed_by,
    changedAt: r.changed_at,
  };
}

/** The latest version of every saved dashboard (or of those named). */
export async function savedDashboards(
  db: Kysely<Database>,
  ids?: readonly string[],
): Promise<DashboardVersion[]> {
  if (ids !== undefined && ids.length === 0) return [];
  const latest = new Map<string, Row>();
  for (const r of await selectVersions(db, ids)) latest.set(r.dashboard_id, r);
  return [...latest.values()].map(versionOf);
}

export async function savedDashboard(db: Kysely<Database>, id: string): Promise<DashboardVersion | null> {
  return (await savedDashboards(db, [id]))[0] ?? null;
}

/** The ids of every saved dashboard, to name a new one without taking another's. */
export async function savedDashboardIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('dashboard_version').select('dashboard_id').distinct().execute();
  return rows.map((r) => r.dashboard_id);
}

/** Every version of one dashboard, oldest first: who changed it and when. */
export async function dashboardHistory(db: Kysely<Database>, id: string): Promise<DashboardVersion[]> {
  return (await selectVersions(db, [id])).map(versionOf);
}

/**
 * Appends a version. The unique (dashboard, version) pair refuses a second save of the same
 * version, so two editors cannot both overwrite the one they started from.
 */
export async function saveDashboardVersion(
  db: Kysely<Database>,
  dashboard: Omit<DashboardVersion, 'changedBy' | 'changedAt'>,
  change: Changed,
): Promise<void> {
  await db
    .insertInto('dashboard_version')
    .values({
      dashboard_id: dashboard.id,
      version: dashboard.version,
      title: dashboard.title,
      owner_org_unit_id: dashboard.ownerOrgUnitId,
      scope_kind: dashboard.scope.kind,
      scope_id: dashboard.scope.id,
      cards: JSON.stringify(dashboard.cards),
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}
