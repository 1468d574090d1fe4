import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestServer, type TestServer } from './static-server.js';

/** What an end-to-end file works with; the fields are set by the hooks, so read them inside tests and hooks. */
export interface BrowserHarness {
  /** The static server for the repo root (dist, fixtures) and the tracker stand-ins. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new context for every test: no cookie, storage or cache carries over from the previous test. */
  readonly context: BrowserContext;
}

/**
 * The set-up most end-to-end files share: one static server and one Chromium per file, and a fresh
 * browser context per test, with the server's request log and its failing and slow paths reset.
 * Hooks a file registers after this call run after these, so they can use `context` already.
 */
export function useBrowserHarness(options: { offline?: boolean } = {}): BrowserHarness {
  const harness = {} as { server: TestServer; browser: Browser; context: BrowserContext };
  beforeAll(async () => {
    harness.server = await startTestServer();
    harness.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  beforeEach(async () => {
    harness.context = await harness.browser.newContext();
    harness.server.requests.length = 0;
    harness.server.failing.clear();
    harness.server.slow.clear();
  });
  afterEach(async () => {
    await harness.context?.close();
  });
  return harness;
}
