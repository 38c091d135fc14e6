/**
 * Plan–Do–Review–Revise: progress history for key actions, the unit that owns an action or a risk,
 * recovery plans with their trajectories and escalations, review meetings with their frozen packs,
 * agendas, decisions and attendance, individual objectives' appraisal records and progress, and the
 * complaints log. Histories (progress, escalations, packs, decisions) are append-only.
 */
import type { Migration } from 'kysely';
import { makeAppendOnly, oneOf, withIdentity, type AnyKysely } from './helpers.js';

const LEVELS = ['team', 'service', 'directorate', 'cabinet-and-scrutiny'];
const ACTION_STATES = ['not-started', 'in-progress', 'completed', 'on-hold', 'cancelled'];

export const pdrr: Migration = {
  async up(db: AnyKysely) {
    // Without a foreign key: SQLite cannot drop a column that has one, and `down` must work.
    await db.schema.alterTable('action').addColumn('org_unit_id', 'text').execute();
    await db.schema.alterTable('risk').addColumn('org_unit_id', 'text').execute();

    await withIdentity(db, db.schema.createTable('action_progress'))
      .addColumn('action_id', 'text', (c) => c.notNull().references('action.id'))
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('percent_complete', 'integer', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addCheckConstraint('action_progress_status', oneOf('status', ACTION_STATES))
      .execute();
    await db.schema.createIndex('action_progress_action').on('action_progress').column('action_id').execute();
    await makeAppendOnly(db, 'action_progress');

    await db.schema
      .createTable('recovery_plan')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('cause_analysis', 'text', (c) => c.notNull())
      .addColumn('triggers', 'text', (c) => c.notNull())
      .addColumn('opened_on', 'text', (c) => c.notNull())
      .addColumn('review_date', 'text', (c) => c.notNull())
      .addColumn('start_level', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('closed_on', 'text')
      .addColumn('lessons_learned', 'text')
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addCheckConstraint('recovery_plan_status', oneOf('status', ['open', 'closed']))
      .addCheckConstraint('recovery_plan_level', oneOf('start_level', LEVELS))
      .execute();
    await db.schema.createIndex('recovery_plan_measure').on('recovery_plan').column('measure_id').execute();

    await db.schema
      .createTable('recovery_plan_action')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('recovery_plan.id').onDelete('cascade'))
      .addColumn('action_id', 'text', (c) => c.notNull().references('action.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('recovery_plan_action_pk', ['plan_id', 'action_id'])
      .execute();

    await db.schema
      .createTable('recovery_plan_trajectory')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('recovery_plan.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('expected', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('recovery_plan_trajectory_pk', ['plan_id', 'period'])
      .execute();

    await withIdentity(db, db.schema.createTable('recovery_plan_escalation'))
      .addColumn('plan_id', 'text', (c) => c.notNull().references('recovery_plan.id'))
      .addColumn('from_level', 'text', (c) => c.notNull())
      .addColumn('to_level', 'text', (c) => c.notNull())
      .addColumn('reasons', 'text', (c) => c.notNull())
      .addColumn('missed_period', 'text')
      .addColumn('missed_review_date', 'text')
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('escalated_on', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addCheckConstraint('recovery_plan_escalation_from', oneOf('from_level', LEVELS))
      .addCheckConstraint('recovery_plan_escalation_to', oneOf('to_level', LEVELS))
      .execute();
    await db.schema
      .createIndex('recovery_plan_escalation_plan')
      .on('recovery_plan_escalation')
      .column('plan_id')
      .execute();
    await makeAppendOnly(db, 'recovery_plan_escalation');

    await db.schema
      .createTable('review_meeting')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum', 'text', (c) => c.notNull())
      .addColumn('org_unit_id', 'text', (c) => c.references('org_unit.id').onDelete('set null'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('meeting_date', 'text', (c) => c.notNull())
      .addColumn('as_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint(
        'review_meeting_forum',
        oneOf('forum', ['cabinet', 'scrutiny-board', 'directorate-leadership-team', 'service', 'team']),
      )
      .execute();

    await withIdentity(db, db.schema.createTable('review_pack'))
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('review_meeting.id'))
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('report_file', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('review_pack_meeting').on('review_pack').column('meeting_id').execute();
    await makeAppendOnly(db, 'review_pack');

    await withIdentity(db, db.schema.createTable('review_agenda_item'))
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('review_meeting.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('review_agenda_item_meeting')
      .on('review_agenda_item')
      .column('meeting_id')
      .execute();

    await withIdentity(db, db.schema.createTable('review_decision'))
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('review_meeting.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('measure_id', 'text', (c) => c.references('measure.id'))
      .addColumn('action_id', 'text', (c) => c.references('action.id'))
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('review_decision_meeting')
      .on('review_decision')
      .column('meeting_id')
      .execute();
    await db.schema
      .createIndex('review_decision_measure')
      .on('review_decision')
      .column('measure_id')
      .execute();
    await makeAppendOnly(db, 'review_decision');

    await db.schema
      .createTable('review_attendance')
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('review_meeting.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('role', 'text')
      .addColumn('attendance', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_attendance_pk', ['meeting_id', 'name'])
      .addCheckConstraint('review_attendance_kind', oneOf('attendance', ['present', 'apologies', 'absent']))
      .execute();

    await db.schema
      .createTable('individual_objective')
      .addColumn('strategy_item_id', 'text', (c) =>
        c.primaryKey().references('strategy_item.id').onDelete('cascade'),
      )
      .addColumn('appraisal_date', 'text')
      .addColumn('success_measure', 'text')
      .execute();

    await withIdentity(db, db.schema.createTable('objective_progress'))
      .addColumn('strategy_item_id', 'text', (c) => c.notNull().references('strategy_item.id'))
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('percent_complete', 'integer', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('objective_progress_item')
      .on('objective_progress')
      .column('strategy_item_id')
      .execute();
    await makeAppendOnly(db, 'objective_progress');

    await db.schema
      .createTable('complaint')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
      .addColumn('cause', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('responded_on', 'text')
      .addColumn('learning', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('complaint_unit').on('complaint').column('org_unit_id').execute();
  },

  async down(db: AnyKysely) {
    for (const table of [
      'complaint',
      'objective_progress',
      'individual_objective',
      'review_attendance',
      'review_decision',
      'review_agenda_item',
      'review_pack',
      'review_meeting',
      'recovery_plan_escalation',
      'recovery_plan_trajectory',
      'recovery_plan_action',
      'recovery_plan',
      'action_progress',
    ]) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable('risk').dropColumn('org_unit_id').execute();
    await db.schema.alterTable('action').dropColumn('org_unit_id').execute();
  },
};
