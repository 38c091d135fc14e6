/**
 * Imports: each committed file is a batch (its name, SHA-256, profile, who and when, and what it
 * did), every figure version it wrote points to it, and councils' own import profiles are saved.
 */
import { sql, type Migration } from 'kysely';
import { withIdentity, type AnyKysely } from './helpers.js';

export const imports: Migration = {
  async up(db: AnyKysely) {
    await withIdentity(db, db.schema.createTable('import_batch'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('profile', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addCheckConstraint('import_batch_sha256', sql`length(sha256) = 64`)
      .execute();
    await db.schema.createIndex('import_batch_sha256').on('import_batch').column('sha256').execute();

    // No foreign key: SQLite cannot drop a column that carries one, and batches are never deleted.
    await db.schema.alterTable('value_version').addColumn('import_batch_id', 'integer').execute();
    await db.schema
      .createIndex('value_version_import_batch')
      .on('value_version')
      .column('import_batch_id')
      .execute();

    await db.schema
      .createTable('import_profile')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('import_profile').execute();
    await db.schema.dropIndex('value_version_import_batch').execute();
    await db.schema.alterTable('value_version').dropColumn('import_batch_id').execute();
    await db.schema.dropTable('import_batch').execute();
  },
};
