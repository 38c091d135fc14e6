/**
 * Single sign-on settings from the environment. All four must be set together, or none: a partial
 * setup is a mistake to name, not a silent fallback to passwords.
 */
import { UserError } from '../domain/errors.js';
import type { OidcSettings } from '../http/auth/settings.js';

const VARIABLES = {
  issuer: 'GOLDEN_THREAD_OIDC_ISSUER',
  clientId: 'GOLDEN_THREAD_OIDC_CLIENT_ID',
  clientSecret: 'GOLDEN_THREAD_OIDC_CLIENT_SECRET',
  redirectUri: 'GOLDEN_THREAD_OIDC_REDIRECT_URI',
} as const;

export function oidcSettingsFrom(env: NodeJS.ProcessEnv): OidcSettings | null {
  const values = Object.fromEntries(
    Object.entries(VARIABLES).map(([key, name]) => [key, env[name]?.trim() || undefined]),
  ) as Record<keyof typeof VARIABLES, string | undefined>;
  const missing = Object.entries(VARIABLES).filter(
    ([key]) => values[key as keyof typeof VARIABLES] === undefined,
  );
  if (missing.length === Object.keys(VARIABLES).length) return null;
  if (missing.length > 0) {
    throw new UserError(
      'invalid-input',
      `Single sign-on is half set up: also set ${missing.map(([, name]) => name).join(', ')} (or unset all GOLDEN_THREAD_OIDC_* variables)`,
    );
  }
  for (const key of ['issuer', 'redirectUri'] as const) {
    if (!/^https:\/\//.test(values[key]!)) {
      throw new UserError(
        'invalid-input',
        `${VARIABLES[key]} must be an https:// address, got "${values[key]}"`,
      );
    }
  }
  return {
    issuer: values.issuer!,
    clientId: values.clientId!,
    clientSecret: values.clientSecret!,
    redirectUri: values.redirectUri!,
  };
}
