/**
 * Dashboards in a real browser over the demo council: a generated twenty-card dashboard drawn
 * from one request, edited by keyboard (a card added, one moved, one removed), saved, and still
 * so after a reload; the ward map as a hex map and, once boundaries are uploaded, as a true map.
 * Every page is checked with axe-core and photographed to test-results/screenshots/web-dashboard-*.png.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replaceWardBoundaries } from '../../src/app/dashboards/ward-map.js';
import { saveScreenshot } from '../../test/browser.js';
import { checkPage } from '../web/pages.js';
import { useDemoBrowser } from '../web/session.js';

const DASHBOARD = '/app/dashboards/objective-OB-COM-CHILDSAFE?period=2017/18-Q2';
const BOUNDARY_FILE = fileURLToPath(
  new URL('../../../shared/data/geo/wolverhampton-wards-2013.geojson', import.meta.url),
);

describe('dashboards in the staff web app', () => {
  const demo = useDemoBrowser();
  const signedIn = (role: string) => demo.pageAs(role, { width: 1400, height: 1000 });

  /** Waits until every chart and map on the page is drawn. */
  async function allDrawn(page: Page): Promise<void> {
    await page.locator('.dash-card').first().waitFor();
    await expect.poll(() => page.locator('[data-chart="loading"]').count(), { timeout: 20_000 }).toBe(0);
  }

  const cardIds = async (page: Page) =>
    Promise.all((await page.locator('.dash-card').all()).map((card) => card.getAttribute('data-card-id')));

  it('draws a generated twenty-card dashboard of the demo council from one request for its data', async () => {
    const { page, errors } = await signedIn('performance-officer');
    const dataRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/v1\/dashboards\/[^/]+\/data/.test(r.url())) dataRequests.push(r.url());
    });
    const started = Date.now();
    await page.goto(`${demo.server.url}${DASHBOARD}`);
    await allDrawn(page);
    const took = Date.now() - started;
    console.log(
      `twenty-card dashboard drawn ${took} ms after navigation (with a sign-in session, first load)`,
    );
    await expect(page.locator('.dash-card').count()).resolves.toBe(20);
    expect(dataRequests).toHaveLength(1);
    await expect(page.locator('.dash-card--headline .status__word').first().textContent()).resolves.toMatch(
      /Green|Amber|Red|Overdue|No data|No target|Neutral/,
    );
    await expect(page.locator('.ward-map__key').textContent()).resolves.toMatch(/wards?/);
    await checkPage(page, 'dashboard');
    await page
      .locator('.dash-card--ward-map')
      .screenshot({ path: 'test-results/screenshots/web-dashboard-hex-map.png' });
    expect(errors).toEqual([]);
  });

  it('adds, moves and removes cards by keyboard, saves them for everyone, and keeps them after a reload', async () => {
    const { page, errors } = await signedIn('performance-officer');
    await page.goto(`${demo.server.url}${DASHBOARD}`);
    await allDrawn(page);
    const before = await cardIds(page);
    await page.getByRole('button', { name: 'Edit this dashboard' }).click();

    // Add a trend card of residential burglaries in Bushbury North.
    await page.getByLabel('Kind of card').selectOption('trend');
    const measure = page.getByLabel('Measure', { exact: true });
    await measure.selectOption('W-CRM-01');
    await page.getByLabel('Area', { exact: true }).last().selectOption('E05001324');
    await page.getByRole('button', { name: 'Add the card' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Card added at row/ })
        .count(),
    ).resolves.toBe(1);

    // Move the second card left, by keyboard: it swaps with the first.
    const second = before[1]!;
    const moveLeft = page.locator(`[data-card="${second}"][data-action="left"]`);
    await moveLeft.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardIds(page))[0]).toBe(second);
    // Focus stays on the button that was pressed, so the card can be moved on.
    await expect(page.locator(':focus').getAttribute('data-action')).resolves.toBe('left');

    // Remove the third card.
    const removed = before[2]!;
    await page.locator(`[data-card="${removed}"][data-action="remove"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardIds(page)).includes(removed)).toBe(false);
    await checkPage(page, 'dashboard-editing');

    await page.getByRole('button', { name: 'Save for everyone' }).click();
    await page.getByRole('button', { name: 'Edit this dashboard' }).waitFor();
    await expect(page.locator('.dash-meta').textContent()).resolves.toMatch(/Version 1, saved by/);

    await page.reload();
    await allDrawn(page);
    const after = await cardIds(page);
    expect(after[0]).toBe(second);
    expect(after).not.toContain(removed);
    expect(after).toHaveLength(20);
    const added = page.locator('.dash-card--trend').filter({ hasText: 'Bushbury North' });
    await expect(added.count()).resolves.toBe(1);
    await checkPage(page, 'dashboard-saved');
    expect(errors).toEqual([]);
  });

  it('lists the dashboards by objective, directorate and service, each a link to open it', async () => {
    const { page, errors } = await signedIn('director');
    await page.getByRole('link', { name: 'Dashboards', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Corporate Plan objectives' }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'Directorates' }).count()).resolves.toBe(1);
    await checkPage(page, 'dashboard-index');
    await page
      .getByRole('link', { name: 'Keep children safe and safely reduce the number of Looked After Children' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Keep children safe/ }).waitFor();
    await allDrawn(page);
    expect(errors).toEqual([]);
  });

  it('keeps the period and ward in the address, so a shared link shows the same view', async () => {
    const { page, errors } = await signedIn('cabinet-member');
    await page.goto(`${demo.server.url}${DASHBOARD}&area=E05001324`);
    await allDrawn(page);
    await expect(page.getByLabel('Area', { exact: true }).inputValue()).resolves.toBe('E05001324');
    await expect(page.locator('.dash-meta').textContent()).resolves.toMatch(/show Bushbury North/);
    await expect(
      page.locator('.dash-card__notice', { hasText: 'Not counted by ward' }).count(),
    ).resolves.toBeGreaterThan(0);
    // A councillor may read the Corporate Plan's dashboards but not change them.
    await expect(page.getByRole('button', { name: 'Edit this dashboard' }).count()).resolves.toBe(0);
    await checkPage(page, 'dashboard-ward');
    expect(errors).toEqual([]);
  });

  it('draws the ward map from real boundaries once an administrator has uploaded them', async () => {
    const geojson = JSON.parse(readFileSync(BOUNDARY_FILE, 'utf8')) as unknown;
    await replaceWardBoundaries(demo.server.store, geojson, 'wolverhampton-wards-2013.geojson', undefined, {
      by: 'administrator',
      at: new Date().toISOString(),
    });
    const { page, errors } = await signedIn('director');
    await page.goto(`${demo.server.url}/app/dashboards/directorate-DIR-PEOPLE?period=2017/18-Q2`);
    await allDrawn(page);
    const map = page.locator('.dash-card--ward-map');
    await expect(map.locator('.ward-map__caption').textContent()).resolves.toMatch(
      /uploaded from wolverhampton-wards-2013.geojson/,
    );
    await map.locator('summary', { hasText: 'Show the wards as a table' }).click();
    await expect(map.locator('tbody tr').count()).resolves.toBe(20);
    await checkPage(page, 'dashboard-boundaries');
    await map.screenshot({ path: 'test-results/screenshots/web-dashboard-boundary-map.png' });
    await saveScreenshot(page, 'web-dashboard-boundaries-full');
    expect(errors).toEqual([]);
  });
});
