/** Measures, their figures, targets and commentary. Figures, targets and commentary are versioned. */
import { sql, type CreateTableBuilder, type Migration } from 'kysely';
import { flagDefault, flagType, makeAppendOnly, oneOf, withIdentity, type AnyKysely } from './helpers.js';

/** The columns every version row carries: who changed it, when and why. */
function createVersionTable<T extends string>(db: AnyKysely, table: T) {
  const builder: CreateTableBuilder<T, never> = db.schema.createTable(table);
  return withIdentity(db, builder)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', flagType(db), flagDefault(db, false))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addCheckConstraint(`${table}_version`, sql`version >= 1`);
}

export const measuresAndFigures: Migration = {
  async up(db: AnyKysely) {
    await db.schema
      .createTable('measure')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('numerator_definition', 'text')
      .addColumn('denominator_definition', 'text')
      .addColumn('source_system', 'text')
      .addColumn('calculation', 'text')
      .addColumn('caveats', 'text')
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('rate_per', 'double precision')
      .addColumn('polarity', 'text', (c) => c.notNull())
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('year_kind', 'text', (c) => c.notNull().defaultTo('financial'))
      .addColumn('aggregation', 'text', (c) => c.notNull())
      .addColumn('decimals', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('national_reference', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('org_unit_id', 'text', (c) => c.references('org_unit.id').onDelete('restrict'))
      .addColumn('by_ward', flagType(db), flagDefault(db, false))
      .addColumn('comparator_group_id', 'text', (c) => c.references('area_group.id').onDelete('set null'))
      .addColumn('formula', 'text')
      .addColumn('tolerance', 'double precision')
      .addColumn('tolerance_kind', 'text', (c) => c.notNull().defaultTo('absolute'))
      .addColumn('due_lag_days', 'integer', (c) => c.notNull().defaultTo(30))
      .addColumn('is_public', flagType(db), flagDefault(db, false))
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('retired_at', 'text')
      .addColumn('retired_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint(
        'measure_unit',
        oneOf('unit', ['number', 'percent', 'currency', 'rate', 'days', 'ratio', 'score']),
      )
      .addCheckConstraint(
        'measure_polarity',
        oneOf('polarity', ['higher-better', 'lower-better', 'within-band', 'neutral']),
      )
      .addCheckConstraint('measure_frequency', oneOf('frequency', ['monthly', 'quarterly', 'annual']))
      .addCheckConstraint('measure_year_kind', oneOf('year_kind', ['financial', 'calendar', 'academic']))
      .addCheckConstraint('measure_aggregation', oneOf('aggregation', ['sum', 'mean', 'ratio', 'latest']))
      .addCheckConstraint(
        'measure_category',
        oneOf('category', [
          'ward',
          'national',
          'corporate-plan',
          'local-key',
          'business-plan',
          'quality-assurance',
          'finance',
          'hr',
        ]),
      )
      .addCheckConstraint('measure_tolerance_kind', oneOf('tolerance_kind', ['absolute', 'relative']))
      .addCheckConstraint('measure_state', oneOf('state', ['active', 'retired']))
      .addCheckConstraint('measure_decimals', sql`decimals between 0 and 6`)
      .execute();
    await db.schema.createIndex('measure_owner').on('measure').column('owner_id').execute();
    await db.schema.createIndex('measure_org_unit').on('measure').column('org_unit_id').execute();

    await db.schema
      .createTable('measure_strategy_link')
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id').onDelete('cascade'))
      .addColumn('strategy_item_id', 'text', (c) =>
        c.notNull().references('strategy_item.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('measure_strategy_link_pk', ['measure_id', 'strategy_item_id'])
      .execute();
    await db.schema
      .createIndex('measure_strategy_link_item')
      .on('measure_strategy_link')
      .column('strategy_item_id')
      .execute();

    await createVersionTable(db, 'value_version')
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id').onDelete('restrict'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_code', 'text', (c) => c.notNull().references('area.code').onDelete('restrict'))
      .addColumn('value', 'double precision')
      .addColumn('numerator', 'double precision')
      .addColumn('denominator', 'double precision')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('quality_flag', 'text')
      .addColumn('note', 'text')
      .addColumn('source', 'text')
      .addUniqueConstraint('value_version_key', ['measure_id', 'area_code', 'period', 'version'])
      .addCheckConstraint('value_version_status', oneOf('status', ['provisional', 'final']))
      .addCheckConstraint(
        'value_version_quality_flag',
        sql`quality_flag is null or ${oneOf('quality_flag', ['estimated', 'incomplete', 'suspect', 'revised-methodology'])}`,
      )
      .execute();
    await db.schema
      .createIndex('value_version_period')
      .on('value_version')
      .columns(['period', 'area_code'])
      .execute();
    await makeAppendOnly(db, 'value_version');

    await createVersionTable(db, 'target_version')
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id').onDelete('restrict'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision')
      .addColumn('lower', 'double precision')
      .addColumn('upper', 'double precision')
      .addColumn('tolerance', 'double precision')
      .addUniqueConstraint('target_version_key', ['measure_id', 'period', 'version'])
      .execute();
    await makeAppendOnly(db, 'target_version');

    await createVersionTable(db, 'commentary_version')
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id').onDelete('restrict'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('reasons', 'text')
      .addColumn('next_steps', 'text')
      .addColumn('author_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addUniqueConstraint('commentary_version_key', ['measure_id', 'period', 'version'])
      .execute();
    await makeAppendOnly(db, 'commentary_version');
  },

  async down(db: AnyKysely) {
    for (const table of [
      'commentary_version',
      'target_version',
      'value_version',
      'measure_strategy_link',
      'measure',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
