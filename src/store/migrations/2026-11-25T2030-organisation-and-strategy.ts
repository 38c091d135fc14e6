/** The council's organisation, its areas and its strategy tree. */
import type { Migration } from 'kysely';
import { oneOf, type AnyKysely } from './helpers.js';

export const organisationAndStrategy: Migration = {
  async up(db: AnyKysely) {
    await db.schema
      .createTable('setting')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('org_unit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('org_unit.id').onDelete('restrict'))
      .addCheckConstraint('org_unit_kind', oneOf('kind', ['council', 'directorate', 'service', 'team']))
      .execute();
    await db.schema.createIndex('org_unit_parent').on('org_unit').column('parent_id').execute();

    await db.schema
      .createTable('person')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('job_title', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .execute();

    await db.schema
      .createTable('role_assignment')
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
      .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id').onDelete('restrict'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('role_assignment_pk', ['person_id', 'org_unit_id', 'role'])
      .addCheckConstraint(
        'role_assignment_role',
        oneOf('role', [
          'cabinet-member',
          'scrutiny-member',
          'chief-executive',
          'director',
          'service-director',
          'head-of-service',
          'team-manager',
          'employee',
          'performance-officer',
          'data-owner',
        ]),
      )
      .execute();
    await db.schema.createIndex('role_assignment_unit').on('role_assignment').column('org_unit_id').execute();

    await db.schema
      .createTable('area')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parent_code', 'text', (c) => c.references('area.code').onDelete('restrict'))
      .addCheckConstraint('area_kind', oneOf('kind', ['country', 'region', 'authority', 'ward']))
      .execute();
    await db.schema.createIndex('area_parent').on('area').column('parent_code').execute();

    await db.schema
      .createTable('area_group')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addCheckConstraint('area_group_kind', oneOf('kind', ['region', 'nearest-neighbours', 'custom']))
      .execute();

    await db.schema
      .createTable('area_group_member')
      .addColumn('group_id', 'text', (c) => c.notNull().references('area_group.id').onDelete('cascade'))
      .addColumn('area_code', 'text', (c) => c.notNull().references('area.code').onDelete('restrict'))
      .addPrimaryKeyConstraint('area_group_member_pk', ['group_id', 'area_code'])
      .execute();

    await db.schema
      .createTable('strategy_item')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('parent_id', 'text', (c) => c.references('strategy_item.id').onDelete('restrict'))
      .addColumn('owner_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('org_unit_id', 'text', (c) => c.references('org_unit.id').onDelete('restrict'))
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('rollup_rule', 'text', (c) => c.notNull().defaultTo('worst'))
      .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addCheckConstraint(
        'strategy_item_kind',
        oneOf('kind', [
          'corporate-plan',
          'priority',
          'outcome',
          'objective',
          'plan-on-a-page',
          'directorate-plan',
          'service-plan',
          'team-plan',
          'project-plan',
          'individual-objective',
        ]),
      )
      .addCheckConstraint(
        'strategy_item_rollup_rule',
        oneOf('rollup_rule', ['worst', 'majority', 'weighted']),
      )
      .execute();
    await db.schema.createIndex('strategy_item_parent').on('strategy_item').column('parent_id').execute();
    await db.schema.createIndex('strategy_item_owner').on('strategy_item').column('owner_id').execute();
  },

  async down(db: AnyKysely) {
    for (const table of [
      'strategy_item',
      'area_group_member',
      'area_group',
      'area',
      'role_assignment',
      'person',
      'org_unit',
      'setting',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
