/**
 * Key actions, objectives and complaints in a real browser over the demo council: a performance
 * officer records progress on a key action and sees its RAG and % complete change; the demo
 * employee records progress on an objective; a complaint is logged and counted by its cause; and a
 * meeting's attendance is changed and an entry removed. Every page visited is checked with axe-core
 * (WCAG 2.2 AA) and photographed to test-results/screenshots/web-*.png.
 */
import { describe, expect, it } from 'vitest';
import { checkPage } from './pages.js';
import { useDemoBrowser } from './session.js';

describe('key actions, objectives and complaints in the staff web app', { timeout: 120_000 }, () => {
  const demo = useDemoBrowser();
  const pageAs = (role: string) => demo.pageAs(role);

  it('records progress on a key action and shows its RAG and % complete change', async () => {
    const { page, errors } = await pageAs('performance-officer');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Key actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Key actions' }).waitFor();
    const row = page.locator('tr', { hasText: 'KA-HOU-02' });
    await row.waitFor();
    await expect.poll(() => row.locator('.status__word').textContent()).toBe('Red');
    await checkPage(page, 'actions');

    // The box's state lives in the address, so it is ticked once the address changes: click, then wait.
    const overdue = page.getByLabel('Only overdue actions');
    await overdue.click();
    await expect.poll(() => page.url()).toMatch(/overdue=true/);
    await expect.poll(() => overdue.isChecked()).toBe(true);
    await page.locator('tr', { hasText: 'KA-HOU-02' }).waitFor();
    await expect.poll(() => page.locator('tr', { hasText: 'KA-HOU-01' }).count()).toBe(0);
    await checkPage(page, 'actions-overdue');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Progress', exact: true }).waitFor();
    await expect.poll(() => page.locator('#action-complete').textContent()).toBe('60%');
    await checkPage(page, 'action');

    await page.getByLabel('Status').selectOption('completed');
    await page.getByLabel('% complete').fill('100');
    await page.getByLabel('Note').fill('Prevention casework now business as usual');
    await page.getByRole('button', { name: 'Record progress' }).click();
    await page.getByRole('status').filter({ hasText: 'Progress recorded' }).waitFor();
    await expect.poll(() => page.locator('#action-complete').textContent()).toBe('100%');
    await expect.poll(() => page.locator('#action-rag .status__word').textContent()).toBe('Green');
    await page.locator('td', { hasText: 'Prevention casework now business as usual' }).waitFor();
    await checkPage(page, 'action-progressed');

    // An impossible update is refused in words, beside the field.
    await page.getByLabel('% complete').fill('150');
    await page.getByLabel('Note').fill('Too much');
    await page.getByRole('button', { name: 'Record progress' }).click();
    await page.getByRole('alert').filter({ hasText: 'whole number from 0 to 100' }).waitFor();
    await checkPage(page, 'action-refused');
    expect(errors).toEqual([]);
  });

  it('adds a key action, after naming what is missing, and opens it', async () => {
    const { page, errors } = await pageAs('performance-officer');
    await page.goto(`${demo.server.url}/app/actions`);
    await page.getByRole('link', { name: 'Add a key action' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a key action' }).waitFor();
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.locator('.error-summary', { hasText: /^[\s\S]*title: must not be empty/ }).waitFor();
    await page.locator('#action-title-error').waitFor();
    await checkPage(page, 'action-new-refused');
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    errors.length = 0;

    await page.getByLabel('Action/activity').fill('Open a second jobs club in Bilston');
    await page.getByLabel('Responsible officer').fill('Skills and Employment Manager');
    await page.getByLabel('Anticipated outcome/result').fill('Forty more residents into work each quarter');
    await page.getByLabel('Proposed start date').fill('2017-10-01');
    await page.getByLabel('Proposed end date').fill('2018-03-31');
    await page
      .getByLabel('Serving (optional)')
      .selectOption({ label: 'Reduce unemployment and raise skill levels' });
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open a second jobs club in Bilston' }).waitFor();
    await checkPage(page, 'action-new-added');
    expect(errors).toEqual([]);
  });

  it('lets the demo employee see how their work contributes and record progress on an objective', async () => {
    const { page, errors } = await pageAs('employee');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Objectives' }).click();
    await page.getByRole('heading', { level: 2, name: 'My objectives' }).waitFor();
    const first = page.locator('section.objective').first();
    await first.getByRole('heading', { level: 4, name: 'How this work contributes' }).waitFor();
    await expect.poll(() => first.locator('.thread-up li').count()).toBeGreaterThan(1);
    await checkPage(page, 'objectives');

    await first.getByRole('button', { name: /Record progress/ }).click();
    await first.getByLabel('% complete').fill('85');
    await first.getByLabel('Note').fill('Thirty-two of 38 reviews done');
    await checkPage(page, 'objectives-form');
    await first.getByRole('button', { name: 'Record progress' }).click();
    await first.locator('text=85% complete').waitFor();
    await first.locator('text=Thirty-two of 38 reviews done').waitFor();
    await checkPage(page, 'objectives-progressed');
    expect(errors).toEqual([]);
  });

  it('shows the performance team a member of staff’s objectives', async () => {
    const { page, errors } = await pageAs('performance-officer');
    await page.goto(`${demo.server.url}/app/objectives`);
    await page.getByRole('heading', { level: 2, name: 'Your people’s objectives' }).waitFor();
    await page
      .getByLabel('Unit', { exact: true })
      .selectOption({ label: 'Adult Assessment and Care Management' });
    const person = page.getByLabel('Member of staff', { exact: true });
    await expect.poll(() => person.locator('option').count()).toBeGreaterThan(1);
    await person.selectOption({ label: 'Helen Whitehouse, Social Worker' });
    await expect.poll(() => page.url()).toMatch(/person=P073/);
    await page.getByRole('heading', { level: 2, name: 'Helen Whitehouse, Social Worker' }).waitFor();
    await expect.poll(() => page.locator('section.objective').count()).toBeGreaterThan(1);
    await checkPage(page, 'objectives-manager');
    expect(errors).toEqual([]);
  });

  it('logs a complaint and counts it by its cause', async () => {
    const { page, errors } = await pageAs('performance-officer');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
    const cause = page.locator('tr', { has: page.locator('th', { hasText: /^Staff conduct$/ }) });
    await cause.waitFor();
    const before = Number(await cause.locator('td').nth(-2).textContent());
    await checkPage(page, 'complaints');

    await page.getByRole('button', { name: 'Log the complaint' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose the cause of the complaint' }).waitFor();
    await checkPage(page, 'complaints-refused');

    await page.getByLabel('Received on').fill('2018-01-15');
    const unit = page.getByLabel('Service complained about');
    await unit.selectOption({ index: 1 });
    await page.getByLabel('Cause').selectOption('staff-conduct');
    await page.getByLabel('What the complaint was about').fill('Officer was rude on the telephone');
    await page.getByLabel('Learning (optional)').fill('Call handling refresher for the team');
    await page.getByRole('button', { name: 'Log the complaint' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Complaint .* logged/ })
      .waitFor();
    await expect.poll(async () => Number(await cause.locator('td').nth(-2).textContent())).toBe(before + 1);
    await page.locator('td', { hasText: 'Call handling refresher for the team' }).waitFor();
    await checkPage(page, 'complaints-logged');
    expect(errors).toEqual([]);
  });

  it('changes an attendee’s attendance and removes one from a meeting', async () => {
    const { page, errors } = await pageAs('performance-officer');
    await page.goto(`${demo.server.url}/app/reviews/RM-CAB-2017-Q2`);
    await page.getByRole('heading', { level: 2, name: 'Attendance' }).waitFor();
    const rows = page
      .locator('table', { has: page.locator('caption', { hasText: 'Attendance' }) })
      .locator('tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    const name = (await rows.first().locator('td').first().textContent()) ?? '';
    await page.getByLabel(`Attendance of ${name}`).selectOption('absent');
    await expect.poll(() => page.getByLabel(`Attendance of ${name}`).inputValue()).toBe('absent');
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    await expect.poll(() => rows.count()).toBe(count - 1);
    await checkPage(page, 'review-attendance-changed');
    expect(errors).toEqual([]);
  });
});
