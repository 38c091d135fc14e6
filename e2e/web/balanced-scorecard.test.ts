/**
 * The balanced scorecard and a measure's commentary history in a real browser over the demo
 * council: a performance officer opens the Corporate Plan's scorecard from the home page, renames
 * a perspective, moves one up by keyboard and moves a measure to another perspective, reloads and
 * finds it all kept; then opens that measure's commentary history with an earlier version
 * disclosed. A councillor sees the scorecard without the editor. Every page is checked with
 * axe-core (WCAG 2.2 AA) and photographed to test-results/screenshots/web-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkPage } from './pages.js';
import { useDemoBrowser } from './session.js';

describe('the balanced scorecard in the staff web app', { timeout: 240_000 }, () => {
  const demo = useDemoBrowser();
  const pageAs = (role: string) => demo.pageAs(role);

  const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  it('edits the Corporate Plan’s perspectives, keeps them across a reload, and shows a measure’s commentary history', async () => {
    const { page, errors } = await pageAs('performance-officer');
    await page.getByRole('link', { name: /^The balanced scorecard of the Corporate Plan/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Balanced scorecard: Corporate Plan/ }).waitFor();
    for (const name of [
      'Residents and customers',
      'Finance and value for money',
      'Internal processes and delivery',
      'People and learning',
    ])
      await panel(page, name).getByRole('heading', { level: 2, name }).waitFor();
    // A Corporate Plan measure the demo's owner has commented on: it starts among residents' measures.
    const code = 'CP-ECO-01';
    const title = 'Claimant count rate (residents aged 16–64)';
    await panel(page, 'Residents and customers').getByRole('link', { name: title, exact: true }).waitFor();
    await checkPage(page, 'balanced-scorecard');

    await page.getByRole('button', { name: 'Edit perspectives' }).click();
    await page.getByRole('heading', { level: 2, name: 'Edit perspectives' }).waitFor();
    expect(page.url()).toMatch(/edit=perspectives/);
    await page.locator('#perspective-name-p0').fill('Residents, customers and wards');
    // Moving a perspective by keyboard alone: focus its button and press Enter.
    await page.getByRole('button', { name: 'Move up People and learning' }).focus();
    await page.keyboard.press('Enter');
    await page
      .locator(`[id="measure-perspective-${code}"]`)
      .selectOption({ label: 'Finance and value for money' });
    await checkPage(page, 'balanced-scorecard-edit');
    // A perspective added takes focus at its name; one removed hands focus back to the add button.
    await page.getByRole('button', { name: 'Add a perspective' }).click();
    await expect.poll(() => page.locator(':focus').getAttribute('id')).toMatch(/^perspective-name-n/);
    await page.keyboard.type('Partners');
    await page.getByRole('button', { name: 'Remove Partners' }).click();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Add a perspective');
    // A name left empty is refused in the browser, named in the error summary.
    await page.locator('#perspective-name-p1').fill(' ');
    await page.getByRole('button', { name: 'Save perspectives' }).click();
    await page.locator('.error-summary', { hasText: 'Enter a name for perspective 2' }).waitFor();
    await page.locator('#perspective-name-p1').fill('Finance and value for money');
    await page.getByRole('button', { name: 'Save perspectives' }).click();
    await page.getByRole('status').filter({ hasText: 'The perspectives have been saved.' }).waitFor();

    await page.reload();
    await panel(page, 'Residents, customers and wards').getByRole('heading', { level: 2 }).waitFor();
    await panel(page, 'Finance and value for money')
      .getByRole('link', { name: title, exact: true })
      .waitFor();
    await expect
      .poll(() => page.locator('.perspective h2').allTextContents())
      .toEqual([
        'Residents, customers and wards',
        'Finance and value for money',
        'People and learning',
        'Internal processes and delivery',
      ]);
    await expect
      .poll(() =>
        panel(page, 'Residents, customers and wards').getByRole('link', { name: title, exact: true }).count(),
      )
      .toBe(0);
    await page
      .getByText(`Perspectives set by ${demo.server.emailOf('performance-officer')}`, { exact: false })
      .waitFor();
    await checkPage(page, 'balanced-scorecard-saved');

    // The performance officer corrects what was said about the measure's latest commented period,
    // in the form on its page: a change needs a reason, and the history keeps both versions.
    const said = await demo.server.store.db
      .selectFrom('commentary_version')
      .select(['period', 'summary'])
      .where('measure_id', '=', code)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await panel(page, 'Finance and value for money').getByRole('link', { name: title, exact: true }).click();
    // The measure page fetches its charts' code too: on a busy machine that takes a while.
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
    await page.locator('summary', { hasText: 'Write or change the commentary' }).click();
    await page.getByLabel('Period', { exact: true }).fill(said.period);
    await page.getByLabel('What happened').fill(`${said.summary} Revised after the year-end check.`);
    await page.getByRole('button', { name: 'Save the commentary' }).click();
    await page
      .locator('.error-summary', { hasText: 'reason: is required to change commentary that exists' })
      .waitFor();
    await checkPage(page, 'measure-commentary-refused');
    // The browser logs the refusal (400) it was meant to get; nothing else may be there.
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    errors.length = 0;
    await page.getByLabel('Reason for a change').fill('Corrected after the year-end check');
    await page.getByRole('button', { name: 'Save the commentary' }).click();
    await page.getByRole('status').filter({ hasText: 'Commentary changed' }).waitFor();
    const history = page.getByRole('region', { name: 'Commentary history' });
    await history.getByRole('heading', { level: 3, name: 'Commentary history' }).waitFor();
    const latest = history.getByRole('listitem').first();
    await latest.getByText('Revised after the year-end check.', { exact: false }).waitFor();
    await latest
      .getByText(`recorded by ${demo.server.emailOf('performance-officer')}`, { exact: false })
      .waitFor();
    const earlier = latest.locator('details');
    expect(await earlier.getAttribute('open')).toBeNull();
    await earlier.locator('summary', { hasText: 'An earlier version' }).click();
    await earlier.getByText(said.summary, { exact: true }).waitFor();
    // Earlier periods come after, each with its own current commentary.
    await expect.poll(() => history.locator('h4').count()).toBe(2);
    await history.scrollIntoViewIfNeeded();
    await checkPage(page, 'measure-commentary-history');
    expect(errors).toEqual([]);
  });

  it('shows a councillor the scorecard, judged on approved figures, without the editor', async () => {
    const { page, errors } = await pageAs('cabinet-member');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Balanced scorecard' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^Balanced scorecard: Corporate Plan/ }).waitFor();
    await page.getByText('Judged on figures approved for publication only.').waitFor();
    expect(await page.getByRole('button', { name: 'Edit perspectives' }).count()).toBe(0);
    await checkPage(page, 'balanced-scorecard-councillor');
    // At 400% zoom (320 CSS pixels) the panels fall into one column with nothing off to the side.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect
      .poll(() =>
        page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
      )
      .toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});
