/** Key actions with milestones, the risk register and user accounts. */
import { sql, type Migration } from 'kysely';
import { flagDefault, flagType, oneOf, withIdentity, type AnyKysely } from './helpers.js';

export const actionsRisksUsers: Migration = {
  async up(db: AnyKysely) {
    await db.schema
      .createTable('action')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('responsible_officer', 'text', (c) => c.notNull())
      .addColumn('responsible_person_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('anticipated_outcome', 'text', (c) => c.notNull())
      .addColumn('proposed_start_date', 'text', (c) => c.notNull())
      .addColumn('proposed_end_date', 'text', (c) => c.notNull())
      .addColumn('others_involved', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('not-started'))
      .addColumn('percent_complete', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('progress_note', 'text')
      .addCheckConstraint(
        'action_status',
        oneOf('status', ['not-started', 'in-progress', 'completed', 'on-hold', 'cancelled']),
      )
      .addCheckConstraint('action_percent_complete', sql`percent_complete between 0 and 100`)
      .addCheckConstraint('action_dates', sql`proposed_end_date >= proposed_start_date`)
      .execute();

    await withIdentity(db, db.schema.createTable('action_milestone'))
      .addColumn('action_id', 'text', (c) => c.notNull().references('action.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('completed_date', 'text')
      .execute();
    await db.schema
      .createIndex('action_milestone_action')
      .on('action_milestone')
      .column('action_id')
      .execute();

    await db.schema
      .createTable('action_strategy_link')
      .addColumn('action_id', 'text', (c) => c.notNull().references('action.id').onDelete('cascade'))
      .addColumn('strategy_item_id', 'text', (c) =>
        c.notNull().references('strategy_item.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('action_strategy_link_pk', ['action_id', 'strategy_item_id'])
      .execute();
    await db.schema
      .createIndex('action_strategy_link_item')
      .on('action_strategy_link')
      .column('strategy_item_id')
      .execute();

    await db.schema
      .createTable('action_measure_link')
      .addColumn('action_id', 'text', (c) => c.notNull().references('action.id').onDelete('cascade'))
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('action_measure_link_pk', ['action_id', 'measure_id'])
      .execute();
    await db.schema
      .createIndex('action_measure_link_measure')
      .on('action_measure_link')
      .column('measure_id')
      .execute();

    const score = (column: string) => sql`${sql.ref(column)} between 1 and 5`;
    await db.schema
      .createTable('risk')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('inherent_likelihood', 'integer', (c) => c.notNull().check(score('inherent_likelihood')))
      .addColumn('inherent_impact', 'integer', (c) => c.notNull().check(score('inherent_impact')))
      .addColumn('residual_likelihood', 'integer', (c) => c.notNull().check(score('residual_likelihood')))
      .addColumn('residual_impact', 'integer', (c) => c.notNull().check(score('residual_impact')))
      .addColumn('controls', 'text')
      .addColumn('review_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addCheckConstraint('risk_status', oneOf('status', ['open', 'closed']))
      .execute();

    await db.schema
      .createTable('risk_strategy_link')
      .addColumn('risk_id', 'text', (c) => c.notNull().references('risk.id').onDelete('cascade'))
      .addColumn('strategy_item_id', 'text', (c) =>
        c.notNull().references('strategy_item.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('risk_strategy_link_pk', ['risk_id', 'strategy_item_id'])
      .execute();

    await db.schema
      .createTable('app_user')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('is_admin', flagType(db), flagDefault(db, false))
      .addColumn('disabled', flagType(db), flagDefault(db, false))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: AnyKysely) {
    for (const table of [
      'app_user',
      'risk_strategy_link',
      'risk',
      'action_measure_link',
      'action_strategy_link',
      'action_milestone',
      'action',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
