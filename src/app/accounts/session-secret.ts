/**
 * The server's session secret (GOLDEN_THREAD_SESSION_SECRET): it signs cookies and derives CSRF
 * tokens. There is no default: in production a missing or weak secret stops the server; elsewhere a
 * random one is made for this run (sessions then end when the server restarts).
 */
import { UserError } from '../../domain/errors.js';
import { randomSecret } from './secrets.js';

export const SESSION_SECRET_VARIABLE = 'GOLDEN_THREAD_SESSION_SECRET';
export const MIN_SECRET_BYTES = 32;

const HOW =
  "generate one with `openssl rand -base64 48` (or `node -e \"console.log(require('crypto').randomBytes(48).toString('base64'))\"`)";

/** Bytes of the secret: base64 or hex text counts for what it decodes to, other text as written. */
function secretBytes(text: string): number {
  if (/^[0-9a-f]+$/i.test(text) && text.length % 2 === 0) return text.length / 2;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return Math.floor((text.replace(/=+$/, '').length * 3) / 4);
  return Buffer.byteLength(text);
}

/** Why the secret is weak, or null. Long but repetitive text is as weak as short text. */
export function secretProblem(text: string): string | null {
  if (secretBytes(text) < MIN_SECRET_BYTES) {
    return `${SESSION_SECRET_VARIABLE} is too short: it must hold at least ${MIN_SECRET_BYTES} random bytes; ${HOW}`;
  }
  if (new Set(text).size < 16) {
    return `${SESSION_SECRET_VARIABLE} does not look random (too few different characters); ${HOW}`;
  }
  return null;
}

export interface SessionSecret {
  secret: string;
  /** True when made up for this run because none was configured. */
  generated: boolean;
}

export function sessionSecretFrom(env: NodeJS.ProcessEnv): SessionSecret {
  const text = env[SESSION_SECRET_VARIABLE]?.trim();
  const production = env.NODE_ENV === 'production';
  if (!text) {
    if (production) {
      throw new UserError(
        'invalid-input',
        `${SESSION_SECRET_VARIABLE} is not set, and NODE_ENV=production needs it: ${HOW}, and keep it out of version control`,
      );
    }
    return { secret: randomSecret(48), generated: true };
  }
  const problem = secretProblem(text);
  if (problem) throw new UserError('invalid-input', problem);
  return { secret: text, generated: false };
}
