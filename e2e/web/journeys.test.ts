/**
 * The staff app in a real browser over the demo council: each level's home page, the walk from
 * the Corporate Plan to one ward's figure, the scorecard's filters and explanations, and a figure
 * entered and approved appearing on an open page without a reload. Every page visited is checked
 * with axe-core (WCAG 2.2 AA) and photographed to test-results/screenshots/web-*.png.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './pages.js';
import { useDemoBrowser } from './session.js';

// A busy machine can take a while to draw a page: each journey gets two minutes.
describe('the staff web app', { timeout: 120_000 }, () => {
  const demo = useDemoBrowser();
  const newPage = (width = 1280) => demo.newPage({ width, height: 900 });

  it('asks to sign in, and refuses a wrong password in words', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${demo.server.url}/app/scorecard`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Golden Thread' }).waitFor();
    await checkPage(page, 'sign-in');
    await page.getByLabel('Email address').fill(demo.server.emailOf('director'));
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /email address or password is not right/,
    );
    await checkPage(page, 'sign-in-refused');
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('shows a councillor the Corporate Plan, each priority with its status in words', async () => {
    const { page, errors } = await newPage();
    await signInAs(page, demo.server, 'cabinet-member');
    await page.getByRole('heading', { level: 2, name: /Corporate Plan 2015–18/ }).waitFor();
    await expect(page.getByRole('heading', { level: 3, name: 'A stronger economy' }).count()).resolves.toBe(
      1,
    );
    await expect(page.locator('.status__word').first().textContent()).resolves.toMatch(
      /Green|Amber|Red|Overdue|No data/,
    );
    await checkPage(page, 'home-councillor');
    expect(errors).toEqual([]);
  });

  it('shows a director their directorate’s scorecard, and a team manager their team’s', async () => {
    for (const role of ['director', 'team-manager']) {
      const { page, errors } = await newPage();
      await signInAs(page, demo.server, role);
      await page.getByRole('heading', { level: 2, name: /scorecard/ }).waitFor();
      await page.getByRole('link', { name: /The full scorecard/ }).waitFor();
      await checkPage(page, `home-${role}`);
      expect(errors).toEqual([]);
    }
  });

  it('shows an employee their objectives and the thread from each up to the Corporate Plan, then signs out', async () => {
    const { page, errors } = await newPage();
    await signInAs(page, demo.server, 'employee');
    await page.getByRole('heading', { level: 2, name: 'Your objectives' }).waitFor();
    const chain = page.locator('.chain').first();
    await chain.waitFor();
    await expect(chain.textContent()).resolves.toMatch(/Corporate Plan/);
    await checkPage(page, 'home-employee');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Golden Thread' }).waitFor();
    // The session has ended on the server too: a reload asks to sign in again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Golden Thread' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('walks from a Corporate Plan objective to one ward’s figure and why it is so, by keyboard-reachable links', async () => {
    const { page, errors } = await newPage();
    await signInAs(page, demo.server, 'performance-officer');
    await page.getByRole('link', { name: 'Reduce unemployment and raise skill levels' }).click();
    await page.getByRole('heading', { level: 1, name: 'The golden thread' }).waitFor();
    const measureLink = page.getByRole('link', { name: 'Claimant count rate (residents aged 16–64)' });
    await measureLink.waitFor();
    // The risks that threaten the objective are listed with it, their residual score in words.
    await page.locator('.tree__detail li', { hasText: 'Universal Credit roll-out' }).first().waitFor();
    await page
      .getByText(/CR-19 · residual score \d+/)
      .first()
      .waitFor();
    await checkPage(page, 'thread-objective');
    await measureLink.click();
    await page
      .getByRole('heading', { level: 1, name: 'Claimant count rate (residents aged 16–64)' })
      .waitFor();
    await page.locator('[data-chart="drawn"]').first().waitFor();
    await checkPage(page, 'measure');
    await page.getByRole('link', { name: 'Bushbury North', exact: true }).click();
    const answer = page.getByRole('heading', { level: 2, name: /^In Bushbury North:/ });
    await answer.waitFor();
    expect(page.url()).toContain('ward=E05001324');
    await expect(page.locator('.ward-focus').textContent()).resolves.toMatch(/(Green|Amber|Red): [\d.]+% is/);
    await checkPage(page, 'measure-ward');
    expect(errors).toEqual([]);
  });

  it('explains a status on keyboard focus and closes the explanation with Escape', async () => {
    const { page } = await newPage();
    await signInAs(page, demo.server, 'performance-officer');
    await page.goto(`${demo.server.url}/app/scorecard?category=corporate-plan&sort=measure`);
    const first = page.locator('.scorecard tbody .status').first();
    await first.waitFor();
    const trigger = page.locator('.scorecard tbody .tip__trigger').first();
    await trigger.focus();
    const bubble = page.locator('.tip__bubble--open');
    await expect(bubble.textContent()).resolves.toMatch(/(Green|Amber|Red|Overdue|No target)/);
    await page.keyboard.press('Escape');
    await expect(bubble.count()).resolves.toBe(0);
    await trigger.hover();
    await expect(page.locator('.tip__bubble--open').count()).resolves.toBe(1);
  });

  it('filters and sorts the scorecard, keeping every choice in the address', async () => {
    const { page, errors } = await newPage();
    await signInAs(page, demo.server, 'performance-officer');
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await page.locator('.scorecard tbody tr').first().waitFor();
    await page.getByLabel('Category').selectOption('corporate-plan');
    await page.getByLabel('Status', { exact: true }).selectOption('red');
    await page.getByRole('button', { name: /^Measure/ }).click();
    await page.waitForURL(/sort=measure/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      category: 'corporate-plan',
      status: 'red',
      sort: 'measure',
    });
    await page.locator('.scorecard tbody tr').first().waitFor();
    const words = await page.locator('.scorecard tbody .status__word').allTextContents();
    expect(new Set(words)).toEqual(new Set(['Red']));
    await checkPage(page, 'scorecard-filtered');
    // The same address opens the same view.
    await page.reload();
    await expect(page.getByLabel('Category').inputValue()).resolves.toBe('corporate-plan');
    expect(errors).toEqual([]);
  });

  it('shows a figure entered and approved on a page already open, without a reload', async () => {
    const watcher = await newPage();
    await signInAs(watcher.page, demo.server, 'performance-officer');
    await watcher.page.goto(`${demo.server.url}/app/measures/CP-ECO-01`);
    const march = watcher.page.locator('.figure-data tbody tr', { hasText: 'March 2018' });
    await march.waitFor();
    const before = await march.locator('td').first().textContent();
    const next = before === '9.9%' ? '9.8' : '9.9';

    const officer = await newPage();
    await signInAs(officer.page, demo.server, 'performance-officer');
    await officer.page.goto(`${demo.server.url}/app/entry?measure=CP-ECO-01&at=2018-03`);
    await officer.page.getByLabel('Figure', { exact: true }).fill(next);
    await officer.page.getByLabel('Reason for a correction').fill('Browser test: a late return');
    await checkPage(officer.page, 'entry');
    await officer.page.getByRole('button', { name: 'Save the figure' }).click();
    await officer.page.getByRole('heading', { name: 'Figure corrected' }).waitFor();
    await officer.page.getByRole('button', { name: 'Mark as checked' }).click();
    await officer.page.getByText('Done: the figure is now checked.').waitFor();
    await officer.page.getByRole('button', { name: 'Approve for publication' }).click();
    await officer.page.getByText('Done: the figure is now approved.').waitFor();
    // The state is fetched again after the message shows: wait for it rather than read it at once.
    await officer.page.locator('.signoff-state', { hasText: 'Approved for publication' }).waitFor();
    expect(await officer.page.locator('.signoff-state').textContent()).toBe('Approved for publication');
    await checkPage(officer.page, 'entry-approved');

    // The open page hears of it by server-sent event and fetches the figures again.
    await watcher.page
      .locator('.figure-data tbody tr', { hasText: 'March 2018' })
      .filter({ hasText: `${next}%` })
      .first()
      .waitFor({ timeout: 15_000 });
    expect(watcher.errors).toEqual([]);
    expect(officer.errors).toEqual([]);
  });

  it('shows data quality, and the accessibility statement to anyone', async () => {
    const { page, errors } = await newPage();
    await signInAs(page, demo.server, 'performance-officer');
    await page.getByRole('link', { name: 'Data quality' }).click();
    await page.getByRole('table').first().waitFor();
    await checkPage(page, 'quality');
    const visitor = await newPage();
    await visitor.page.goto(`${demo.server.url}/app/accessibility`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await checkPage(visitor.page, 'accessibility');
    expect(errors).toEqual([]);
  });

  it('reflows to one column at 400% zoom (320 CSS pixels wide) without scrolling sideways', async () => {
    const { page } = await newPage(320);
    await signInAs(page, demo.server, 'director');
    await page.getByRole('link', { name: /The full scorecard/ }).waitFor();
    // Runs in the page, whose window is this function's globalThis.
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(page, 'home-director-400-percent');
  });
});
