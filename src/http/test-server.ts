/**
 * For the HTTP tests: a server over a fresh database holding the small test council, on one dialect,
 * built before a suite and closed after it, with an administrator signed in. Requests go in process
 * with `app.inject`; `getJson` sends the administrator's session unless told otherwise.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { CouncilBundle } from '../domain/council.js';
import type { Grant } from '../domain/access/roles.js';
import { afterAll, beforeAll } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, type TestDatabase, type TestDialect } from '../../test/store-fixture.js';
import { TEST_COST } from '../app/accounts/passwords.js';
import { addAccount } from '../app/accounts/users.js';
import { writeCouncilBundle } from '../store/bundle.js';
import type { Store } from '../store/connect.js';
import { nameMeasure } from '../store/users.js';
import { buildServer, type ServerOptions } from './server.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const ADMIN_EMAIL = 'admin@example.org';

/** A signed-in browser: the cookies to send and the CSRF token for changes. */
export interface Browser {
  email: string;
  cookie: string;
  csrfToken: string;
}

export interface CouncilServer {
  app: FastifyInstance;
  database: TestDatabase;
  /** The administrator every suite starts with. */
  admin: Browser;
}

export interface CouncilServerOptions extends Omit<ServerOptions, 'store'> {
  /** The council to load; the small test council by default. */
  council?: CouncilBundle;
}

const defaultBrowser = new WeakMap<FastifyInstance, Browser>();

export function useCouncilServer(
  dialect: TestDialect,
  { council = aSmallCouncil(), auth, ...options }: CouncilServerOptions = {},
): CouncilServer {
  const context = {} as CouncilServer;
  beforeAll(async () => {
    context.database = await createTestDatabase(dialect);
    await writeCouncilBundle(context.database.store.db, council, TEST_CHANGE);
    context.app = await buildServer({
      store: context.database.store,
      auth: { passwordCost: TEST_COST, ...auth },
      ...options,
    });
    await addTestAccount(context.database.store, { email: ADMIN_EMAIL, isAdmin: true });
    context.admin = await signIn(context.app, ADMIN_EMAIL);
    defaultBrowser.set(context.app, context.admin);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.drop();
  });
  return context;
}

export async function addTestAccount(
  store: Store,
  account: {
    email: string;
    isAdmin?: boolean;
    grants?: Grant[];
    personId?: string | null;
    measures?: string[];
  },
): Promise<void> {
  const user = await addAccount(
    store,
    { ...account, password: TEST_PASSWORD },
    { actor: 'test', at: new Date('2026-01-01T00:00:00Z') },
    TEST_COST,
  );
  for (const m of account.measures ?? []) await nameMeasure(store.db, user.id, m);
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready for a Cookie header. */
export function cookiesFrom(setCookie: string | string[] | undefined, previous = ''): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair] as const),
  );
  for (const header of [setCookie ?? []].flat()) {
    const pair = header.split(';')[0]!;
    const name = pair.slice(0, pair.indexOf('='));
    if (/^[^=]+=;/.test(header) || /Expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Browser> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${response.body}`);
  return { email, cookie: cookiesFrom(response.headers['set-cookie']), csrfToken: response.json().csrfToken };
}

export interface JsonAnswer {
  status: number;
  // The tests read bodies of many shapes; each asserts the fields it cares about.
  body: Record<string, unknown> & { error?: { code: string; message: string } };
  headers: Record<string, unknown>;
}

/** A request as `as` (a browser, or null for the public); the suite's administrator by default. */
export async function send(
  app: FastifyInstance,
  options: InjectOptions & { as?: Browser | null },
): Promise<JsonAnswer> {
  const { as = defaultBrowser.get(app) ?? null, headers = {}, ...rest } = options;
  const withCredentials = as ? { ...headers, cookie: as.cookie, 'x-csrf-token': as.csrfToken } : headers;
  const response = await app.inject({ ...rest, headers: withCredentials });
  const text = response.body;
  return {
    status: response.statusCode,
    body: text && /json/.test(String(response.headers['content-type'])) ? response.json() : {},
    headers: response.headers,
  };
}

export async function getJson(
  app: FastifyInstance,
  url: string,
  as?: Browser | null,
): Promise<Omit<JsonAnswer, 'headers'>> {
  const { status, body } = await send(app, { method: 'GET', url, ...(as === undefined ? {} : { as }) });
  return { status, body };
}
