/**
 * The perspectives a council has set for each plan's balanced scorecard, kept as versions of the
 * whole setting: the current one is the plan's latest version, and the earlier ones stay with who
 * saved them and when. A plan with no version has the default perspectives.
 */
import type { Kysely } from 'kysely';
import type { PerspectiveSetting } from '../domain/scorecard/perspectives.js';
import type { Database } from './database.js';

export interface ScorecardSetting {
  planId: string;
  version: number;
  perspectives: PerspectiveSetting[];
  changedBy: string;
  changedAt: string;
}

async function perspectivesOf(db: Kysely<Database>, versionId: number): Promise<PerspectiveSetting[]> {
  const [perspectives, measures] = await Promise.all([
    db
      .selectFrom('balanced_scorecard_perspective')
      .selectAll()
      .where('scorecard_version_id', '=', versionId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('balanced_scorecard_measure')
      .selectAll()
      .where('scorecard_version_id', '=', versionId)
      .orderBy('perspective_position')
      .orderBy('position')
      .execute(),
  ]);
  return perspectives.map((p) => ({
    name: p.name,
    description: p.description,
    measureIds: measures.filter((m) => m.perspective_position === p.position).map((m) => m.measure_id),
  }));
}

/** The plan's current setting, or null while it has the default perspectives. */
export async function currentScorecardSetting(
  db: Kysely<Database>,
  planId: string,
): Promise<ScorecardSetting | null> {
  const latest = await db
    .selectFrom('balanced_scorecard_version')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  return {
    planId,
    version: latest.version,
    perspectives: await perspectivesOf(db, latest.id),
    changedBy: latest.changed_by,
    changedAt: latest.changed_at,
  };
}

/**
 * Appends a new version of the plan's setting. Give it a transaction: the version, its
 * perspectives and its measures are one change. Two saves of the same version are refused by
 * the database (unique plan and version), so one editor cannot silently undo another.
 */
export async function saveScorecardSetting(
  db: Kysely<Database>,
  planId: string,
  version: number,
  perspectives: readonly PerspectiveSetting[],
  change: { by: string; at: string },
): Promise<void> {
  const { id } = await db
    .insertInto('balanced_scorecard_version')
    .values({ plan_id: planId, version, changed_by: change.by, changed_at: change.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('balanced_scorecard_perspective')
    .values(
      perspectives.map((p, position) => ({
        scorecard_version_id: id,
        position,
        name: p.name,
        description: p.description,
      })),
    )
    .execute();
  const placements = perspectives.flatMap((p, perspective) =>
    p.measureIds.map((measureId, position) => ({
      scorecard_version_id: id,
      perspective_position: perspective,
      position,
      measure_id: measureId,
    })),
  );
  // Bound each insert's parameters (SQLite allows 32766; five columns a row).
  for (let i = 0; i < placements.length; i += 500)
    await db
      .insertInto('balanced_scorecard_measure')
      .values(placements.slice(i, i + 500))
      .execute();
}
