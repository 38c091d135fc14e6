/**
 * Balanced scorecards: the perspectives a council sets for a plan, and which of the plan's
 * measures sit in each. Every change is a new version of the whole setting (appended, never
 * changed), so the history says who arranged a plan's scorecard and when. A measure sits in one
 * perspective per version: the database refuses it twice.
 */
import type { Migration } from 'kysely';
import { makeAppendOnly, withIdentity, type AnyKysely } from './helpers.js';

export const balancedScorecards: Migration = {
  async up(db: AnyKysely) {
    // No foreign key to the plan or the measures: a setting says nothing about an item or a measure
    // deleted later, and must not stop that deletion.
    await withIdentity(db, db.schema.createTable('balanced_scorecard_version'))
      .addColumn('plan_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('balanced_scorecard_version_unique', ['plan_id', 'version'])
      .execute();
    await makeAppendOnly(db, 'balanced_scorecard_version');

    await withIdentity(db, db.schema.createTable('balanced_scorecard_perspective'))
      .addColumn('scorecard_version_id', 'integer', (c) =>
        c.notNull().references('balanced_scorecard_version.id').onDelete('restrict'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addUniqueConstraint('balanced_scorecard_perspective_position', ['scorecard_version_id', 'position'])
      .addUniqueConstraint('balanced_scorecard_perspective_name', ['scorecard_version_id', 'name'])
      .execute();
    await makeAppendOnly(db, 'balanced_scorecard_perspective');

    await withIdentity(db, db.schema.createTable('balanced_scorecard_measure'))
      .addColumn('scorecard_version_id', 'integer', (c) =>
        c.notNull().references('balanced_scorecard_version.id').onDelete('restrict'),
      )
      .addColumn('perspective_position', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('measure_id', 'text', (c) => c.notNull())
      .addUniqueConstraint('balanced_scorecard_measure_once', ['scorecard_version_id', 'measure_id'])
      .execute();
    await makeAppendOnly(db, 'balanced_scorecard_measure');
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('balanced_scorecard_measure').execute();
    await db.schema.dropTable('balanced_scorecard_perspective').execute();
    await db.schema.dropTable('balanced_scorecard_version').execute();
  },
};
