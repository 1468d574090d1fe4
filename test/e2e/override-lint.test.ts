import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import da from '../../locales/da.json';
import en from '../../locales/en.json';
import { newPage } from '../support/browser.js';
import { useBrowserHarness } from '../support/harness.js';

// R19 in the built SDK: a site's override of a button label that steers is not shown, the vetted label
// is, and the console names the field and the reason. The lint is a chunk of its own, fetched only for
// a config that overrides a control label.

const POLICY = '/test/fixtures/policy.html';
// The chunk the UI tier imports (dist/ may hold older builds' chunks too).
const LINT_CHUNK = `/dist/${/chunks\/override-lint-[\w-]+\.js/.exec(readFileSync(new URL('../../dist/samtykke-ui.js', import.meta.url), 'utf8'))![0]}`;

const harness = useBrowserHarness();

/** Opens the policy fixture with `config`; resolves with the banner's button labels and the console errors. */
async function open(config: Record<string, unknown>): Promise<{ page: Page; labels: () => Promise<string[]>; errors: string[] }> {
  const page = await newPage(harness.context, { config });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(harness.server.origin + POLICY);
  await page.locator('samtykke-banner [part~="reject-all"]').waitFor();
  const labels = () => page.locator('samtykke-banner [part~="button"]').evaluateAll((buttons) => buttons.map((button) => button.textContent!.trim()));
  return { page, labels, errors };
}

describe('a steering override of a button label', () => {
  it('is not shown: the vetted pair is, and the console names each field and why', async () => {
    const { page, labels, errors } = await open({
      texts: { en: { 'banner.acceptAll': 'Accept all', 'banner.rejectAll': 'No thanks, I prefer a worse experience', 'banner.title': 'Cookies here' } },
    });
    expect(await labels()).toEqual([en.banner.acceptAll, en.banner.rejectAll, en.banner.settings]);
    expect(await page.locator('samtykke-banner h2').textContent()).toBe('Cookies here');
    expect(errors).toContain('samtykke: config "texts.en.banner.rejectAll" is a control label with steering wording ("no thanks"); labels name the choice neutrally, without guilt, promises or putting it off');
    expect(errors).toContain('samtykke: config "texts.en.banner.acceptAll" goes with "banner.rejectAll", which was refused; the two are overridden together or not at all');
    expect(harness.server.requests).toContain(LINT_CHUNK);
    // The proof bundle shows what was shown, and the config without the refused overrides.
    const bundle = await page.evaluate(() => window.samtykke!.getProofBundle());
    expect(bundle.strings['banner.rejectAll']).toBe(en.banner.rejectAll);
    expect(bundle.config.texts).toEqual({ en: { 'banner.title': 'Cookies here' } });
  });

  it('in a variant is named by the variant\'s index', async () => {
    const { labels, errors } = await open({
      language: 'da',
      variants: [{ id: 'loud', texts: { da: { 'banner.acceptAll': 'JA TAK', 'banner.rejectAll': 'Afvis' } } }],
    });
    expect(await labels()).toEqual([da.banner.acceptAll, da.banner.rejectAll, da.banner.settings]);
    expect(errors.filter((text) => text.includes('variants[0].texts.da.'))).toEqual([
      'samtykke: config "variants[0].texts.da.banner.acceptAll" is a control label with a word in capitals ("TAK"); labels name the choice neutrally',
      'samtykke: config "variants[0].texts.da.banner.rejectAll" goes with "banner.acceptAll", which was refused; the two are overridden together or not at all',
    ]);
  });

  it('that is neutral is shown, without any error', async () => {
    const { labels, errors } = await open({ language: 'da', texts: { da: { 'banner.acceptAll': 'Accepter', 'banner.rejectAll': 'Afvis' } } });
    expect(await labels()).toEqual(['Accepter', 'Afvis', da.banner.settings]);
    expect(errors).toEqual([]);
  });

  it('is not shown either when the lint cannot be loaded', async () => {
    harness.server.failing.add(LINT_CHUNK);
    const { labels, errors } = await open({ language: 'da', texts: { da: { 'banner.acceptAll': 'Accepter', 'banner.rejectAll': 'Afvis' } } });
    expect(await labels()).toEqual([da.banner.acceptAll, da.banner.rejectAll, da.banner.settings]);
    expect(errors).toContain('samtykke: config "texts.da.banner.rejectAll" could not be checked (the lint did not load), so the built-in text is shown');
  });

  it('costs a config without control-label overrides nothing: the lint is not fetched', async () => {
    const { labels } = await open({ texts: { en: { 'banner.title': 'Cookies here' } } });
    expect(await labels()).toEqual([en.banner.acceptAll, en.banner.rejectAll, en.banner.settings]);
    // The lint would be fetched before the banner renders; the decision maker comes after its paint.
    expect(harness.server.requests.filter((path) => path.startsWith('/dist/chunks/') && !/\/decision-maker-/.test(path))).toEqual([]);
  });
});
