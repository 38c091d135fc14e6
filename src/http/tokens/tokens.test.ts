import { describe, expect, it } from 'vitest';
import { anAccessCouncil } from '../../../test/access-council.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { disableAccount } from '../../app/accounts/users.js';
import { addTestAccount, send, signIn, useCouncilServer, type Browser } from '../test-server.js';

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: anAccessCouncil() });

  async function aDirector(email: string): Promise<Browser> {
    await addTestAccount(server.database.store, {
      email,
      grants: [{ role: 'director', orgUnitId: 'DIR-A' }],
    });
    return signIn(server.app, email);
  }

  async function aToken(as: Browser, scopes: string[]): Promise<{ id: string; secret: string }> {
    const created = await send(server.app, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'Power BI', scopes },
      as,
    });
    expect(created.status).toBe(201);
    return { id: String(created.body.id), secret: String(created.body.secret) };
  }

  it('shows the secret once, keeps only its hash, and lists the token without it', async () => {
    const director = await aDirector('d1@example.org');
    const { id, secret } = await aToken(director, ['measures']);
    expect(secret).toMatch(/^gt_[A-Za-z0-9_-]{43}$/);
    const listed = await send(server.app, { method: 'GET', url: '/api/v1/tokens', as: director });
    expect(listed.body.tokens).toEqual([
      expect.objectContaining({ id, name: 'Power BI', scopes: ['measures'] }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const stored = await server.database.store.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(3));
  });

  it('reads within its scopes, and only what its account may see', async () => {
    const director = await aDirector('d2@example.org');
    const { secret } = await aToken(director, ['measures']);
    const own = await send(server.app, {
      method: 'GET',
      url: '/api/v1/measures/M-DIR-A',
      headers: bearer(secret),
      as: null,
    });
    expect(own.status).toBe(200);
    const sibling = await send(server.app, {
      method: 'GET',
      url: '/api/v1/measures/M-DIR-B',
      headers: bearer(secret),
      as: null,
    });
    expect(sibling.status).toBe(404);
    const list = await send(server.app, {
      method: 'GET',
      url: '/api/v1/measures',
      headers: bearer(secret),
      as: null,
    });
    expect((list.body.measures as { id: string }[]).map((m) => m.id)).not.toContain('M-DIR-B');
    const outOfScope = await send(server.app, {
      method: 'GET',
      url: '/api/v1/values?measure=M-DIR-A',
      headers: bearer(secret),
      as: null,
    });
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.body.error?.message).toMatch(/lacks the scope "values"/);
  });

  it('may not change anything, manage tokens or sign out', async () => {
    const director = await aDirector('d3@example.org');
    const { id, secret } = await aToken(director, ['measures', 'values', 'organisation']);
    for (const [method, url] of [
      ['POST', '/api/v1/tokens'],
      ['DELETE', `/api/v1/tokens/${id}`],
      ['DELETE', '/api/v1/session'],
      ['GET', '/api/v1/tokens'],
      ['GET', '/api/v1/session'],
    ] as const) {
      const answer = await send(server.app, {
        method,
        url,
        headers: bearer(secret),
        as: null,
        payload: method === 'POST' ? { name: 'x', scopes: ['values'] } : undefined,
      });
      expect(answer.status, `${method} ${url}`).toBe(403);
    }
  });

  it('is refused with 401 once revoked, or once its account is disabled', async () => {
    const director = await aDirector('d4@example.org');
    const first = await aToken(director, ['measures']);
    const second = await aToken(director, ['measures']);
    expect(
      (await send(server.app, { method: 'DELETE', url: `/api/v1/tokens/${first.id}`, as: director })).status,
    ).toBe(204);
    const revoked = await send(server.app, {
      method: 'GET',
      url: '/api/v1/measures',
      headers: bearer(first.secret),
      as: null,
    });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error?.message).toMatch(/unknown or has been revoked/);
    expect(
      (
        await send(server.app, {
          method: 'GET',
          url: '/api/v1/measures',
          headers: bearer(second.secret),
          as: null,
        })
      ).status,
    ).toBe(200);
    await disableAccount(server.database.store, 'd4@example.org', { actor: 'test', at: new Date() });
    expect(
      (
        await send(server.app, {
          method: 'GET',
          url: '/api/v1/measures',
          headers: bearer(second.secret),
          as: null,
        })
      ).status,
    ).toBe(401);
  });

  it('refuses a made-up token even on a public route, rather than treating it as the public', async () => {
    const answer = await send(server.app, {
      method: 'GET',
      url: '/api/v1/measures',
      headers: bearer('gt_made-up'),
      as: null,
    });
    expect(answer.status).toBe(401);
  });

  it('does not let one person revoke another’s token', async () => {
    const owner = await aDirector('d5@example.org');
    const other = await aDirector('d6@example.org');
    const { id } = await aToken(owner, ['measures']);
    expect(
      (await send(server.app, { method: 'DELETE', url: `/api/v1/tokens/${id}`, as: other })).status,
    ).toBe(404);
    expect((await send(server.app, { method: 'GET', url: '/api/v1/tokens', as: other })).body.tokens).toEqual(
      [],
    );
  });

  it('refuses a token request naming no scope or an unknown one, naming the field', async () => {
    const director = await aDirector('d7@example.org');
    const none = await send(server.app, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'x', scopes: [] },
      as: director,
    });
    expect(none.status).toBe(400);
    expect(none.body.error?.message).toMatch(/^scopes: must name at least one/);
    const unknown = await send(server.app, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'x', scopes: ['everything'] },
      as: director,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toMatch(/scopes/);
  });
});
