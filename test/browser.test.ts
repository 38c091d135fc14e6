import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from './browser.js';

describe('the browser used by the browser tests', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('finds an accessibility failure when a page has one, and none on a sound page', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>',
    );
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><h1>Fine</h1><img src="x.png" alt="A chart"></main></body></html>',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
