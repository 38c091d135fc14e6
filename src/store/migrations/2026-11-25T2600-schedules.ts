/**
 * Report schedules, the deliveries they make (each report kept in the database before it is sent,
 * so that a mail server's failure never loses it), and the data-owner reminders already sent (so
 * that nobody is chased twice for the same figure).
 */
import type { Migration } from 'kysely';
import { dialectOf } from '../dialect.js';
import { flagDefault, oneOf, withIdentity, type AnyKysely } from './helpers.js';

export const schedules: Migration = {
  async up(db: AnyKysely) {
    await db.schema
      .createTable('report_schedule')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('period_rule', 'text', (c) => c.notNull())
      .addColumn('org_unit_id', 'text')
      .addColumn('person_id', 'text')
      .addColumn('cron', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('recipients', 'text', (c) => c.notNull())
      .addColumn('when_unapproved', 'text', (c) => c.notNull())
      .addColumn('active', dialectOf(db) === 'postgres' ? 'boolean' : 'integer', flagDefault(db, true))
      .addColumn('next_run_at', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text')
      .addCheckConstraint(
        'report_schedule_when_unapproved',
        oneOf('when_unapproved', ['wait', 'provisional']),
      )
      .execute();
    await db.schema
      .createIndex('report_schedule_next_run')
      .on('report_schedule')
      .column('next_run_at')
      .execute();

    await withIdentity(db, db.schema.createTable('report_delivery'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('schedule_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('period', 'text')
      .addColumn('recipients', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('provisional', dialectOf(db) === 'postgres' ? 'boolean' : 'integer', flagDefault(db, false))
      .addColumn('subject', 'text')
      .addColumn('body', 'text')
      .addColumn('file_name', 'text')
      .addColumn('media_type', 'text')
      .addColumn('content', dialectOf(db) === 'postgres' ? 'bytea' : 'blob')
      .addColumn('scheduled_for', 'text', (c) => c.notNull())
      .addColumn('requested_by', 'text')
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addCheckConstraint('report_delivery_kind', oneOf('kind', ['report', 'reminder']))
      .addCheckConstraint(
        'report_delivery_status',
        oneOf('status', ['waiting', 'due', 'failed', 'sent', 'given-up']),
      )
      // One delivery per scheduled run, however many runners saw it fall due.
      .addUniqueConstraint('report_delivery_run', ['kind', 'schedule_id', 'scheduled_for'])
      .execute();
    await db.schema
      .createIndex('report_delivery_next_attempt')
      .on('report_delivery')
      .columns(['status', 'next_attempt_at'])
      .execute();

    await db.schema
      .createTable('reminder_sent')
      .addColumn('measure_id', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('delivery_id', 'integer', (c) => c.notNull().references('report_delivery.id'))
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reminder_sent_pk', ['measure_id', 'period', 'owner_id'])
      .execute();
  },

  async down(db: AnyKysely) {
    await db.schema.dropTable('reminder_sent').execute();
    await db.schema.dropTable('report_delivery').execute();
    await db.schema.dropTable('report_schedule').execute();
  },
};
