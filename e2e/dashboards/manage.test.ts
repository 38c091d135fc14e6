/**
 * Making and keeping dashboards in a real browser over the demo council: a new blank dashboard
 * opened in the editor and given its first card; its version history in words, and an earlier
 * version brought back as a new one; the administrator's ward map page with a wrong file's
 * problems named and the ONS boundaries uploaded (read from ../shared, never copied in), then the
 * hex map put back; and a chart's tooltip shown on hover with no refusal from the page's CSP.
 * Screenshots: test-results/screenshots/web-dashboard-*.png and web-maps-*.png.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../../test/browser.js';
import { checkPage } from '../web/pages.js';
import { useDemoBrowser } from '../web/session.js';

const DASHBOARD = '/app/dashboards/objective-OB-COM-CHILDSAFE?period=2017/18-Q2';
const BOUNDARY_FILE = fileURLToPath(
  new URL('../../../shared/data/geo/wolverhampton-wards-2013.geojson', import.meta.url),
);

describe('making, restoring and mapping dashboards in the staff web app', () => {
  const demo = useDemoBrowser();
  const signedIn = (role: string) => demo.pageAs(role, { width: 1400, height: 1000 });

  it('shows a chart’s figures in a tooltip on hover, drawn without breaking the page’s CSP', async () => {
    const { page, errors } = await signedIn('performance-officer');
    await page.goto(`${demo.server.url}${DASHBOARD}`);
    await page.locator('.dash-card').first().waitFor();
    await expect.poll(() => page.locator('[data-chart="loading"]').count(), { timeout: 20_000 }).toBe(0);
    const chart = page.locator('.dash-card--trend .dash-chart__canvas').first();
    await chart.scrollIntoViewIfNeeded();
    const before = await chart.screenshot();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
    // The tooltip is drawn on the chart's canvas: the picture changes once it shows.
    await expect
      .poll(async () => Buffer.compare(before, await chart.screenshot()) !== 0, { timeout: 5_000 })
      .toBe(true);
    await chart.screenshot({ path: 'test-results/screenshots/web-dashboard-tooltip.png' });
    expect(errors).toEqual([]);
  });

  it(
    'makes a blank dashboard, opens it in the editor, adds a card and saves it',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await signedIn('performance-officer');
      await page.goto(`${demo.server.url}/app/dashboards`);
      await page.getByRole('heading', { level: 2, name: 'New dashboard' }).waitFor();
      await page.getByRole('button', { name: 'Make the dashboard' }).click();
      await page.getByRole('alert').filter({ hasText: 'Enter a title for the new dashboard' }).waitFor();
      await checkPage(page, 'dashboard-new-error');

      await page.getByLabel('Title', { exact: true }).fill('Burglary in the north');
      await expect(page.getByLabel('Start from').inputValue()).resolves.toBe('');
      await page.getByRole('button', { name: 'Make the dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Burglary in the north' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Add a card' }).waitFor();
      await expect(page.getByText('This dashboard has no cards yet.').count()).resolves.toBe(1);
      await page.getByLabel('Kind of card').selectOption('trend');
      await page.getByLabel('Measure', { exact: true }).selectOption('W-CRM-01');
      await page.getByRole('button', { name: 'Add the card' }).click();
      await page.locator('.dash-card--trend').waitFor();
      await checkPage(page, 'dashboard-new-editing');
      await page.getByRole('button', { name: 'Save for everyone' }).click();
      await page.locator('.dash-meta', { hasText: 'Version 2, saved by' }).waitFor();
      await expect.poll(() => page.locator('[data-chart="loading"]').count(), { timeout: 20_000 }).toBe(0);
      await checkPage(page, 'dashboard-new-saved');
      expect(errors).toEqual([]);
    },
  );

  it(
    'lists the versions in words and brings an earlier one back as a new version',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await signedIn('performance-officer');
      await page.goto(`${demo.server.url}/app/dashboards/custom-burglary-in-the-north`);
      await page.getByRole('link', { name: 'Version history' }).click();
      await page.getByRole('heading', { level: 1, name: 'Version history: Burglary in the north' }).waitFor();
      const version = (n: number) =>
        page.locator('.dash-history__version').filter({
          has: page.getByRole('heading', { level: 2, name: new RegExp(`^Version ${n}\\b`) }),
        });
      await version(2)
        .filter({ hasText: /Added “Residential burglar/ })
        .waitFor();
      await version(1).filter({ hasText: 'Created with 0 cards' }).waitFor();
      await checkPage(page, 'dashboard-history');

      await page.getByRole('button', { name: 'Restore version 1' }).click();
      await page.locator('.dash-history__done', { hasText: 'Version 1 brought back as version 3' }).waitFor();
      await version(3).filter({ hasText: 'Restored the cards of version 1' }).waitFor();
      // Nothing is taken out of the history.
      await expect(page.locator('.dash-history__version').count()).resolves.toBe(3);
      await checkPage(page, 'dashboard-history-restored');
      await page.getByRole('link', { name: 'Back to the dashboard' }).click();
      await page.getByText('This dashboard has no cards yet.').waitFor();
      expect(errors).toEqual([]);
    },
  );

  it(
    'lets an administrator upload ward boundaries, names a wrong file’s problems, and go back to the hex map',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await signedIn('administrator');
      await page.getByRole('link', { name: 'Ward map', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Ward map' }).waitFor();
      await page.locator('.ward-map__caption', { hasText: 'Hex map' }).waitFor();
      await expect.poll(() => page.locator('[data-chart="loading"]').count(), { timeout: 20_000 }).toBe(0);
      await checkPage(page, 'maps-hex');

      // Another year's file: two wards missing, one ward's code unknown, one drawn as a point.
      const wrong = JSON.parse(readFileSync(BOUNDARY_FILE, 'utf8')) as {
        features: { properties: Record<string, unknown>; geometry: unknown }[];
      };
      wrong.features = wrong.features.slice(2);
      wrong.features[0]!.properties.WD13CD = 'E05009999';
      wrong.features[1]!.geometry = { type: 'Point', coordinates: [-2.1, 52.6] };
      const file = page.getByLabel('Ward boundaries (GeoJSON)');
      await file.setInputFiles({
        name: 'wards-wrong.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(wrong)),
      });
      await page.getByRole('button', { name: 'Upload the boundaries' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'The ward boundaries were not saved' });
      await summary.filter({ hasText: "E05009999 is not one of the council's wards" }).waitFor();
      await expect(summary.textContent()).resolves.toMatch(/has a Point geometry; a ward needs a Polygon/);
      await expect(summary.textContent()).resolves.toMatch(/wards have no boundary: Bilston East/);
      await checkPage(page, 'maps-upload-errors');

      await file.setInputFiles({
        name: 'notes.geojson',
        mimeType: 'text/plain',
        buffer: Buffer.from('wards?'),
      });
      await page.getByRole('button', { name: 'Upload the boundaries' }).click();
      await summary.filter({ hasText: 'notes.geojson is not GeoJSON' }).waitFor();

      await file.setInputFiles(BOUNDARY_FILE);
      await page.getByRole('button', { name: 'Upload the boundaries' }).click();
      await page
        .locator('.maps-upload__saved', { hasText: 'Saved: 20 wards from wolverhampton-wards-2013.geojson' })
        .waitFor();
      await page
        .locator('.ward-map__caption', { hasText: 'uploaded from wolverhampton-wards-2013.geojson' })
        .waitFor();
      await page
        .getByRole('cell', { name: 'Uploaded 20 ward boundaries from wolverhampton-wards-2013.geojson' })
        .waitFor();
      await expect.poll(() => page.locator('[data-chart="loading"]').count(), { timeout: 20_000 }).toBe(0);
      await checkPage(page, 'maps-boundaries');

      await page.getByRole('button', { name: 'Go back to the hex map' }).click();
      await page.locator('.ward-map__caption', { hasText: 'Hex map' }).waitFor();
      await page.getByRole('cell', { name: 'Went back to the hex map' }).waitFor();
      await saveScreenshot(page, 'web-maps-back-to-hex');
      // The browser logs the refused upload's answer (400) itself; nothing else may go wrong.
      expect(errors.filter((e) => !/status of 400 \(Bad Request\)/.test(e))).toEqual([]);
    },
  );

  it('shows the ward map page to administrators only', async () => {
    const { page, errors } = await signedIn('director');
    await expect(page.getByRole('link', { name: 'Ward map', exact: true }).count()).resolves.toBe(0);
    await page.goto(`${demo.server.url}/app/maps`);
    await page.getByText('Only administrators may change the ward map.').waitFor();
    expect(errors).toEqual([]);
  });
});
