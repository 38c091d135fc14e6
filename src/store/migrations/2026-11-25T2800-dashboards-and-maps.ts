/**
 * Dashboards saved by the organisation and the ward boundaries an administrator uploads. Both are
 * kept as versions, appended and never changed: the current one is the latest, and the history
 * says who changed a dashboard or the map and when.
 */
import type { Migration } from 'kysely';
import { makeAppendOnly, oneOf, withIdentity, type AnyKysely } from './helpers.js';

export const dashboardsAndMaps: Migration = {
  async up(db: AnyKysely) {
    await withIdentity(db, db.schema.createTable('dashboard_version'))
      .addColumn('dashboard_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_org_unit_id', 'text')
      .addColumn('scope_kind', 'text', (c) => c.notNull())
      .addColumn('scope_id', 'text', (c) => c.notNull())
      // The cards, as JSON: [{id, kind, measureId, areaCode, strategyItemId, title, column, row, width, height}].
      .addColumn('cards', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('dashboard_version_unique', ['dashboard_id', 'version'])
      .addCheckConstraint('dashboard_version_scope', oneOf('scope_kind', ['strategy-item', 'org-unit']))
      .execute();
    await makeAppendOnly(db, 'dashboard_version');

    await withIdentity(db, db.schema.createTable('ward_boundary_version'))
      .addColumn('authority_code', 'text', (c) => c.notNull())
      // The boundaries as a GeoJSON FeatureCollection (code and name per ward), or null: back to the hex map.
      .addColumn('geojson', 'text')
      .addColumn('file_name', 'text')
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('ward_boundary_version_authority')
      .on('ward_boundary_version')
      .columns(['authority_code', 'id'])
      .execute();
    await makeAppendOnly(db, 'ward_boundary_version');
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('ward_boundary_version').execute();
    await db.schema.dropTable('dashboard_version').execute();
  },
};
