/**
 * Review meetings in a real browser over the demo council: a performance officer opens the
 * Cabinet's 2017/18 quarter-two review, reads its agenda of exceptions, records a decision about a
 * measure on it and finds that decision on the measure's page; the recovery plans and risk register
 * pages; and a CSV report downloaded from the reports page. Every page visited is checked with
 * axe-core (WCAG 2.2 AA) and photographed to test-results/screenshots/web-*.png.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkPage } from './pages.js';
import { useDemoBrowser } from './session.js';

describe('review meetings and reports in the staff web app', { timeout: 120_000 }, () => {
  const demo = useDemoBrowser();
  const officerPage = () => demo.pageAs('performance-officer');

  it('opens the Cabinet’s 2017/18 Q2 review, records a decision about a measure on its agenda and shows it on the measure’s page', async () => {
    const { page, errors } = await officerPage();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review meetings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Review meetings' }).waitFor();
    const cabinet = page.locator('table', { has: page.locator('caption', { hasText: /^Cabinet$/ }) });
    const meetingLink = cabinet.locator('tr', { hasText: '2017/18-Q2' }).getByRole('link');
    await meetingLink.waitFor();
    await page.getByRole('heading', { level: 2, name: 'New review meeting' }).waitFor();
    await checkPage(page, 'reviews');

    await meetingLink.click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await expect(page.locator('.summary-list').first().textContent()).resolves.toMatch(/Forum\s*Cabinet/);
    const firstMeasure = page.locator('.agenda a[href*="/app/measures/"]').first();
    await firstMeasure.waitFor();
    const href = (await firstMeasure.getAttribute('href')) ?? '';
    const code = decodeURIComponent(/\/app\/measures\/([^?]+)/.exec(href)?.[1] ?? '');
    expect(code).not.toBe('');
    const measureTitle = (await firstMeasure.textContent()) ?? '';
    await checkPage(page, 'review-meeting');

    const decision = `Cabinet asked for a revised trajectory for ${code} by the next meeting`;
    await page.getByLabel('Decision', { exact: true }).fill(decision);
    await page.getByLabel('About a measure (optional)').selectOption(code);
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Decision recorded about ${code}` })
      .waitFor();
    await page.locator('.decisions li', { hasText: decision }).waitFor();
    await checkPage(page, 'review-meeting-decided');

    await firstMeasure.click();
    await page.getByRole('heading', { level: 1, name: measureTitle }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Decisions about this measure' }).waitFor();
    await page.locator('.decisions li', { hasText: decision }).waitFor();
    await page.locator('[data-chart="drawn"]').first().waitFor();
    await checkPage(page, 'measure-decisions');
    expect(errors).toEqual([]);
  });

  it('sets up a Scrutiny Board meeting, which takes its pack and builds its agenda, after asking for a missing date', async () => {
    const { page, errors } = await officerPage();
    await page.goto(`${demo.server.url}/app/reviews`);
    await page.getByLabel('Forum').selectOption('scrutiny-board');
    await page.getByLabel('Figures as at').fill('2017/18-Q2');
    await page.getByRole('button', { name: 'Set up the meeting' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Enter the meeting date/);
    await checkPage(page, 'reviews-new-error');
    await page.getByLabel('Meeting date').fill('2017-12-05');
    await page.getByRole('button', { name: 'Set up the meeting' }).click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    expect(page.url()).toMatch(/\/app\/reviews\/[^/]+$/);
    await expect(page.locator('.summary-list').first().textContent()).resolves.toMatch(/Scrutiny Board/);
    await expect.poll(() => page.locator('.agenda li').count()).toBeGreaterThan(0);
    await checkPage(page, 'review-meeting-new');
    await page.getByLabel('Name', { exact: true }).fill('Cllr Paula Brookfield');
    await page.getByLabel('Role (optional)').fill('Chair of Scrutiny Board');
    await page.getByLabel('Attendance', { exact: true }).selectOption('apologies');
    await page.getByRole('button', { name: 'Add to the attendance' }).click();
    await page
      .locator('tr', { hasText: 'Cllr Paula Brookfield' })
      .filter({ hasText: 'Sent apologies' })
      .waitFor();
    await checkPage(page, 'review-meeting-attendance');
    expect(errors).toEqual([]);
  });

  it('lists recovery plans with their trajectory and level in words, and the risk register with its heat map', async () => {
    const { page, errors } = await officerPage();
    await page.goto(`${demo.server.url}/app/recovery-plans?period=2017/18-Q2`);
    await page.getByRole('heading', { level: 2, name: 'Plans' }).waitFor();
    await expect.poll(() => page.locator('.table tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(page.locator('main').textContent()).resolves.toMatch(/(On|Off) trajectory/);
    await checkPage(page, 'recovery-plans');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risks' }).click();
    await page.getByRole('heading', { level: 2, name: 'Heat map' }).waitFor();
    await page.locator('[data-chart="drawn"]').waitFor();
    await expect(page.getByText('Show the figures as a table').count()).resolves.toBe(1);
    await checkPage(page, 'risks');
    expect(errors).toEqual([]);
  });

  it('downloads a CSV report from the reports page', async () => {
    const { page, errors } = await officerPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    // The period starts as the council's reporting period.
    await expect.poll(() => page.getByLabel('Period').inputValue()).toMatch(/^\d{4}\/\d{2}-Q\d$/);
    await page.getByLabel('Reporting level').selectOption('cabinet');
    // The choice lives in the address, so the radio button turns on once the page has re-rendered.
    await page.getByLabel('CSV (figures only)').click();
    await expect.poll(() => page.getByLabel('CSV (figures only)').isChecked()).toBe(true);
    await checkPage(page, 'reports');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/reports?')),
      page.getByRole('button', { name: 'Write the report' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    expect(new URL(response.url()).searchParams.get('format')).toBe('csv');
    const link = page.getByRole('link', { name: /^Download .+\.csv$/ });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    // The file saved is the report itself: a header row of columns, then one row per measure.
    const saved = await readFile((await download.path()) ?? '', 'utf8');
    const lines = saved
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toMatch(/^[^,]+(,[^,]+)+$/);
    expect(lines.length).toBeGreaterThan(10);
    await checkPage(page, 'reports-ready');

    // A unit-level report without a unit is refused in the form, in words.
    await page.getByLabel('Reporting level').selectOption('directorate');
    await page.getByRole('button', { name: 'Write the report' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Choose the directorate/);
    await checkPage(page, 'reports-error');

    // A refusal by the API is shown in its own words.
    await page.getByLabel('Reporting level').selectOption('cabinet');
    await page.getByLabel('Period').fill('2017/18-Q9');
    await page.getByRole('button', { name: 'Write the report' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/The report could not be written.*period/is);
    await checkPage(page, 'reports-api-error');
    // The browser logs the refused request itself (400); nothing else may go wrong.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
