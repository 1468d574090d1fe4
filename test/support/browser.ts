import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain ESM helper shared with the web-test-runner config
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

/**
 * Debian's Chromium through playwright-core. `*.example.test` resolves to 127.0.0.1 so tests can use
 * real subdomains and parent-domain cookies without leaving the machine. `offline`: every other host
 * name fails to resolve, for pages that name real tracker hosts in hints the browser acts on by
 * itself (a preconnect is no request, so a route cannot stop it).
 */
export function launchBrowser(options: { offline?: boolean } = {}): Promise<Browser> {
  const rules = ['MAP *.example.test 127.0.0.1', ...(options.offline ? ['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'] : [])];
  return chromium.launch({
    executablePath: chromiumPath() as string,
    args: [...(chromiumArgs as string[]), `--host-resolver-rules=${rules.join(', ')}`],
  });
}

export interface PageOptions {
  /** `window.samtykkeConfig` set before the loader runs. */
  config?: Record<string, unknown>;
  /** Simulate `navigator.globalPrivacyControl === true`. */
  gpc?: boolean;
}

export async function newPage(context: BrowserContext, options: PageOptions = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.config) await page.addInitScript((config) => ((window as unknown as { samtykkeConfig: unknown }).samtykkeConfig = config), options.config);
  if (options.gpc) await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  return page;
}

/** Clicks a part inside the banner's or the preferences' shadow root (playwright pierces open roots). */
export async function clickPart(page: Page, part: string): Promise<void> {
  await page.locator(`[part~="${part}"]`).first().click();
}

export async function ran(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(() => (window as unknown as { __ran?: Record<string, boolean> }).__ran ?? {});
}
