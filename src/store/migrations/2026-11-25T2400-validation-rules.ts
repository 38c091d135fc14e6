/**
 * Validation rules a council sets: each measure's own settings (range, outlier threshold, jump
 * share, and whether each rule is an error, a warning or off), rules across measures (left side,
 * operator, right side), and the warnings found on the figure versions that were recorded anyway.
 * Settings and rules are kept as versions, appended and never changed: the current one is the
 * latest, and the history says who changed a rule and when.
 */
import type { Migration } from 'kysely';
import { flagType, makeAppendOnly, oneOf, withIdentity, type AnyKysely } from './helpers.js';

export const validationRules: Migration = {
  async up(db: AnyKysely) {
    // No foreign key: a measure without figures may still be deleted, settings and all.
    await withIdentity(db, db.schema.createTable('measure_validation'))
      .addColumn('measure_id', 'text', (c) => c.notNull())
      .addColumn('minimum', 'double precision')
      .addColumn('maximum', 'double precision')
      .addColumn('outlier_threshold', 'double precision', (c) => c.notNull())
      .addColumn('jump_share', 'double precision', (c) => c.notNull())
      // Each rule's setting, as JSON: {"range": "error", "outlier-z-score": "off", ...}.
      .addColumn('severities', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('measure_validation_measure')
      .on('measure_validation')
      .columns(['measure_id', 'id'])
      .execute();
    await makeAppendOnly(db, 'measure_validation');

    await withIdentity(db, db.schema.createTable('validation_rule'))
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('left_side', 'text', (c) => c.notNull())
      .addColumn('operator', 'text', (c) => c.notNull())
      .addColumn('right_side', 'text', (c) => c.notNull())
      .addColumn('importance', 'text', (c) => c.notNull())
      .addColumn('active', flagType(db), (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addCheckConstraint('validation_rule_operator', oneOf('operator', ['==', '!=', '<', '<=', '>', '>=']))
      .addCheckConstraint('validation_rule_importance', oneOf('importance', ['error', 'warning']))
      .execute();
    await db.schema
      .createIndex('validation_rule_code')
      .on('validation_rule')
      .columns(['rule_id', 'id'])
      .execute();
    await makeAppendOnly(db, 'validation_rule');

    await withIdentity(db, db.schema.createTable('value_warning'))
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_code', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('found_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('value_warning_figure')
      .on('value_warning')
      .columns(['measure_id', 'area_code', 'period', 'version'])
      .execute();
    await makeAppendOnly(db, 'value_warning');
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('value_warning').execute();
    await db.schema.dropTable('validation_rule').execute();
    await db.schema.dropTable('measure_validation').execute();
  },
};
