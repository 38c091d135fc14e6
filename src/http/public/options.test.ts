import { describe, expect, it } from 'vitest';
import { publicOptionsFromEnv, readBasePath, readRateLimit, readServeMode } from './options.js';

describe('the public site’s options', () => {
  it('reads a base path with or without its slashes, and the root as no path', () => {
    expect(readBasePath(undefined)).toBe('');
    expect(readBasePath('/')).toBe('');
    expect(readBasePath('/data/')).toBe('/data');
    expect(readBasePath('/open/data')).toBe('/open/data');
  });

  it('refuses a base path that is not a path, or that the API or staff application uses', () => {
    expect(() => readBasePath('data')).toThrow(/not a path/);
    expect(() => readBasePath('/da ta')).toThrow(/not a path/);
    expect(() => readBasePath('/api')).toThrow(/taken by the API or the staff application/);
    expect(() => readBasePath('/app/public')).toThrow(/taken/);
  });

  it('reads what to serve and the rate limit, naming what was expected when they are wrong', () => {
    expect(readServeMode(undefined)).toBe('both');
    expect(readServeMode('public')).toBe('public');
    expect(() => readServeMode('everything')).toThrow(/one of both, public, staff/);
    expect(readRateLimit('')).toBe(300);
    expect(readRateLimit('60')).toBe(60);
    expect(() => readRateLimit('0')).toThrow(/whole number/);
    expect(
      publicOptionsFromEnv({ GOLDEN_THREAD_PUBLIC_PATH: '/data', GOLDEN_THREAD_SERVE: 'staff' }),
    ).toEqual({
      basePath: '/data',
      serve: 'staff',
      rateLimitPerMinute: 300,
    });
  });
});
