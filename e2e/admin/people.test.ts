/**
 * Administering people in a real browser over the demo council: the demo administrator adds a
 * director of Place with a one-time password, the new director signs in with it and sees their
 * directorate's home page; the administrator resets the password and disables the account, after
 * which signing in is refused. Every page is checked with axe-core (WCAG 2.2 AA) and photographed
 * to test-results/screenshots/web-admin-people-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/browser.js';
import { startDemoServer, type DemoServer } from '../web/demo-server.js';
import { checkPage, signInAs, watchErrors } from '../web/pages.js';

const NEW_EMAIL = 'dana.director@wolverhampton.example';
const NEW_NAME = 'Dana Director';

describe('administering people in the staff web app', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }

  async function signInWith(page: Page, email: string, password: string): Promise<void> {
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The one-time password on the page, once it has appeared. */
  async function shownPassword(page: Page): Promise<string> {
    const code = page.locator('.one-time__password code');
    await code.waitFor();
    await expect.poll(async () => (await code.textContent()) ?? '').toMatch(/^([a-z2-9]{5}-){3}[a-z2-9]{5}$/);
    return (await code.textContent()) ?? '';
  }

  it('adds a director with a one-time password, who signs in to their directorate; disabled, they are refused', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAs(page, server, 'administrator');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('link', { name: 'Roles' }).waitFor();
    await checkPage(page, 'admin-people-landing');

    await page.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('heading', { level: 2, name: 'Head of service' }).waitFor();
    await checkPage(page, 'admin-people-roles');

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.locator('caption', { hasText: /\d+ users/ }).waitFor();
    await checkPage(page, 'admin-people-users');

    await page.getByRole('button', { name: 'Add a user' }).click();
    await page.getByRole('button', { name: 'Add the user' }).click();
    const summary = page.locator('.error-summary', { hasText: 'Enter their full name' });
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/Choose a role/);
    await checkPage(page, 'admin-people-add-user-errors');

    await page.getByLabel('Full name').fill(NEW_NAME);
    await page.getByLabel('Email address').fill(NEW_EMAIL);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Director' });
    await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Place (directorate)' });
    await page.getByRole('button', { name: 'Add the user' }).click();
    const firstPassword = await shownPassword(page);
    await page.getByText('It is not shown again', { exact: false }).waitFor();
    await checkPage(page, 'admin-people-user-added');

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('searchbox', { name: 'Find users' }).fill('dana place');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('caption', { hasText: '1 user matching “dana place”' }).waitFor();
    await page.getByRole('cell', { name: 'Director at Place' }).waitFor();
    expect(page.url()).toContain('search=dana+place');
    await signOut(page);

    await signInWith(page, NEW_EMAIL, firstPassword);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${NEW_NAME}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Place: scorecard' }).waitFor();
    await expect(page.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    await checkPage(page, 'admin-people-new-director-home');
    // They replace the one-time password with their own; a repeat that differs is caught first.
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await page.getByLabel('Current password').fill(firstPassword);
    await page.getByLabel('New password', { exact: true }).fill('my own long pass phrase');
    await page.getByLabel('New password again').fill('my own long pass phrase!');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page
      .locator('.error-summary', { hasText: 'The new password and its repeat are not the same' })
      .waitFor();
    await page.getByLabel('New password again').fill('my own long pass phrase');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been changed' }).waitFor();
    await checkPage(page, 'admin-people-password-changed');
    await page.goto(`${server.url}/app/admin/users`);
    await page.getByText('Only administrators may manage people and roles').waitFor();
    await signOut(page);

    await signInAs(page, server, 'administrator');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Find users' }).fill(NEW_EMAIL);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('caption', { hasText: `1 user matching “${NEW_EMAIL}”` }).waitFor();
    await page.getByRole('link', { name: NEW_NAME }).click();
    await page.getByRole('heading', { level: 1, name: NEW_NAME }).waitFor();
    await page.getByText('Director at Place').waitFor();
    await checkPage(page, 'admin-people-user');
    // At 400% zoom (320 CSS pixels wide) the page reflows to one column: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    await expect
      .poll(() => page.evaluate<number>('document.documentElement.scrollWidth'))
      .toBeLessThanOrEqual(320);
    await checkPage(page, 'admin-people-user-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Reset the password' }).click();
    await page.getByRole('button', { name: 'Yes, reset the password' }).click();
    const secondPassword = await shownPassword(page);
    expect(secondPassword).not.toBe(firstPassword);
    await checkPage(page, 'admin-people-password-reset');

    await page.getByRole('button', { name: 'Disable the account' }).click();
    await page.getByRole('button', { name: 'Yes, disable the account' }).click();
    await page.getByText('This account is disabled: they cannot sign in.').waitFor();
    await checkPage(page, 'admin-people-user-disabled');
    await signOut(page);

    await signInWith(page, NEW_EMAIL, secondPassword);
    const refusal = page.locator('.error-summary');
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toMatch(/email address or password is not right/);
    await expect(page.getByRole('heading', { name: `Welcome, ${NEW_NAME}` }).count()).resolves.toBe(0);
    await checkPage(page, 'admin-people-disabled-sign-in');
    expect(errors.filter((e) => !/status of (401|403)/.test(e))).toEqual([]);
  });
});
