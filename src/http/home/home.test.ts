import { describe, expect, it } from 'vitest';
import { useCouncilServer } from '../test-server.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { escapeHtml } from './html.js';

describe.each(DIALECTS)('the front page on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  it('shows the council, its Corporate Plan and its measures by category as HTML', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/<html lang="en-GB">/);
    expect(response.body).toMatch(/<header><p>City of Wolverhampton Council<\/p><\/header>/);
    expect(response.body).toMatch(/Corporate Plan:<\/span> Corporate Plan 2015–18/);
    expect(response.body).toMatch(/Priority:<\/span> A stronger economy <span class="kind">\(1 measure\)/);
    expect(response.body).toMatch(/<td>Corporate Plan measure<\/td><td class="n">1<\/td>/);
  });
});

describe('escapeHtml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
});
