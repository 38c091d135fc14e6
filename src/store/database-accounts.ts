/**
 * The account tables as Kysely sees them (see migration 2026-11-25T2200-accounts). Secrets (session
 * ids, API tokens, passwords) appear here only as hashes.
 */
import type { Generated } from 'kysely';

export interface UserPasswordTable {
  user_id: string;
  /** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
  hash: string;
  changed_at: string;
}

export interface UserSsoIdentityTable {
  user_id: string;
  issuer: string;
  subject: string;
}

export interface UserGrantTable {
  id: Generated<number>;
  user_id: string;
  role: string;
  org_unit_id: string | null;
}

export interface UserMeasureTable {
  user_id: string;
  measure_id: string;
}

export interface UserSessionTable {
  /** SHA-256 of the session id the cookie carries, in hex. */
  id_hash: string;
  user_id: string;
  method: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** Space-separated. */
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
  checking_until: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  /** JSON, or null. */
  before: string | null;
  after: string | null;
  ip: string | null;
}

export interface AccountTables {
  user_password: UserPasswordTable;
  user_sso_identity: UserSsoIdentityTable;
  user_grant: UserGrantTable;
  user_measure: UserMeasureTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  sign_in_throttle: SignInThrottleTable;
  audit_event: AuditEventTable;
}
