import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { useCouncilServer } from '../test-server.js';

describe.each(DIALECTS)('security headers and limits on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  it('sends a Content-Security-Policy without unsafe-inline, nosniff and no framing, on pages and the API', async () => {
    for (const url of ['/', '/api/v1/measures', '/api/docs/', '/healthz']) {
      const response = await server.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp, url).toMatch(/frame-ancestors 'none'/);
      expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      // Not over HTTPS here, so no HSTS (see the trusted-proxy test for the HTTPS case).
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('serves the front page with its styles from a file, with no inline style or script', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/' });
    expect(page.body).not.toMatch(/<style|<script|style=/);
    expect(page.body).toMatch(/<link rel="stylesheet" href="\/assets\/public\/site.css"\/>/);
    const css = await server.app.inject({ method: 'GET', url: '/assets/public/site.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
  });

  it('refuses a sign-in body larger than a sign-in needs, naming the problem, before reading it', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'a@example.org', password: 'x'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('invalid-input');
  });

  it('refuses a sign-in sent as a form, which another site could post', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40example.org&password=whatever',
    });
    expect(response.statusCode).toBe(415);
  });

  it('names the field at fault in a malformed sign-in', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'a@example.org' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^password:/);
  });
});
