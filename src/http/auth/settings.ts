/** How the server authenticates: its secret, session lifetimes, password cost, clock and single sign-on. */
import { DEFAULT_COST, type ScryptCost } from '../../app/accounts/passwords.js';
import { randomSecret } from '../../app/accounts/secrets.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from '../../app/accounts/sessions.js';

export interface OidcSettings {
  /** The issuer exactly as the provider names itself, e.g. https://login.microsoftonline.com/<tenant>/v2.0 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: this server's /api/v1/sso/callback, as users reach it. */
  redirectUri: string;
  /** For tests against a provider on http://127.0.0.1 only. */
  allowHttp?: boolean;
}

export interface AuthSettings {
  /** Signs cookies and derives CSRF tokens; see app/accounts/session-secret.ts. */
  secret: string;
  session: SessionPolicy;
  passwordCost: ScryptCost;
  /** The time now; tests pass their own to move past timeouts without waiting. */
  clock: () => Date;
  oidc: OidcSettings | null;
}

export function authSettings(given: Partial<AuthSettings> = {}): AuthSettings {
  return {
    secret: given.secret ?? randomSecret(48),
    session: given.session ?? DEFAULT_SESSION_POLICY,
    passwordCost: given.passwordCost ?? DEFAULT_COST,
    clock: given.clock ?? (() => new Date()),
    oidc: given.oidc ?? null,
  };
}
