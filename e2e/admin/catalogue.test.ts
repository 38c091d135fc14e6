/**
 * Administering the catalogue in a real browser over the demo council: a performance officer
 * opens Administration, defines a measure (after the form has named what was missing), links it to
 * the thread, sets a target for it, and renames an item of the strategy tree; each result is seen
 * where people read it. Every page visited is checked with axe-core (WCAG 2.2 AA) and photographed
 * to test-results/screenshots/web-admin-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/browser.js';
import { startDemoServer, type DemoServer } from '../web/demo-server.js';
import { checkPage, signInAs, watchErrors } from '../web/pages.js';

/** A tree action's link, named by its word and (hidden but spoken) the item it acts on. */
const actionOn = (word: string, title: string) =>
  new RegExp(`^${word}\\W+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe('administering measures, targets and the strategy tree', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = watchErrors(page);
    await signInAs(page, server, 'performance-officer');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('defines a measure, naming what is missing first, and sets its target', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await checkPage(page, 'admin-catalogue');

    await page.getByRole('link', { name: 'Measures and targets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
    await page.locator('table caption', { hasText: /^150 of 150 measures/ }).waitFor();
    await page.getByLabel('Search by code or title').fill('CP-ECO');
    await page.locator('table caption', { hasText: 'matching “CP-ECO”' }).waitFor();
    expect(page.url()).toMatch(/\?q=CP-ECO$/);
    await checkPage(page, 'admin-catalogue-measures');

    await page.getByRole('link', { name: 'New measure' }).click();
    await page.getByRole('heading', { level: 1, name: 'New measure' }).waitFor();
    await page.getByLabel('Code').fill('CP-E2E-01');
    await page.getByRole('button', { name: 'Create the measure' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Enter the measure’s title' }).waitFor();
    await summary.getByRole('link', { name: 'Enter what the measure counts' }).waitFor();
    await checkPage(page, 'admin-catalogue-measure-errors');

    await page.getByLabel('Title').fill('Residents helped into work by the council');
    await page
      .getByLabel('Definition')
      .fill('Residents who started work after support from the council’s employment service');
    await page.getByLabel('How often it is reported').selectOption('quarterly');
    await page.getByLabel('Organisation unit').selectOption({ index: 2 });
    const link = page.getByLabel('Add a link to');
    const firstItem = (await link.locator('option').nth(1).textContent()) ?? '';
    await link.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add the link' }).click();
    await page.locator('.admin-links li', { hasText: firstItem }).waitFor();
    await checkPage(page, 'admin-catalogue-measure-new');
    await page.getByRole('button', { name: 'Create the measure' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'CP-E2E-01: Residents helped into work by the council' })
      .waitFor();
    await page.getByRole('status').filter({ hasText: 'Measure CP-E2E-01 created' }).waitFor();
    await page.getByText('No targets have been set.').waitFor();

    await page.locator('#target-period').fill('2017/18-Q3');
    await page.locator('#target-value').fill('120');
    await page.locator('#target-reason').fill('Agreed at Cabinet');
    await page.getByRole('button', { name: 'Set the target' }).click();
    await page.getByRole('status').filter({ hasText: 'Target for 2017/18-Q3 set to 120.' }).waitFor();
    const row = page.locator('tr', { hasText: '2017/18-Q3' });
    await row.locator('td', { hasText: /^120$/ }).waitFor();
    await row.getByText(/Version 1 by .*: Agreed at Cabinet/).waitFor();
    await checkPage(page, 'admin-catalogue-measure');

    // The measure's own page reads the same catalogue: its title and the target just set.
    await page.getByRole('link', { name: 'See the measure’s page' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Residents helped into work by the council' })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('renames an item of the strategy tree and shows it in the golden thread', async () => {
    await page.goto(`${server.url}/app/admin/strategy`);
    await page.getByRole('heading', { level: 1, name: 'Strategy tree' }).waitFor();
    const first = page.locator('.admin-tree > li > details > ul > li').first();
    const title = (await first.locator('.admin-tree__title').first().textContent()) ?? '';
    expect(title).not.toBe('');
    await checkPage(page, 'admin-catalogue-strategy');

    await first
      .getByRole('link', { name: actionOn('Change', title) })
      .first()
      .click();
    expect(page.url()).toMatch(/\?item=.+&do=edit$/);
    const newTitle = `${title} (renamed in the browser test)`;
    await page.getByRole('heading', { level: 3, name: `Change “${title}”` }).waitFor();
    await checkPage(page, 'admin-catalogue-strategy-edit');
    await page.getByLabel('Title').fill(newTitle);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `“${newTitle}” saved.` })
      .waitFor();
    await page.locator('.admin-tree__title', { hasText: newTitle }).waitFor();

    // An outcome added below it appears in the tree, under it.
    await first
      .getByRole('link', { name: actionOn('Add below', newTitle) })
      .first()
      .click();
    await page.getByRole('heading', { level: 3, name: `Add an item below “${newTitle}”` }).waitFor();
    await page.getByLabel('Code').fill('OC-E2E-01');
    await page.getByLabel('Title').fill('Residents find work close to home');
    await checkPage(page, 'admin-catalogue-strategy-add');
    await page.getByRole('button', { name: 'Add the item' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Outcome “Residents find work close to home” added' })
      .waitFor();
    await first.locator('.admin-tree__title', { hasText: 'Residents find work close to home' }).waitFor();

    // Retiring an item with items below it is refused, in words.
    await first
      .getByRole('link', { name: actionOn('Retire', newTitle) })
      .first()
      .click();
    await page.getByLabel('Why is it retired?').fill('Testing the refusal');
    await page.getByRole('button', { name: 'Retire the item' }).click();
    await page
      .locator('.error-summary', { hasText: /items in use below it: .*; retire them or move them/ })
      .waitFor();
    await checkPage(page, 'admin-catalogue-strategy-retire-refused');

    // The golden thread reads the same tree: searching it finds the new title.
    await page.goto(`${server.url}/app/thread?q=${encodeURIComponent('renamed in the browser test')}`);
    await page.locator('.tree__row', { hasText: newTitle }).first().waitFor();
    // The refused retirement is the one failed request, and the browser logs it; nothing else failed.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });
});
