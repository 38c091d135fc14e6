/**
 * An anonymous crawl of the whole public site and API: every link, image and download on every
 * page, and every measure and ward code every JSON answer names, followed until nothing new is
 * found. Nothing unpublished, restricted, retired, unapproved or withheld may appear anywhere,
 * not even inside a chart's SVG.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { useCouncilServer } from '../test-server.js';
import { aPublicCouncil, NEVER_PUBLIC, signOffPublicCouncil } from './public-council.js';

const council = aPublicCouncil();
const START = [
  '/',
  '/open-data',
  '/api/public/v1/measures',
  '/api/public/v1/wards',
  '/api/public/v1/plan',
  '/api/public/v1/comparisons',
];

function linksIn(html: string): { urls: string[]; images: string[] } {
  const urls: string[] = [];
  const images: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
    const url = m[1]!.replaceAll('&amp;', '&');
    const svg = /^data:image\/svg\+xml;base64,(.*)$/.exec(url);
    if (svg) images.push(Buffer.from(svg[1]!, 'base64').toString('utf8'));
    else if (url.startsWith('/') && !url.startsWith('//') && !/^\/(app|api\/docs)(\/|$)/.test(url))
      urls.push(url.split('#')[0]!);
  }
  return { urls, images };
}

function codesIn(value: unknown, found: { measures: Set<string>; wards: Set<string> }): void {
  if (Array.isArray(value)) return value.forEach((v) => codesIn(v, found));
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' && (key === 'code' || key === 'measure')) {
      if (/^E05\d{6}$/.test(v)) found.wards.add(v);
      else if (!/^E\d{8}$/.test(v)) found.measures.add(v);
    }
    if (typeof v === 'string' && key === 'area_code' && /^E05/.test(v)) found.wards.add(v);
    codesIn(v, found);
  }
}

function urlsFor(found: { measures: Set<string>; wards: Set<string> }): string[] {
  const urls: string[] = [];
  for (const c of found.measures)
    urls.push(`/measures/${c}`, `/api/public/v1/measures/${c}`, `/api/public/v1/measures/${c}/figures`);
  for (const c of found.wards) urls.push(`/wards/${c}`, `/api/public/v1/wards/${c}`, `/data/wards/${c}.json`);
  return urls;
}

describe.each(DIALECTS)('an anonymous crawl of the public site on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council, publicSite: { rateLimitPerMinute: 100_000 } });
  beforeAll(async () => {
    await signOffPublicCouncil(server.database.store, council);
  });

  it('finds no unpublished, restricted, retired, unapproved or withheld figure anywhere', async () => {
    const seen = new Set<string>();
    const queue = [...START];
    const forbidden = Object.values(NEVER_PUBLIC).flat();
    let pages = 0;
    const fromPage = new Set<string>();
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const answer = await server.app.inject({ method: 'GET', url });
      expect(answer.statusCode, url).toBeLessThan(500);
      // A link or image on a page leads somewhere: only the ids tried from JSON may be not found.
      if (fromPage.has(url)) expect(answer.statusCode, url).toBe(200);
      const type = String(answer.headers['content-type'] ?? '');
      const texts = [answer.body];
      if (type.startsWith('text/html')) {
        const { urls, images } = linksIn(answer.body);
        texts.push(...images);
        for (const u of urls) fromPage.add(u);
        queue.push(...urls);
        if (answer.statusCode === 200) pages++;
      } else if (type.includes('json') && answer.statusCode === 200) {
        const found = { measures: new Set<string>(), wards: new Set<string>() };
        codesIn(answer.json(), found);
        queue.push(...urlsFor(found));
      }
      for (const text of texts)
        for (const secret of forbidden) expect(text.includes(secret), `${url} shows "${secret}"`).toBe(false);
    }
    // The crawl reached every kind of page and every download format.
    expect(pages).toBeGreaterThan(10);
    for (const must of [
      '/measures/CP-ECO-01',
      '/measures/PUB-WARD',
      '/wards/E05001321',
      '/data/measures/PUB-PCT.csv',
      '/data/measures/PUB-PCT.csv-metadata.json',
      '/data/measures/PUB-WARD/wards.json',
      '/data/wards/E05001322.csv',
      '/data/plan.csv',
      '/comparisons',
      '/accessibility',
      '/api/public/v1/measures/PUB-PCT/figures',
      '/charts/measures/PUB-WARD/wards.svg',
      '/charts/measures/PUB-WARD/map.svg',
    ])
      expect(seen.has(must), must).toBe(true);
  });

  it('answers every hidden code, asked for directly, with not found', async () => {
    for (const code of NEVER_PUBLIC.codes) {
      for (const url of [
        `/measures/${code}`,
        `/api/public/v1/measures/${code}`,
        `/api/public/v1/measures/${code}/figures`,
        `/data/measures/${code}.csv`,
        `/data/measures/${code}.csv-metadata.json`,
        `/data/measures/${code}.json`,
        `/data/measures/${code}/wards.csv`,
        `/charts/measures/${code}/map.svg`,
      ]) {
        const answer = await server.app.inject({ method: 'GET', url });
        expect(answer.statusCode, url).toBe(404);
        for (const secret of Object.values(NEVER_PUBLIC).flat())
          expect(answer.body).not.toContain(secret.replace(code, '§'));
      }
    }
  });
});
