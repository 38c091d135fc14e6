/**
 * Publication rules for the public site: per measure, the small-number suppression that applies
 * before any figure leaves the server (pages, downloads and the public API alike). Kept as
 * versions, appended and never changed, so the history says who changed a rule and when.
 */
import type { Migration } from 'kysely';
import { makeAppendOnly, withIdentity, type AnyKysely } from './helpers.js';

export const publication: Migration = {
  async up(db: AnyKysely) {
    // No foreign key: a rule may be set before the measure's first figure, and a rule says nothing
    // about a measure that no longer exists.
    await withIdentity(db, db.schema.createTable('publication_rule'))
      .addColumn('measure_id', 'text', (c) => c.notNull())
      // Counts from 1 up to (not including) this are shown as "*"; null means no suppression.
      .addColumn('suppress_below', 'double precision')
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('publication_rule_measure')
      .on('publication_rule')
      .columns(['measure_id', 'id'])
      .execute();
    await makeAppendOnly(db, 'publication_rule');
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('publication_rule').execute();
  },
};
