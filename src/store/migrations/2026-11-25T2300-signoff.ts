/**
 * Sign-off of figures: each step (checked, approved, unlocked) is an event about one version of a
 * figure, appended and never changed, so the state of a figure is always its latest event.
 */
import type { Migration } from 'kysely';
import { makeAppendOnly, oneOf, withIdentity, type AnyKysely } from './helpers.js';

export const signoff: Migration = {
  async up(db: AnyKysely) {
    await withIdentity(db, db.schema.createTable('value_signoff'))
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_code', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('signed_by', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addCheckConstraint('value_signoff_state', oneOf('state', ['checked', 'approved', 'unlocked']))
      .execute();
    await db.schema
      .createIndex('value_signoff_figure')
      .on('value_signoff')
      .columns(['measure_id', 'area_code', 'period', 'version'])
      .execute();
    await makeAppendOnly(db, 'value_signoff');
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('value_signoff').execute();
  },
};
