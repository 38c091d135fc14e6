/**
 * Where the public site lives and what one server serves: the public site at the root (or under
 * a path of the council's choosing), the staff application, or both. A council that wants the
 * public site on its own host name runs one server with `serve: public` behind that name.
 */
import { UserError } from '../../domain/errors.js';

export const SERVE_MODES = ['both', 'public', 'staff'] as const;
export type ServeMode = (typeof SERVE_MODES)[number];

export interface PublicSiteOptions {
  /** '' for the site root, or a path such as '/data' (no trailing slash). */
  basePath: string;
  serve: ServeMode;
  /** Requests per minute per address to the open-data downloads and the public API. */
  rateLimitPerMinute: number;
}

export const DEFAULT_PUBLIC_OPTIONS: PublicSiteOptions = {
  basePath: '',
  serve: 'both',
  rateLimitPerMinute: 300,
};

/** Checks a base path as an administrator gives it: "/", "", "/data" and "/data/" are all fine. */
export function readBasePath(text: string | undefined): string {
  const value = (text ?? '').trim();
  if (value === '' || value === '/') return '';
  const path = value.replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(path))
    throw new UserError(
      'invalid-input',
      `public base path: "${value}" is not a path: expected one such as /data or /performance`,
    );
  if (/^\/(api|app)(\/|$)/.test(path))
    throw new UserError(
      'invalid-input',
      `public base path: "${value}" is taken by the API or the staff application; choose another, such as /data`,
    );
  return path;
}

export function readServeMode(text: string | undefined): ServeMode {
  const value = (text ?? 'both').trim() || 'both';
  if (!(SERVE_MODES as readonly string[]).includes(value))
    throw new UserError('invalid-input', `serve: "${value}" is not one of ${SERVE_MODES.join(', ')}`);
  return value as ServeMode;
}

export function readRateLimit(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_PUBLIC_OPTIONS.rateLimitPerMinute;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(
      'invalid-input',
      `public rate limit: "${text}" is not a whole number of requests per minute (1 or more)`,
    );
  return n;
}

/** The options from the environment: GOLDEN_THREAD_PUBLIC_PATH, GOLDEN_THREAD_SERVE, GOLDEN_THREAD_PUBLIC_RATE_LIMIT. */
export function publicOptionsFromEnv(env: Record<string, string | undefined>): PublicSiteOptions {
  return {
    basePath: readBasePath(env.GOLDEN_THREAD_PUBLIC_PATH),
    serve: readServeMode(env.GOLDEN_THREAD_SERVE),
    rateLimitPerMinute: readRateLimit(env.GOLDEN_THREAD_PUBLIC_RATE_LIMIT),
  };
}
