import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { rollup } from 'rollup';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STAND_IN_HOSTS, standInResponse } from '../../demo/stand-ins.js';
import { launchBrowser } from '../support/browser.js';
import { readmeBlocks, type CodeBlock } from './demo-readme-blocks.js';

// Every code block of the README that a site developer copies is run here, as written, in a real page:
// tags must stay inert before consent (no request to the vendor, no cookie) and run after it; API,
// config and CSP blocks must do what the text around them says. The page is a made-up site,
// https://www.coworking-plus.example, served through playwright routes together with the vendors'
// real hosts, which answer with the demo's tracker stand-ins (demo/stand-ins.js). Nothing else is
// reachable: any other request is aborted and fails the test.
//
// COVERAGE maps each block, by the heading it sits under, to the test that exercises it (or to why it
// is not code for a page). A new block without an entry, or an entry without a block, fails the first
// test, so the README and this file cannot drift apart silently.

const SITE = 'https://www.coworking-plus.example';
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const LOADER = '<script src="/samtykke/samtykke.js" data-controller="Coworking Plus ApS" data-policy-url="/privatliv"></script>';

type Coverage = { test: string } | { notPageCode: string };

const COVERAGE: Record<string, Coverage> = {
  // README.md
  'Samtykke #1': { notPageCode: 'shell commands for working on Samtykke; npm start is exercised by test/e2e/demo.test.ts' },
  'Five-minute quick start #1': { test: 'the loader tag shows the banner with the controller and the policy link' },
  'Five-minute quick start #2': { test: 'tag: Five-minute quick start #2' },
  'Five-minute quick start #3': { test: 'the footer link opens the cookie settings' },
  'Configuration #1': { test: 'the config block and window.samtykkeConfig are read, and records reach the endpoint' },
  'Bundlers #1': { test: 'init() from a bundle shows the banner' },
  'Blocking markup #1': { test: 'tag: Blocking markup #1' },
  'JavaScript API and events #1': { test: 'the API calls run as listed' },
  'JavaScript API and events #2': { test: 'the event listeners hear the load-time and decision events' },
  'Dev mode #1': { test: 'dev mode: the tag turns it on, and the listeners collect a leak hint and an undeclared cookie' },
  'Dev mode #2': { test: 'dev mode: the tag turns it on, and the listeners collect a leak hint and an undeclared cookie' },
  'Proof of the text shown #1': { test: 'computeTextHash() from a bundle gives the proof bundle\'s textHash' },
  'Google Consent Mode v2 #1': { test: 'the documented consent default is what the loader pushes' },
  'Content Security Policy #1': { test: 'the documented CSP is enough: no violation, banner, settings, nonce, records' },
  'Faster first visits #1': { notPageCode: 'nginx configuration; the Link header it sends is tested in test/e2e/loader.test.ts ("a Link header with modulepreload")' },
  'How it is built #1': { notPageCode: 'a diagram' },
  'The collector #1': { notPageCode: 'shell command starting the collector; the CLI and its flags are tested in server/*.test.ts' },
  // demo/README-sections.md (merged into README.md)
  'Google Analytics 4 (gtag.js) #1': { test: 'tag: Google Analytics 4 (gtag.js) #1' },
  'Google Tag Manager #1': { test: 'tag: Google Tag Manager #1' },
  'Meta Pixel #1': { test: 'tag: Meta Pixel #1' },
  'LinkedIn Insight Tag #1': { test: 'tag: LinkedIn Insight Tag #1' },
  'LinkedIn Insight Tag #2': { test: 'tag: LinkedIn Insight Tag #2' },
  'Hotjar #1': { test: 'tag: Hotjar #1' },
  'Matomo #1': { test: 'Matomo: loaded, but no hit and no cookie until Samtykke gives consent' },
  'Microsoft Advertising (UET) #1': { test: 'tag: Microsoft Advertising (UET) #1' },
  'Microsoft Clarity #1': { test: 'tag: Microsoft Clarity #1' },
  'YouTube and other embeds #1': { test: 'tag: YouTube and other embeds #1' },
  'A cookie declaration on your policy page #1': { test: 'the declaration renders the configured cookies and the choice' },
  'A cookie declaration on your policy page #2': { test: 'the declaration renders the configured cookies and the choice' },
  'Moving from Cookiebot #1': { test: 'tag: Moving from Cookiebot #1' },
  'Moving from vanilla-cookieconsent #1': { test: 'a converted vanilla-cookieconsent tag runs; an unconverted one stays blocked' },
  'The demo #1': { notPageCode: 'shell command; the demo it starts is tested by test/e2e/demo.test.ts' },
};

const BLOCKS = readmeBlocks();

function block(key: string): string {
  const found = BLOCKS.filter((candidate) => candidate.key === key);
  if (found.length !== 1) throw new Error(`README block "${key}": found ${found.length}`);
  return found[0]!.code;
}

// --- The made-up site and the vendors' hosts, all answered by routes ------------------------------

interface Site {
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to hosts nothing stands in for: must stay empty. */
  outside: string[];
  /** Bodies posted to the collector at https://consent.example.com, by path. */
  posted: Array<{ path: string; body: string }>;
  pages: Map<string, string>;
  headers: Map<string, Record<string, string>>;
  /** Extra files by path (a bundle), served as JavaScript. */
  files: Map<string, string>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

async function serveSite(site: Site, route: Route, url: URL): Promise<void> {
  const path = url.pathname;
  if (path.startsWith('/samtykke/')) {
    const file = normalize(join(DIST, path.slice('/samtykke/'.length)));
    if (!file.startsWith(DIST)) return route.fulfill({ status: 403 });
    try {
      return await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  }
  const extra = site.files.get(path);
  if (extra !== undefined) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: extra });
  // The module of the "Blocking markup" example.
  if (path === '/pixel.js') return route.fulfill({ status: 200, contentType: TYPES['.js'], body: '(window.__ran ??= {}).pixel = import.meta.url;' });
  const page = site.pages.get(path) ?? (path === '/privatliv' ? '<!doctype html><html lang="en"><title>Privacy</title><h1>Privacy</h1></html>' : undefined);
  if (page === undefined) return route.fulfill({ status: 404, body: 'not found' });
  return route.fulfill({ status: 200, contentType: TYPES['.html'], headers: site.headers.get(path) ?? {}, body: page });
}

async function openSite(context: BrowserContext): Promise<Site> {
  const site: Site = { requests: [], outside: [], posted: [], pages: new Map(), headers: new Map(), files: new Map() };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    site.requests.push(url.href);
    if (url.origin === SITE) return serveSite(site, route, url);
    if (STAND_IN_HOSTS.includes(url.hostname)) {
      const answer = standInResponse(url.hostname, url.pathname, url.searchParams, 'https://');
      return answer ? route.fulfill({ status: answer.status, contentType: answer.type, body: Buffer.from(answer.body) }) : route.fulfill({ status: 404 });
    }
    if (url.hostname === 'consent.example.com') {
      site.posted.push({ path: url.pathname, body: request.postData() ?? '' });
      const status = url.pathname.endsWith('/consents') ? 201 : 204;
      return route.fulfill({ status, headers: { 'access-control-allow-origin': SITE }, body: status === 201 ? '{}' : '' });
    }
    if (url.hostname === 'px.ads.example') return route.fulfill({ status: 200, contentType: 'image/gif', body: GIF });
    site.outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  return site;
}

function html({ head = '', body = '', loader = true }: { head?: string; body?: string; loader?: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Coworking Plus</title>
${loader ? LOADER : ''}
${head}
</head>
<body>
<main><h1>Coworking Plus</h1>
${body}
</main>
</body>
</html>`;
}

const hostsRequested = (site: Site) => new Set(site.requests.map((href) => new URL(href).hostname));
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((cookie) => cookie.name);

/** Opens a page of the site and waits for the banner (nothing decided yet), plus a moment for leaks to show. */
async function visit(page: Page, site: Site, path: string, content: string): Promise<void> {
  site.pages.set(path, content);
  await page.goto(SITE + path);
  await page.evaluate(() => window.samtykke!.ready);
  await page.locator('samtykke-banner [part~="accept-all"]').waitFor();
  await page.waitForTimeout(300);
}

async function acceptAll(page: Page): Promise<void> {
  await page.locator('samtykke-banner [part~="accept-all"]').click();
  await page.evaluate(() => window.samtykke!.getConsent());
}

async function eventually(check: () => Promise<boolean> | boolean, timeout = 5000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

const ran = (page: Page, name: string) => page.evaluate((key) => (window as any).__demoRan?.[key] ?? null, name);

let browser: Browser;
let context: BrowserContext;
let site: Site;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  site = await openSite(context);
});
afterEach(async () => {
  await context?.close();
  expect(site.outside, 'requests to hosts without a stand-in').toEqual([]);
});

describe('README code blocks', () => {
  it('are each mapped to the test that runs them, and only once', () => {
    const keys = BLOCKS.map((candidate: CodeBlock) => candidate.key);
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(duplicates, 'blocks under the same heading that differ between README.md and demo/README-sections.md: delete the merged file').toEqual([]);
    expect({ unmapped: keys.filter((key) => !(key in COVERAGE)), stale: Object.keys(COVERAGE).filter((key) => !keys.includes(key)) }).toEqual({ unmapped: [], stale: [] });
  });
});

// --- Tags: inert before consent, running after ------------------------------------------------------

interface TagExpectation {
  /** Vendor hosts that get no request before consent and at least one after. */
  hosts: string[];
  /** Stand-ins that must have run after consent (window.__demoRan). */
  ran?: string[];
  /** First-party cookies that must exist after consent (none of them before). */
  cookies?: string[];
  /** More checks after consent. */
  after?: (page: Page) => Promise<void>;
  /** More checks before consent. */
  before?: (page: Page) => Promise<void>;
}

const TAGS: Record<string, TagExpectation> = {
  'Five-minute quick start #2': { hosts: ['www.googletagmanager.com', 'www.google-analytics.com'], ran: ['ga4'], cookies: ['_ga', '_ga_XXXX'] },
  'Google Analytics 4 (gtag.js) #1': {
    hosts: ['www.googletagmanager.com', 'www.google-analytics.com'],
    ran: ['ga4'],
    cookies: ['_ga', '_ga_XXXXXXXXXX'],
    // Consent Mode: the hit says analytics storage was granted.
    after: async () => expect(site.requests.some((href) => href.includes('/g/collect') && href.includes('gcs=G111'))).toBe(true),
  },
  'Google Tag Manager #1': {
    hosts: ['www.googletagmanager.com'],
    ran: ['gtm'],
    after: async (page) => expect((await ran(page, 'gtm')).samtykke).toEqual({ statistical: true, marketing: true, personalised: true }),
  },
  'Meta Pixel #1': {
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    ran: ['meta'],
    cookies: ['_fbp'],
    after: async (page) => {
      const meta = await ran(page, 'meta');
      expect(meta.pixels).toEqual(['YOUR_PIXEL_ID']);
      expect(meta.events).toContain('PageView');
      // Samtykke told the pixel, too.
      expect(await eventually(async () => (await ran(page, 'meta')).consentCalls.includes('grant'))).toBe(true);
    },
  },
  'LinkedIn Insight Tag #1': { hosts: ['snap.licdn.com', 'px.ads.linkedin.com'], ran: ['linkedin'], cookies: ['li_fat_id'] },
  'LinkedIn Insight Tag #2': {
    hosts: ['px.ads.linkedin.com'],
    after: async () => expect(site.requests.some((href) => href.includes('conversionId=YOUR_CONVERSION_ID'))).toBe(true),
  },
  'Hotjar #1': { hosts: ['static.hotjar.com'], ran: ['hotjar'], cookies: ['_hjSessionUser_1234567', '_hjSession_1234567'] },
  'Microsoft Advertising (UET) #1': {
    hosts: ['bat.bing.com'],
    ran: ['uet'],
    cookies: ['_uetsid', '_uetvid'],
    // The page load went out with ad storage granted: Samtykke's consent update reached UET.
    after: async () => expect(await eventually(() => site.requests.some((href) => href.includes('/action/0') && href.includes('asc=G')))).toBe(true),
  },
  'Microsoft Clarity #1': { hosts: ['www.clarity.ms'], ran: ['clarity'], cookies: ['_clck', '_clsk'] },
  'YouTube and other embeds #1': {
    hosts: ['www.youtube-nocookie.com'],
    before: async (page) => {
      await expect(page.locator('samtykke-placeholder [part~="placeholder"]').isVisible()).resolves.toBe(true);
      expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    },
    after: async (page) => expect(await page.locator('iframe').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/VIDEO_ID'),
  },
  'Blocking markup #1': {
    hosts: ['www.googletagmanager.com', 'px.ads.example', 'www.youtube-nocookie.com'],
    ran: ['ga4'],
    before: async () => expect(site.requests.filter((href) => href.endsWith('/pixel.js'))).toEqual([]),
    after: async (page) => {
      expect(await eventually(async () => Boolean(await page.evaluate(() => (window as any).__ran?.pixel)))).toBe(true);
      expect(await page.evaluate(() => (window as any).__ran.pixel)).toBe(`${SITE}/pixel.js`);
    },
  },
  'Moving from Cookiebot #1': { hosts: ['www.googletagmanager.com', 'www.youtube-nocookie.com'], ran: ['ga4'] },
};

describe('tags from the README are inert before consent and run after Accept all', () => {
  for (const [key, expectation] of Object.entries(TAGS)) {
    it(`tag: ${key}`, async () => {
      const page = await context.newPage();
      await visit(page, site, '/tag', html({ body: block(key) }));
      const vendorHosts = expectation.hosts;
      expect([...hostsRequested(site)].filter((host) => vendorHosts.includes(host)), 'vendor requests before consent').toEqual([]);
      expect(await page.evaluate(() => Object.keys((window as any).__demoRan ?? {}))).toEqual([]);
      expect(await cookieNames(context)).toEqual([]);
      await expectation.before?.(page);

      await acceptAll(page);
      for (const host of vendorHosts) expect(await eventually(() => hostsRequested(site).has(host)), `a request to ${host}`).toBe(true);
      for (const name of expectation.ran ?? []) expect(await eventually(async () => (await ran(page, name)) !== null), `${name} ran`).toBe(true);
      for (const name of expectation.cookies ?? []) expect(await eventually(async () => (await cookieNames(context)).includes(name)), `cookie ${name}`).toBe(true);
      await expectation.after?.(page);
    });
  }

  it('Matomo: loaded, but no hit and no cookie until Samtykke gives consent', async () => {
    const page = await context.newPage();
    await visit(page, site, '/matomo', html({ body: block('Matomo #1') }));
    // The unblocked snippet loads matomo.js; requireConsent holds everything back, and Samtykke says "no".
    expect(await eventually(async () => (await ran(page, 'matomo'))?.calls.includes('forgetConsentGiven'))).toBe(true);
    expect(site.requests.filter((href) => href.includes('matomo.php'))).toEqual([]);
    expect(await cookieNames(context)).toEqual([]);

    await acceptAll(page);
    expect(await eventually(async () => (await ran(page, 'matomo')).calls.includes('setConsentGiven'))).toBe(true);
    expect(await eventually(() => site.requests.some((href) => href.startsWith('https://matomo.example.com/matomo.php?idsite=1')))).toBe(true);
    expect((await cookieNames(context)).some((name) => name.startsWith('_pk_id.1.'))).toBe(true);
  });

  it('a converted vanilla-cookieconsent tag runs; an unconverted one stays blocked', async () => {
    const page = await context.newPage();
    await visit(page, site, '/vanilla', html({ body: block('Moving from vanilla-cookieconsent #1') }));
    expect([...hostsRequested(site)]).not.toContain('www.googletagmanager.com');
    await acceptAll(page);
    expect(await eventually(async () => (await ran(page, 'ga4')) !== null)).toBe(true);
    expect(site.requests.filter((href) => href.includes('/gtag/js'))).toHaveLength(1);
    expect(await page.locator('script[data-category="analytics"]').getAttribute('type')).toBe('text/plain');
  });

  it('stay inert after Reject all, also on the next page', async () => {
    const tags = Object.keys(TAGS).filter((key) => key !== 'Five-minute quick start #2' && key !== 'Blocking markup #1');
    const body = tags.map(block).join('\n');
    const page = await context.newPage();
    await visit(page, site, '/all', html({ body }));
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await page.reload();
    await page.evaluate(() => window.samtykke!.ready);
    await page.waitForTimeout(300);
    const vendors = new Set(tags.flatMap((key) => TAGS[key]!.hosts));
    expect([...hostsRequested(site)].filter((host) => vendors.has(host))).toEqual([]);
    expect((await cookieNames(context)).filter((name) => name !== 'samtykke')).toEqual([]);
  });
});

// --- Pages, config, API, Consent Mode, CSP, bundlers --------------------------------------------------

describe('the rest of the README, run as written', () => {
  it('the loader tag shows the banner with the controller and the policy link', async () => {
    const page = await context.newPage();
    await visit(page, site, '/loader', html({ loader: false, head: block('Five-minute quick start #1') }));
    const banner = page.locator('samtykke-banner');
    expect(await banner.locator('[part~="banner"]').textContent()).toContain('Coworking Plus ApS');
    expect(await banner.locator('a[href="/privatliv"]').count()).toBe(1);
  });

  it('the footer link opens the cookie settings', async () => {
    const page = await context.newPage();
    await visit(page, site, '/footer', html({ body: block('Five-minute quick start #3') }));
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.locator('samtykke-preferences dialog[open]').waitFor();
  });

  it('the config block and window.samtykkeConfig are read, and records reach the endpoint', async () => {
    const page = await context.newPage();
    await visit(page, site, '/config', html({ loader: false, head: `${block('Configuration #1')}\n${LOADER}` }));
    // window.samtykkeConfig = { layout: 'bar' } wins over the default box.
    expect(await page.locator('samtykke-banner').getAttribute('layout')).toBe('bar');
    expect(await eventually(() => site.posted.some((post) => post.path === '/api/v1/impressions'))).toBe(true);
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    expect(await eventually(() => site.posted.some((post) => post.path === '/api/v1/consents'))).toBe(true);
    const record = JSON.parse(site.posted.find((post) => post.path === '/api/v1/consents')!.body);
    // "revision": 3 from the JSON block.
    expect(record).toMatchObject({ action: 'reject_all', revision: 3 });
  });

  it('the API calls run as listed', async () => {
    const page = await context.newPage();
    // The block ends with withdraw() after revoking marketing; without this the page would reload mid-block.
    await page.addInitScript(() => ((window as any).samtykkeConfig = { reloadOnWithdraw: false }));
    await visit(page, site, '/api', html({}));
    const result = await page.evaluate(`(async () => {\n${block('JavaScript API and events #1')}\n;return window.samtykke.getConsent();\n})()`);
    expect(result).toBeNull();
    await page.locator('samtykke-banner [part~="accept-all"]').waitFor();
  });

  it('the event listeners hear the load-time and decision events', async () => {
    const page = await context.newPage();
    // Records every listener call of a samtykke:* event, around the README's own (empty) listeners.
    await page.addInitScript(() => {
      const heard: string[] = ((window as any).__heard = []);
      const add = document.addEventListener.bind(document);
      document.addEventListener = ((type: string, listener: EventListener, options?: unknown) =>
        add(type, type.startsWith('samtykke:') ? (event: Event) => (heard.push(type), listener(event)) : listener, options as AddEventListenerOptions)) as typeof document.addEventListener;
    });
    // As a site would: a script at the end of the page.
    await visit(page, site, '/events', html({ body: `<script>\n${block('JavaScript API and events #2')}\n</script>` }));
    expect(await page.evaluate(() => (window as any).__heard)).toEqual(['samtykke:ready']);
    await acceptAll(page);
    expect(await page.evaluate(() => (window as any).__heard)).toEqual(['samtykke:ready', 'samtykke:consent', 'samtykke:change']);
  });

  it('dev mode: the tag turns it on, and the listeners collect a leak hint and an undeclared cookie', async () => {
    const page = await context.newPage();
    // A preload to a tracker host: a request, so the stand-in answers it (a preconnect would have the
    // browser connect by itself, past the routes).
    const hint = '<link rel="preload" as="script" href="https://www.googletagmanager.com/gtag/js?id=G-DEV">';
    // As a site would: the listeners in a script at the end of the page.
    await visit(page, site, '/dev', html({ loader: false, head: `${block('Dev mode #1')}\n${hint}`, body: `<script>\n${block('Dev mode #2')}\n</script>` }));
    await page.evaluate(() => (document.cookie = 'foo=1; path=/'));
    const found = () => page.evaluate('problems.map((problem) => problem.code ? `${problem.code} ${problem.url}` : `${problem.storage} ${problem.name}`)') as Promise<string[]>;
    expect(await eventually(async () => (await found()).includes('cookie foo'))).toBe(true);
    expect(await found()).toContain('leak-hint https://www.googletagmanager.com/gtag/js?id=G-DEV');
    expect(site.requests).toContain(`${SITE}/samtykke/samtykke-dev.js`);
  });

  it('the documented consent default is what the loader pushes', async () => {
    const page = await context.newPage();
    await visit(page, site, '/consent-mode', html({}));
    const [documented, pushed] = await page.evaluate((code) => {
      const calls: unknown[][] = [];
      new Function('gtag', code)((...args: unknown[]) => calls.push(args));
      return [calls[0], Array.from((window as any).dataLayer[0])];
    }, block('Google Consent Mode v2 #1'));
    expect(pushed).toEqual(documented);
  });

  it('the documented CSP is enough: no violation, banner, settings, nonce, records', async () => {
    const csp = block('Content Security Policy #1').trim();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const violations: string[] = ((window as any).__violations = []);
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    site.headers.set('/csp', { 'content-security-policy': csp });
    const page_ = html({
      loader: false,
      head: `<script type="application/json" id="samtykke-config">{ "endpoint": "https://consent.example.com" }</script>
<script src="/samtykke/samtykke.js" nonce="RANDOM" data-controller="Coworking Plus ApS" data-policy-url="/privatliv"></script>`,
      body: `<script type="text/plain" data-samtykke="statistical" nonce="RANDOM">(window.__ran = window.__ran || {}).inline = true;</script>`,
    });
    await visit(page, site, '/csp', page_);
    // Styled (constructable style sheets pass style-src 'self'): the buttons have their border.
    expect(await page.locator('samtykke-banner [part~="accept-all"]').evaluate((button) => getComputedStyle(button).borderTopStyle)).toBe('solid');
    await acceptAll(page);
    expect(await eventually(async () => Boolean(await page.evaluate(() => (window as any).__ran?.inline)))).toBe(true);
    await page.evaluate(() => window.samtykke!.showPreferences());
    await page.locator('samtykke-preferences dialog[open]').waitFor();
    expect(await eventually(() => site.posted.some((post) => post.path === '/api/v1/consents'))).toBe(true);
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  });

  it('the declaration renders the configured cookies and the choice', async () => {
    const page = await context.newPage();
    const head = block('A cookie declaration on your policy page #2');
    await visit(page, site, '/privacy', html({ loader: false, head: `${head}\n${LOADER}`, body: block('A cookie declaration on your policy page #1') }));
    const declaration = page.locator('samtykke-declaration');
    await declaration.locator('[part~="declaration"]').waitFor();
    expect(await declaration.locator('h2#heading').count()).toBe(1);
    expect(await declaration.locator('[part~="category-statistical"] table').textContent()).toContain('Tells visitors apart');
    expect(await declaration.locator('[part~="category-personalised"] table').textContent()).toContain('last_location');
    await acceptAll(page);
    expect(await eventually(async () => (await declaration.locator('[part~="choice"]').allTextContents()).slice(1).every((text) => text === 'Your choice: On'))).toBe(true);
  });

  /** Bundles a README block as a site's bundler would and serves it as /bundle/entry.js (plus its chunks). */
  async function serveBundled(code: string): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'samtykke-readme-bundle-'));
    try {
      await writeFile(join(dir, 'entry.js'), code);
      // As a site's bundler would resolve it: "samtykke" is this package (its exports point at dist/esm).
      const bundle = await rollup({
        input: join(dir, 'entry.js'),
        plugins: [{ name: 'samtykke-package', resolveId: (id) => (id === 'samtykke' ? join(DIST, 'esm/index.js') : null) }, resolve({ browser: true })],
        onwarn: () => undefined,
      });
      const { output } = await bundle.generate({ format: 'es', dir: 'bundle' });
      await bundle.close();
      for (const chunk of output) if (chunk.type === 'chunk') site.files.set(`/bundle/${chunk.fileName}`, chunk.code);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('init() from a bundle shows the banner', async () => {
    await serveBundled(block('Bundlers #1'));
    const page = await context.newPage();
    await visit(page, site, '/bundled', html({ loader: false, head: '<script type="module" src="/bundle/entry.js"></script>' }));
    expect(await page.locator('samtykke-banner [part~="banner"]').textContent()).toContain('Coworking Plus ApS');
    await acceptAll(page);
    expect(await page.evaluate(() => window.samtykke!.getConsent()?.action)).toBe('accept_all');
  });

  it('computeTextHash() from a bundle gives the proof bundle\'s textHash', async () => {
    await serveBundled(block('Proof of the text shown #1'));
    const page = await context.newPage();
    const logged: string[] = [];
    page.on('console', (message) => message.type() === 'log' && logged.push(message.text()));
    // The script-tag loader sets window.samtykke; the site's own module imports only computeTextHash.
    await visit(page, site, '/proof', html({ body: '<script type="module" src="/bundle/entry.js"></script>' }));
    expect(await eventually(() => logged.length > 0)).toBe(true);
    expect(logged).toEqual(['true']);
  });
});
