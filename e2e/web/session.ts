/**
 * One demo server and one browser for a test file: started before its tests, stopped after them,
 * with every page's context closed. `pageAs(role)` opens a page signed in as a demo role and
 * collects the errors it reports (script errors, CSP refusals), which should be none.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../test/browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';
import { signInAs, watchErrors } from './pages.js';

export interface OpenPage {
  page: Page;
  errors: string[];
}

export interface DemoBrowser {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** A new page, not signed in. */
  newPage(viewport?: { width: number; height: number }): Promise<OpenPage>;
  /** A new page signed in as the demo account of `role`. */
  pageAs(role: string, viewport?: { width: number; height: number }): Promise<OpenPage>;
}

export function useDemoBrowser(): DemoBrowser {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });
  const started = <T>(thing: T | undefined): T => {
    if (thing === undefined) throw new Error('the demo server and browser start in beforeAll');
    return thing;
  };
  const newPage = async (viewport = { width: 1280, height: 900 }): Promise<OpenPage> => {
    const context = await started(browser).newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    return { page, errors: watchErrors(page) };
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    newPage,
    async pageAs(role, viewport) {
      const open = await newPage(viewport);
      await signInAs(open.page, started(server), role);
      return open;
    },
  };
}
