import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../support/harness.js';

// Dev mode (README "Dev mode", requirements R6, R7 and R9) against the built files. The fixture names real
// tracker hosts in its hints; the browser runs offline (every host but 127.0.0.1 and *.example.test
// fails to resolve), so a preconnect to one reaches nothing.

const harness = useBrowserHarness({ offline: true });

const FIXTURE = '/test/fixtures/dev-mode.html';

interface Heard {
  type: 'samtykke:warning' | 'samtykke:undeclared-cookie';
  code?: string;
  message?: string;
  url?: string;
  /** Of an unequal-buttons warning: `banner` or `preferences`, and the rule of R9 that failed. */
  surface?: string;
  rule?: string;
  /** Of an undeclared-category warning. */
  category?: string;
  /** The element of a warning, as its tag name. */
  element?: string;
  name?: string;
  storage?: string;
}

interface Opened {
  page: Page;
  /** Console warnings of dev mode, in order. */
  warnings: string[];
  heard(): Promise<Heard[]>;
}

/**
 * Opens the fixture with listeners for both dev-mode events in place before any script runs.
 * `withoutDebugAttribute`: the same page with `data-debug="true"` taken off the loader tag.
 */
async function open(options: { withoutDebugAttribute?: boolean; config?: Record<string, unknown>; noCookieStore?: boolean; style?: string } = {}): Promise<Opened> {
  const page = await harness.context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && message.text().startsWith('samtykke (dev):') && warnings.push(message.text()));
  await page.addInitScript(() => {
    const heard: unknown[] = ((window as unknown as { __heard: unknown[] }).__heard = []);
    for (const type of ['samtykke:warning', 'samtykke:undeclared-cookie']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail as Record<string, unknown>;
        heard.push({ type, ...detail, element: detail.element instanceof Element ? detail.element.localName : undefined });
      });
    }
  });
  if (options.config) await page.addInitScript((config) => ((window as unknown as { samtykkeConfig: unknown }).samtykkeConfig = config), options.config);
  // Browsers without the Cookie Store API: dev mode falls back to polling document.cookie.
  if (options.noCookieStore) await page.addInitScript(() => Object.defineProperty(window, 'cookieStore', { value: undefined, configurable: true }));
  if (options.withoutDebugAttribute || options.style) {
    await page.route(harness.server.origin + FIXTURE, async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      if (options.withoutDebugAttribute) html = html.replace(' data-debug="true"', '');
      // The site's own stylesheet, as the last thing in <head>.
      if (options.style) html = html.replace('</head>', `<style>${options.style}</style>\n</head>`);
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto(harness.server.origin + FIXTURE);
  await page.evaluate(() => window.samtykke!.ready);
  const heard = () => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
  return { page, warnings, heard };
}

const devRequests = () => harness.server.requests.filter((path) => path.startsWith('/dist/samtykke-dev.js'));
const warningsOf = (heard: Heard[]) => heard.filter((event) => event.type === 'samtykke:warning');
const LEAK_CODES = ['leak-hint', 'third-party-stylesheet', 'third-party-font', 'third-party-css-url'];
const leaksOf = (heard: Heard[]) => warningsOf(heard).filter((event) => LEAK_CODES.includes(event.code!));
const undeclaredOf = (heard: Heard[]) => heard.filter((event) => event.type === 'samtykke:undeclared-cookie').map(({ name, storage }) => `${storage}:${name}`);

async function until(check: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('dev mode: leak hints (R6)', () => {
  it('is fetched from the loader\'s directory when the loader tag says data-debug="true"', async () => {
    await open();
    await until(async () => devRequests().length > 0);
    expect(devRequests()).toEqual(['/dist/samtykke-dev.js']);
  });

  it('warns about a preconnect to a tracker host: a samtykke:warning event and a console warning', async () => {
    const { warnings, heard } = await open();
    await until(async () => warningsOf(await heard()).some((event) => event.url === 'https://www.googletagmanager.com/'));
    const warning = warningsOf(await heard()).find((event) => event.url === 'https://www.googletagmanager.com/')!;
    expect(warning).toMatchObject({ code: 'leak-hint', element: 'link' });
    expect(warning.message).toContain('Google Tag Manager');
    expect(warning.message).toContain('Remove the hint');
    expect(warnings.some((text) => text.includes('<link rel="preconnect" href="https://www.googletagmanager.com">'))).toBe(true);
  });

  it('warns about a hint to the host of a blocked element, and about CSS from and pointing at other hosts, and nothing else', async () => {
    const { heard } = await open();
    const expected = [
      'leak-hint https://www.googletagmanager.com/',
      'leak-hint http://video.example.net/',
      'third-party-stylesheet http://cdn.example.net/site.css',
      'third-party-font http://fonts.example.net/brand.woff2',
      'third-party-css-url http://img.example.net/ad.png',
    ];
    const found = async () => leaksOf(await heard()).map((event) => `${event.code} ${event.url}`);
    await until(async () => (await found()).length >= expected.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Not the hint to the page's own host, nor the one to cdn.example.org (neither tracker nor gated),
    // nor the same-host url() in the <style>.
    expect((await found()).sort()).toEqual([...expected].sort());
    expect(warningsOf(await heard()).find((event) => event.code === 'leak-hint' && event.url === 'http://video.example.net/')!.message).toContain('the host of a blocked element');
  });

  it('reports a hint inserted later, and each problem once', async () => {
    const { page, heard, warnings } = await open();
    await until(async () => leaksOf(await heard()).length >= 5);
    await page.evaluate(() => {
      for (const [rel, href] of [['dns-prefetch', '//connect.facebook.net'], ['preconnect', 'https://www.googletagmanager.com']]) {
        const link = document.createElement('link');
        link.rel = rel!;
        link.href = href!;
        document.head.append(link);
      }
    });
    // Protocol-relative, on an http page.
    await until(async () => warningsOf(await heard()).some((event) => event.url === 'http://connect.facebook.net/'));
    expect(warningsOf(await heard()).find((event) => event.url === 'http://connect.facebook.net/')).toMatchObject({ code: 'leak-hint', element: 'link' });
    expect(warningsOf(await heard()).filter((event) => event.url === 'https://www.googletagmanager.com/')).toHaveLength(1);
    expect(warnings.filter((text) => text.includes('https://www.googletagmanager.com'))).toHaveLength(1);
  });

  it('reports a hint seen before the blocked element whose host it serves', async () => {
    const { page, heard } = await open();
    await until(async () => leaksOf(await heard()).length >= 5);
    await page.evaluate(() => {
      const link = document.createElement('link');
      link.rel = 'preconnect';
      link.href = 'https://player.example.net';
      document.head.append(link);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warningsOf(await heard()).some((event) => event.url === 'https://player.example.net/')).toBe(false);
    await page.evaluate(() => {
      const iframe = document.createElement('iframe');
      iframe.setAttribute('data-samtykke', 'marketing');
      iframe.setAttribute('data-src', 'https://player.example.net/embed/2');
      document.body.append(iframe);
    });
    await until(async () => warningsOf(await heard()).some((event) => event.url === 'https://player.example.net/'));
  });
});

describe('dev mode: undeclared storage (R7)', () => {
  it('reports an undeclared cookie set after load, but not a declared one or the consent cookie', async () => {
    await harness.context.addCookies([{ name: 'early', value: '1', domain: '127.0.0.1', path: '/' }]);
    const { page, heard, warnings } = await open();
    // The consent cookie, first: Reject all also deletes statistical cookies such as _ga_*.
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await page.waitForFunction(() => window.samtykke!.getConsent()?.action === 'reject_all');
    await page.evaluate(() => {
      document.cookie = 'foo=1; path=/';
      document.cookie = '_ga_ABC123=GS1; path=/';
      document.cookie = 'session=abc; path=/';
      localStorage.setItem('cart', '[]');
    });
    await until(async () => undeclaredOf(await heard()).includes('cookie:foo') && undeclaredOf(await heard()).includes('localStorage:cart'));
    // Longer than the 500 ms poll, for anything that would come late.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await harness.context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['_ga_ABC123', 'early', 'foo', 'samtykke', 'session']);
    expect(undeclaredOf(await heard()).sort()).toEqual(['cookie:early', 'cookie:foo', 'localStorage:cart']);
    expect(warnings.some((text) => text.startsWith('samtykke (dev): Cookie "foo" is not declared'))).toBe(true);
  });

  it('without the Cookie Store API, polls document.cookie, and finds storage keys set as properties', async () => {
    const { page, heard } = await open({ noCookieStore: true });
    expect(await page.evaluate(() => (window as unknown as { cookieStore?: unknown }).cookieStore)).toBeUndefined();
    await page.evaluate(() => {
      document.cookie = 'bar=1; path=/';
      (sessionStorage as unknown as Record<string, string>).direct = '1';
    });
    await until(async () => undeclaredOf(await heard()).includes('cookie:bar') && undeclaredOf(await heard()).includes('sessionStorage:direct'));
  });
});

const categoriesOf = (heard: Heard[]) => warningsOf(heard).filter((event) => event.code === 'undeclared-category');

describe('dev mode: blocked categories with no declared cookie', () => {
  it('warns once per refusable category whose declaration is empty, for blocked elements at load and inserted later', async () => {
    // The fixture declares technical and statistical cookies, and blocks a statistical script and a marketing iframe.
    const { page, heard, warnings } = await open();
    await until(async () => categoriesOf(await heard()).length > 0);
    await page.evaluate(() => {
      for (const [attribute, value] of [['data-samtykke', 'statistical'], ['data-samtykke', 'marketing'], ['data-cookieconsent', 'preferences'], ['data-cookieconsent', 'necessary']]) {
        const script = document.createElement('script');
        script.type = 'text/plain';
        script.setAttribute(attribute!, value!);
        script.textContent = '(window.__late = window.__late || []).push(1);';
        document.body.append(script);
      }
    });
    await until(async () => categoriesOf(await heard()).some((event) => event.category === 'personalised'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const found = categoriesOf(await heard());
    expect(found.map((event) => `${event.category} ${event.element}`)).toEqual(['marketing iframe', 'personalised script']);
    expect(found[0]!.message).toContain('categories.marketing.cookies declares no cookie');
    expect(warnings.filter((text) => text.includes('categories.marketing.cookies declares no cookie'))).toHaveLength(1);
  });

  it('says nothing when every category with blocked elements declares a cookie', async () => {
    const cookies = (name: string) => ({ cookies: [{ name, provider: 'Testfirma ApS', purpose: 'Test', expiry: '1 day' }] });
    const { page, heard } = await open({ config: { categories: { statistical: cookies('_ga_*'), marketing: cookies('_fbp') } } });
    await until(async () => leaksOf(await heard()).length >= 5);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('data-samtykke', 'statistical marketing');
      img.setAttribute('data-src', '/pixel/late');
      document.body.append(img);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(categoriesOf(await heard())).toEqual([]);
  });
});

const unequalOf = (heard: Heard[]) => warningsOf(heard).filter((event) => event.code === 'unequal-buttons');
const rulesOf = (heard: Heard[]) => unequalOf(heard).map((event) => `${event.surface} ${event.rule}`);

/** Long enough for the two frames dev mode waits after the banner is inserted, with room to spare. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** Makes Accept all look like the primary button: the pattern R9 forbids. */
const PRIMARY_ACCEPT = 'samtykke-banner::part(accept-all), samtykke-preferences::part(accept-all) { font-size: 22px; background: #0a7d28; color: #fff }';

describe('dev mode: equal weight of Accept all and Reject all (R9)', () => {
  it('finds nothing wrong with the default theme, in the banner or in the preferences', async () => {
    const { page, heard, warnings } = await open();
    await page.locator('samtykke-banner [part~="reject-all"]').waitFor();
    await page.evaluate(() => window.samtykke!.showPreferences());
    await page.locator('samtykke-preferences [part~="reject-all"]').waitFor();
    await settle();
    expect(unequalOf(await heard())).toEqual([]);
    expect(warnings.filter((text) => text.includes('Accept all and Reject all'))).toEqual([]);
  });

  it('warns when the page styles ::part(accept-all) bigger and green, naming the rules and the values', async () => {
    const { heard, warnings } = await open({ style: PRIMARY_ACCEPT });
    await until(async () => rulesOf(await heard()).includes('banner background'));
    await settle();
    const found = unequalOf(await heard());
    expect(found.map((event) => event.rule)).toEqual(expect.arrayContaining(['font-size', 'background']));
    expect(found.every((event) => event.surface === 'banner' && event.element === 'samtykke-banner')).toBe(true);
    const fontSize = found.find((event) => event.rule === 'font-size')!;
    expect(fontSize.message).toContain('Accept all and Reject all in the banner differ in font-size: 22px and 16px.');
    expect(fontSize.message).toContain('::part(button), not ::part(accept-all)');
    expect(found.find((event) => event.rule === 'background')!.message).toContain('differ in background-color: rgb(10, 125, 40) and rgb(255, 255, 255), a contrast of 5.28:1');
    // White on that green is readable: only the weight is wrong.
    expect(found.some((event) => event.rule === 'text-contrast')).toBe(false);
    expect(warnings.filter((text) => text.startsWith('samtykke (dev): Accept all and Reject all in the banner differ in font-size'))).toHaveLength(1);
  });

  it('warns about button text too close to the button background, set through the custom properties', async () => {
    const { heard } = await open({ style: ':root { --samtykke-button-text: #c8ccd0 }' });
    await until(async () => rulesOf(await heard()).includes('banner text-contrast'));
    const contrast = unequalOf(await heard()).find((event) => event.rule === 'text-contrast')!;
    expect(contrast.message).toMatch(/found Accept all 1\.\d\d:1 \(rgb\(200, 204, 208\) on rgb\(255, 255, 255\)\), Reject all 1\.\d\d:1/);
    // One colour for both buttons: nothing else differs.
    expect(rulesOf(await heard())).toEqual(['banner text-contrast']);
  });

  it('checks a banner shown after dev mode started, and the preferences dialog when it opens', async () => {
    const { page, heard } = await open();
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await page.waitForFunction(() => window.samtykke!.getConsent()?.action === 'reject_all');
    await settle();
    expect(unequalOf(await heard())).toEqual([]);
    await page.addStyleTag({ content: PRIMARY_ACCEPT });
    // After a refusal, a withdrawal shows a new banner without reloading the page.
    await page.evaluate(() => window.samtykke!.withdraw());
    await until(async () => rulesOf(await heard()).includes('banner font-size'));
    // The pointer may still rest where Reject all was, over a button of the new banner: its colours
    // are compared once the pointer leaves.
    await page.mouse.move(1, 1);
    await until(async () => rulesOf(await heard()).includes('banner background'));
    await page.evaluate(() => window.samtykke!.showPreferences());
    await until(async () => rulesOf(await heard()).includes('preferences font-size'));
    expect(unequalOf(await heard()).find((event) => event.surface === 'preferences')!.element).toBe('samtykke-preferences');
  });
});

describe('without dev mode', () => {
  it('fetches no samtykke-dev.js and reports nothing, not even unequal buttons', async () => {
    const { page, heard, warnings } = await open({ withoutDebugAttribute: true, style: PRIMARY_ACCEPT });
    await page.locator('samtykke-banner [part~="reject-all"]').waitFor();
    await page.evaluate(() => {
      document.cookie = 'foo=1; path=/';
      localStorage.setItem('cart', '[]');
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(devRequests()).toEqual([]);
    expect(await heard()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('a debug value other than true turns nothing on, and the config check names the field', async () => {
    const page = await harness.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.addInitScript(() => ((window as unknown as { samtykkeConfig: unknown }).samtykkeConfig = { debug: 'yes' }));
    await page.route(harness.server.origin + FIXTURE, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(' data-debug="true"', '') });
    });
    await page.goto(harness.server.origin + FIXTURE);
    await page.locator('samtykke-banner [part~="reject-all"]').waitFor();
    expect(errors, errors.join('\n')).toContain('samtykke: config "debug" must be one of true, false');
    expect(devRequests()).toEqual([]);
  });

  it('window.samtykkeConfig can turn it on, like any key', async () => {
    const { heard } = await open({ withoutDebugAttribute: true, config: { debug: true } });
    await until(async () => warningsOf(await heard()).length > 0);
    expect(devRequests()).toEqual(['/dist/samtykke-dev.js']);
  });
});
