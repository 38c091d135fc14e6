/**
 * Accounts: local passwords and single sign-on identities beside `app_user`, the roles a user holds
 * and the measures named to them, server-side sessions, API tokens, sign-in throttling and the
 * append-only audit trail. Secrets are stored only as hashes.
 */
import { sql, type Migration } from 'kysely';
import { makeAppendOnly, oneOf, withIdentity, type AnyKysely } from './helpers.js';

/** The roles as this migration knew them; administrators are `app_user.is_admin`. */
const ROLES = [
  'performance-officer',
  'cabinet-member',
  'scrutiny-member',
  'chief-executive',
  'director',
  'service-director',
  'head-of-service',
  'team-manager',
  'employee',
  'data-owner',
  'partner',
];

export const accounts: Migration = {
  async up(db: AnyKysely) {
    await db.schema
      .createTable('user_password')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('user_sso_identity')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
      .addColumn('issuer', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addUniqueConstraint('user_sso_identity_issuer_subject', ['issuer', 'subject'])
      .execute();

    await withIdentity(db, db.schema.createTable('user_grant'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('org_unit_id', 'text', (c) => c.references('org_unit.id').onDelete('cascade'))
      .addCheckConstraint('user_grant_role', oneOf('role', ROLES))
      .execute();
    await db.schema.createIndex('user_grant_user').on('user_grant').column('user_id').execute();

    await db.schema
      .createTable('user_measure')
      .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measure.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('user_measure_pk', ['user_id', 'measure_id'])
      .execute();

    await db.schema
      .createTable('user_session')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .addCheckConstraint('user_session_method', oneOf('method', ['password', 'sso']))
      .execute();
    await db.schema.createIndex('user_session_user').on('user_session').column('user_id').execute();
    await db.schema.createIndex('user_session_expires').on('user_session').column('expires_at').execute();

    await db.schema
      .createTable('api_token')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('api_token_user').on('api_token').column('user_id').execute();

    await db.schema
      .createTable('sign_in_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failure_at', 'text', (c) => c.notNull())
      .addColumn('blocked_until', 'text')
      // Set while one attempt on the key is being checked, so parallel guesses cannot all slip through.
      .addColumn('checking_until', 'text')
      .addCheckConstraint('sign_in_throttle_failures', sql`failures >= 0`)
      .execute();

    await withIdentity(db, db.schema.createTable('audit_event'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('object_type', 'text')
      .addColumn('object_id', 'text')
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('ip', 'text')
      .execute();
    await db.schema.createIndex('audit_event_at').on('audit_event').columns(['at', 'id']).execute();
    await makeAppendOnly(db, 'audit_event');
  },

  async down(db: AnyKysely) {
    for (const table of [
      'audit_event',
      'sign_in_throttle',
      'api_token',
      'user_session',
      'user_measure',
      'user_grant',
      'user_sso_identity',
      'user_password',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
