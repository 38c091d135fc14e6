/**
 * The public site in a real browser over the demo council, as a resident on a desktop (1280 px)
 * and on a phone (390 px): every page checked with axe-core (WCAG 2.2 AA) and photographed to
 * test-results/screenshots/public-*.png; a journey from the home page to a ward by links alone;
 * and every page complete with JavaScript switched off.
 */
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../src/app/demo-council.js';
import { buildServer } from '../../src/http/server.js';
import { setSuppressionRule } from '../../src/store/publication.js';
import { axeViolations, describeViolations, launchBrowser, saveScreenshot } from '../../test/browser.js';
import { createTestDatabase, type TestDatabase } from '../../test/store-fixture.js';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['plan', '/plan'],
  ['measures', '/measures'],
  ['measure', '/measures/CP-ECO-01'],
  ['ward-measure', '/measures/W-HLTH-01'],
  ['wards', '/wards'],
  ['ward', '/wards/E05001321'],
  ['comparisons', '/comparisons'],
  ['search', '/search?q=employment'],
  ['accessibility', '/accessibility'],
  ['open-data', '/open-data'],
  ['not-found', '/measures/NO-SUCH-MEASURE'],
];

const WIDTHS = [
  ['desktop', 1280, 900],
  ['phone', 390, 844],
] as const;

describe('the public site in a browser', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await loadDemoIfEmpty(database.store, new Date('2026-11-25T00:00:00Z'));
    // A small-number rule on a ward measure, so the withheld marks are seen too.
    await setSuppressionRule(database.store.db, {
      measureId: 'W-HLTH-01',
      suppressBelow: 20,
      by: 'test',
      at: '2026-11-25T00:00:00Z',
    });
    app = await buildServer({ store: database.store, publicSite: { rateLimitPerMinute: 100_000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  describe.each(WIDTHS)('on a %s', (device, width, height) => {
    it.each(PAGES)(
      'shows the %s page with no accessibility violations',
      async (name, path) => {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const response = await page.goto(`${base}${path}`);
        expect(response?.status()).toBe(name === 'not-found' ? 404 : 200);
        const violations = await axeViolations(page);
        await saveScreenshot(page, `public-${name}-${device}`);
        expect(violations, describeViolations(violations)).toEqual([]);
        // Nothing is wider than the screen but the tables that scroll on purpose.
        const overflow = await page.evaluate(() => {
          const doc = (
            globalThis as unknown as {
              document: { documentElement: { scrollWidth: number; clientWidth: number } };
            }
          ).document;
          return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
        });
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      },
      60_000,
    );
  });

  it('takes a resident from the home page to a measure and on to a ward by links alone, without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Measures' }).click();
    await expect.poll(() => page.title()).toMatch(/^Measures – /);
    await page.getByRole('link', { name: 'Youth claimant rate (residents aged 18–24)' }).first().click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Youth claimant rate (residents aged 18–24)');
    await page.goto(`${base}/measures/W-HLTH-01`);
    await page.getByRole('link', { name: 'Bilston East' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bilston East');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search measures, wards and the Corporate Plan').fill('claimant');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('#results').textContent()).toMatch(/results? for “claimant”/);
    await context.close();
  }, 60_000);
});
