/**
 * A real OpenID provider (the `oidc-provider` package) on 127.0.0.1 for the single sign-on tests,
 * with its own signing key, one client, PKCE required, and a hook that can rewrite the ID token it
 * issues — re-signed with its own key, so only the claims are wrong — to test the client's checks.
 */
import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'golden-thread';
export const CLIENT_SECRET = randomBytes(24).toString('base64url');
export const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/sso/callback';

export type Claims = Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  /** When set, every ID token issued is rewritten by it (and re-signed) until cleared. */
  tamper: ((claims: Claims) => Claims) | null;
  /** When true, tampered tokens are signed with a stranger's key under the provider's key id. */
  strangerSigns: boolean;
  stop(): Promise<void>;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startProvider(): Promise<TestProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: `${sub}@example.org` }),
    }),
    features: { devInteractions: { enabled: true } },
  });

  const state: TestProvider = {
    issuer,
    tamper: null,
    strangerSigns: false,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || !state.tamper || ctx.status !== 200) return;
    const body = ctx.body as { id_token?: string };
    if (!body.id_token) return;
    const [header, payload] = body.id_token.split('.');
    const claims = state.tamper(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Claims);
    const signingInput = `${header}.${base64url(claims)}`;
    const key = state.strangerSigns ? stranger : privateKey;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key).toString('base64url');
    ctx.body = { ...body, id_token: `${signingInput}.${signature}` };
  });

  server.on('request', provider.callback());
  return state;
}

/** A cookie jar for the browser's visit to the provider (names only; the provider scopes by path). */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0]!;
      const name = pair.slice(0, pair.indexOf('='));
      if (/expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, pair);
    }
  }
  header(): string {
    return [...this.cookies.values()].join('; ');
  }
}

/**
 * Plays the browser at the provider: from the authorization URL, through the login and consent
 * pages of its development interactions as `subject`, to the redirect back with a code. Returns the
 * callback URL the browser would be sent to.
 */
export async function authorizeAt(authorizationUrl: string, subject: string): Promise<URL> {
  const jar = new Jar();
  let url = authorizationUrl;
  let form: Record<string, string> | null = null;
  for (let hop = 0; hop < 20; hop += 1) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    jar.take(response);
    form = null;
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(REDIRECT_URI)) return next;
      url = next.href;
      continue;
    }
    const page = await response.text();
    if (response.status !== 200)
      throw new Error(`the provider answered ${response.status}: ${page.slice(0, 300)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider: ${page.slice(0, 300)}`);
    url = new URL(action, url).href;
    form = prompt === 'login' ? { prompt, login: subject, password: 'any' } : { prompt };
  }
  throw new Error('the provider never sent the browser back');
}
