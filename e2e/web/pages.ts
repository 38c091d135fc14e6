/** Steps the browser tests share: signing in as a demo role, and checking each page visited. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, saveScreenshot } from '../../test/browser.js';
import type { DemoServer } from './demo-server.js';

export async function signInAs(page: Page, server: DemoServer, role: string): Promise<void> {
  const password = server.passwords.get(role);
  if (!password) throw new Error(`the demo has no ${role} account`);
  await page.goto(`${server.url}/app/`);
  await page.getByLabel('Email address').fill(server.emailOf(role));
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
}

/** Zero axe-core violations (WCAG 2.2 AA) on the page as it is now, and a screenshot kept for review. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.locator('.loading').count(), { timeout: 20_000 }).toBe(0);
  const violations = await axeViolations(page);
  await saveScreenshot(page, `web-${name}`);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Collects errors the page reports (script errors, CSP refusals), which should be none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 401 from GET /api/v1/session before signing in is the app asking who is there.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(message.text());
  });
  return errors;
}
