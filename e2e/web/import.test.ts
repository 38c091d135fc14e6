/**
 * Importing figures in a real browser over the demo council: a data owner checks a file with one
 * changed figure and one error, sees the error by row and column, fixes the file, checks it again,
 * imports the one figure and finds it on the measure's page. Every page visited is checked with
 * axe-core (WCAG 2.2 AA) and photographed to test-results/screenshots/web-import-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from '../../test/browser.js';
import { canEnterFigures } from '../../src/domain/access/figures.js';
import { scopeOf } from '../../src/domain/access/scope.js';
import type { MeasureValue } from '../../src/domain/figures.js';
import type { Measure } from '../../src/domain/measure.js';
import { formatFigure } from '../../src/domain/status/format.js';
import { listMeasures } from '../../src/store/measures.js';
import { listOrgUnits } from '../../src/store/organisation.js';
import { accountOf, findUserByEmail } from '../../src/store/users.js';
import { currentValues } from '../../src/store/values.js';
import { startDemoServer, type DemoServer } from './demo-server.js';
import { checkPage, signInAs, watchErrors } from './pages.js';

const AUTHORITY = 'E08000031';
const HEADER = 'measure,period,area_code,value,numerator,denominator,status,quality_flag,note,source';

/** A measure the demo's data owner enters, with its latest figure for the whole authority. */
async function aFigureOfTheDataOwner(
  server: DemoServer,
): Promise<{ measure: Measure; figure: MeasureValue }> {
  const db = server.store.db;
  const user = (await findUserByEmail(db, server.emailOf('data-owner')))!;
  const account = await accountOf(db, user);
  const scope = scopeOf(account, await listOrgUnits(db));
  const theirs = (await listMeasures(db)).filter((m) => canEnterFigures(account, scope, m) && !m.formula);
  for (const measure of theirs) {
    const figures = await currentValues(db, { measureIds: [measure.id], areaCodes: [AUTHORITY] });
    const figure = figures.filter((f) => f.value !== null).at(-1);
    if (figure) return { measure, figure };
  }
  throw new Error('the demo data owner enters no measure with a figure for the authority');
}

const cell = (text: string | number | null) =>
  text === null ? '' : `"${String(text).replaceAll('"', '""')}"`;
const row = (f: MeasureValue, value: string | number) =>
  [
    f.measureId,
    f.period,
    f.areaCode,
    value,
    f.numerator,
    f.denominator,
    f.status,
    f.qualityFlag,
    f.note,
    f.source,
  ]
    .map((v) => cell(v))
    .join(',');

describe('importing figures in the staff web app', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let folder: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    folder = mkdtempSync(join(tmpdir(), 'golden-thread-import-e2e-'));
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('checks a file, shows its error by row and column, then imports the fixed file and shows the figure on the measure’s page', async () => {
    const { measure, figure } = await aFigureOfTheDataOwner(server);
    // One more, or one less near the top of a percentage's range, as the measure rounds.
    const step = figure.value! > 98 ? -1 : 1;
    const newValue = Math.round((figure.value! + step) * 10 ** measure.decimals) / 10 ** measure.decimals;
    const good = row(figure, newValue);
    const bad = row({ ...figure, period: '2010/11' }, 'twelve');
    const file = join(folder, 'figures.csv');
    writeFileSync(file, [HEADER, good, bad].join('\r\n'));

    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAs(page, server, 'data-owner');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import figures' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import figures from a file' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Recent imports' }).waitFor();
    await checkPage(page, 'import');

    await page.getByLabel('File of figures').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const summary = page.locator('.error-summary', { hasText: 'figures.csv cannot be imported: 1 error' });
    await summary.waitFor();
    await page.getByText('Nothing can be imported until the errors are fixed.').waitFor();
    const errorRow = page.locator('#import-problem-1');
    await expect
      .poll(() => errorRow.locator('td').allTextContents())
      .toEqual([
        'Error',
        '3',
        'value',
        'twelve',
        expect.stringMatching(/number/) as unknown as string,
        expect.any(String) as unknown as string,
      ]);
    expect(await page.getByRole('button', { name: /^Import / }).count()).toBe(0);
    await summary.getByRole('link', { name: /Row 3, value/ }).click();
    await expect.poll(() => page.evaluate('location.hash')).toBe('#import-problem-1');
    await checkPage(page, 'import-errors');
    // On a phone the page is one column and the problems table scrolls inside itself.
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage(page, 'import-errors-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    writeFileSync(file, [HEADER, good].join('\r\n'));
    // Choosing the fixed file again: the page clears the field as its chooser opens, as here.
    await page.getByLabel('File of figures').setInputFiles([]);
    await page.getByLabel('File of figures').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const importButton = page.getByRole('button', { name: 'Import 1 figure' });
    await importButton.waitFor();
    const change = page.locator('.import-preview tbody tr', { hasText: figure.period });
    await expect
      .poll(() => change.locator('td').allTextContents())
      .toEqual([
        '2',
        expect.stringContaining(measure.id) as unknown as string,
        figure.period,
        expect.stringContaining(AUTHORITY) as unknown as string,
        figure.value!.toLocaleString('en-GB'),
        newValue.toLocaleString('en-GB'),
      ]);
    await checkPage(page, 'import-preview');

    await importButton.click();
    const done = page.getByRole('status').filter({ hasText: 'Imported one figure from figures.csv' });
    await done.waitFor();
    await page.locator('.import-done').getByText('1 changed').waitFor();
    await checkPage(page, 'import-done');

    await done.getByRole('link', { name: `See ${measure.id} ${measure.title}` }).click();
    await page.getByRole('heading', { level: 1, name: measure.title }).waitFor();
    const shown = formatFigure(newValue, {
      unit: measure.unit,
      decimals: measure.decimals,
      ratePer: measure.ratePer,
    });
    // The figure's row names the new version and who imported it.
    await page
      .locator('table.figure-data tr', { hasText: `version 2, ${server.emailOf('data-owner')}` })
      .filter({ hasText: shown })
      .waitFor();
    await checkPage(page, 'import-measure');
    expect(errors).toEqual([]);
  });

  it('shows how much of a file has been sent while it uploads, then the check', async () => {
    const { figure } = await aFigureOfTheDataOwner(server);
    const file = join(folder, 'long.csv');
    // Long notes make a file of about 300 KB; the upload is slowed so its progress can be seen.
    const rows = Array.from({ length: 30 }, (_, i) =>
      row({ ...figure, period: `20${10 + (i % 8)}-0${1 + Math.floor(i / 8)}`, note: 'n'.repeat(10_000) }, 1),
    );
    writeFileSync(file, [HEADER, ...rows].join('\r\n'));
    const slow = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await slow.newPage();
      await signInAs(page, server, 'data-owner');
      await page.goto(`${server.url}/app/import`);
      await page.getByRole('heading', { level: 1, name: 'Import figures from a file' }).waitFor();
      const cdp = await slow.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: 100 * 1024,
      });
      await page.getByLabel('File of figures').setInputFiles(file);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Sending long\.csv: \d+%$/ })
        .waitFor();
      await expect.poll(() => page.locator('#import-progress-bar').getAttribute('value')).not.toBe('0');
      await saveScreenshot(page, 'web-import-sending');
      expect(await page.getByRole('button', { name: 'Check the file' }).isDisabled()).toBe(true);
      await page
        .getByRole('heading', { level: 2, name: 'What long.csv would do' })
        .waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator('#import-progress-bar').count()).toBe(0);
    } finally {
      await slow.close();
    }
  });
});
