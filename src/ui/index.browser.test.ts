import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import i18next from 'i18next';
import da from '../../locales/da.json';
import en from '../../locales/en.json';
import { sha256Hex } from '../core/sha256.js';
import { createLocalization } from '../i18n/localization.js';
import { localeLoaders } from '../i18n/locale-loaders.js';
import * as entry from './index.js';
import { canonicalJson, sha256HexAsync, textRecord } from './shared/text-hash.js';
import { LANGUAGES_SHIPPED, banner, cleanUp, expectNode, mountUi, nextFrame, part } from './test-helpers.js';
import { createTestHost } from './test-host.js';
import type { UiController } from './ui-host.js';

let ui: UiController | undefined;

async function showBanner(options: Parameters<typeof mountUi>[0] = {}) {
  const mounted = await mountUi(options);
  ui = mounted.ui;
  await mounted.ui.showBanner();
  return { ...mounted, element: banner() };
}

describe('mount()', () => {
  before(() => setViewport({ width: 1280, height: 720 }));

  afterEach(() => {
    cleanUp(ui);
    ui = undefined;
    document.documentElement.lang = '';
    document.documentElement.removeAttribute('style');
  });

  it('is the only UI export of the entry (beside the loader\'s own decision half)', () => {
    expect(Object.keys(entry).filter((name) => name !== 'createDecisions')).to.deep.equal(['mount']);
  });

  it('defines the elements, and a second mount (or a second copy) does not throw on the taken names', async () => {
    await mountUi();
    await mountUi();
    for (const name of ['samtykke-banner', 'samtykke-preferences', 'samtykke-placeholder']) expect(customElements.get(name), name).to.exist;
  });

  describe('languages (R17, R52)', () => {
    for (const language of LANGUAGES_SHIPPED) {
      it(`shows the "${language}" strings`, async () => {
        const table = (await localeLoaders[language]()).default;
        const { element } = await showBanner({ language });
        expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal(table.banner.title);
        expect(part(element, 'reject-all').textContent!.trim()).to.equal(table.banner.rejectAll);
      });
    }

    it('renders the strings the loader hands over, without importing them again', async () => {
      // A table the locale chunk cannot have produced: seeing it proves it was used as given.
      const given = { ...da, banner: { ...da.banner, title: 'Handed over' } };
      const test = createTestHost({ language: 'da' });
      ui = await entry.mount(test.host, given);
      await ui.showBanner();
      expect(banner().shadowRoot!.querySelector('h2')!.textContent).to.equal('Handed over');
      expect(part(banner(), 'reject-all').textContent!.trim()).to.equal(da.banner.rejectAll);
    });

    it('carries lang when its language differs from the page', async () => {
      document.documentElement.lang = 'da';
      const { element } = await showBanner({ language: 'en' });
      expect(element.getAttribute('lang')).to.equal('en');
    });

    it('carries no lang when the page has the same language', async () => {
      document.documentElement.lang = 'da-DK';
      const { element } = await showBanner({ language: 'da' });
      expect(element.hasAttribute('lang')).to.equal(false);
    });

    it('treats "no" on the page as Norwegian Bokmål, and tells Nynorsk apart', async () => {
      document.documentElement.lang = 'no';
      const bokmaal = await showBanner({ language: 'nb' });
      expect(bokmaal.element.hasAttribute('lang')).to.equal(false);
      cleanUp(ui);
      const nynorsk = await showBanner({ language: 'nn' });
      expect(nynorsk.element.getAttribute('lang')).to.equal('nn');
    });

    it('carries lang when the page declares none', async () => {
      const { element } = await showBanner({ language: 'sv' });
      expect(element.getAttribute('lang')).to.equal('sv');
    });
  });

  describe('a page\'s own i18next', () => {
    it('does not initialise the page\'s global i18next', async () => {
      expect(i18next.isInitialized).to.not.equal(true);
      await showBanner({ language: 'da' });
      expect(i18next.isInitialized).to.not.equal(true);
      expect(i18next.language).to.equal(undefined);
      expect(i18next.store).to.equal(undefined);
    });

    it('leaves a page\'s own i18next, its language and its strings as they were', async () => {
      const page = i18next.createInstance();
      await page.init({ lng: 'fr', resources: { fr: { translation: { banner: { title: 'Titre de la page' } } } } });
      const languageChanges: string[] = [];
      page.on('languageChanged', (language) => languageChanges.push(language));
      await showBanner({ language: 'da' });
      expect(page.language).to.equal('fr');
      expect(page.t('banner.title')).to.equal('Titre de la page');
      expect(page.hasResourceBundle('da', 'translation')).to.equal(false);
      expect(languageChanges).to.deep.equal([]);
    });
  });

  describe('text overrides', () => {
    it('applies the site\'s texts, then the variant\'s, for the language only', async () => {
      const { element } = await showBanner({
        language: 'da',
        config: { texts: { da: { 'banner.title': 'Site title', 'banner.rejectAll': 'Afvis alt' }, en: { 'banner.title': 'English only' } } },
        variant: { id: 'b', weight: 1, texts: { da: { 'banner.title': 'Variant title' } } },
      });
      expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Variant title');
      expect(part(element, 'reject-all').textContent!.trim()).to.equal('Afvis alt');
      expect(part(element, 'accept-all').textContent!.trim()).to.equal(da.banner.acceptAll);
    });

    it('ignores unknown keys, with a warning', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await showBanner({ config: { texts: { en: { 'banner.titel': 'Typo', '__proto__.polluted': 'x' } } } });
      } finally {
        console.warn = originalWarn;
      }
      expect(warnings.join('\n')).to.contain('banner.titel');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('does not leak overrides into a later mount', async () => {
      await showBanner({ config: { texts: { en: { 'banner.title': 'Changed' } } } });
      cleanUp(ui);
      const { element } = await showBanner();
      expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.banner.title);
    });

    it('renders HTML in config strings as text', async () => {
      const { element } = await showBanner({
        config: {
          controller: '<img src=x onerror="window.__samtykkeXss = true">Evil & Co',
          texts: { en: { 'banner.title': '<b>Bold</b> title', 'banner.rejectAll': '<script>window.__samtykkeXss = true</script>' } },
        },
      });
      await nextFrame();
      const root = element.shadowRoot!;
      expectNode(root.querySelector('img, b, script'), null);
      expect(root.querySelector('h2')!.textContent).to.equal('<b>Bold</b> title');
      expect(root.textContent).to.contain('<img src=x onerror="window.__samtykkeXss = true">Evil & Co');
      expect((window as unknown as { __samtykkeXss?: boolean }).__samtykkeXss).to.equal(undefined);
    });
  });

  describe('textHash()', () => {
    it('is the SHA-256 of the canonical text record, the same with WebCrypto and the fallback', async () => {
      const test = createTestHost({ language: 'da' });
      const controller = await entry.mount(test.host);
      const localization = await createLocalization({ language: 'da', config: test.host.config, variant: null });
      const hash = await controller.textHash();
      expect(hash).to.match(/^[0-9a-f]{64}$/);
      expect(sha256Hex(canonicalJson(textRecord({ config: test.host.config, language: 'da', variant: null, strings: localization.texts() })))).to.equal(hash);
    });

    it('covers the strings, the controller, the policy URL, the cookie declaration and the revision', async () => {
      const hashOf = async (options: Parameters<typeof createTestHost>[0]) => (await entry.mount(createTestHost(options).host)).textHash();
      const base = await hashOf({});
      expect(await hashOf({})).to.equal(base);
      expect(await hashOf({ config: { texts: { en: { 'banner.rejectAll': 'Decline all' } } } })).to.not.equal(base);
      expect(await hashOf({ config: { controller: 'Someone Else A/S' } })).to.not.equal(base);
      expect(await hashOf({ config: { policyUrl: '/cookies' } })).to.not.equal(base);
      expect(await hashOf({ config: { revision: 4 } })).to.not.equal(base);
      expect(await hashOf({ language: 'da' })).to.not.equal(base);
      expect(await hashOf({ variant: { id: 'b', weight: 1 } })).to.not.equal(base);
      expect(await hashOf({ config: { categories: { marketing: { cookies: [{ name: 'fr', provider: 'Meta', purpose: 'Ads', expiry: '3 months' }] } } } })).to.not.equal(base);
      // A text override for another language changes nothing the visitor saw.
      expect(await hashOf({ config: { texts: { da: { 'banner.rejectAll': 'Nej tak' } } } })).to.equal(base);
    });

    it('falls back to the pure SHA-256 where WebCrypto is missing (plain-http pages)', async () => {
      const text = 'Cookies på denne hjemmeside — æøå';
      const withWebCrypto = await sha256HexAsync(text);
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
      Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
      try {
        expect(globalThis.crypto).to.equal(undefined);
        expect(await sha256HexAsync(text)).to.equal(withWebCrypto);
      } finally {
        Object.defineProperty(globalThis, 'crypto', descriptor);
      }
      expect(withWebCrypto).to.equal(sha256Hex(text));
    });

    it('canonicalJson() sorts keys at every level and keeps array order', () => {
      expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).to.equal('{"a":{"c":null,"d":[2,1]},"b":1}');
      expect(canonicalJson('æøå "x"')).to.equal('"æøå \\"x\\""');
    });
  });

  describe('theme', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`sets theme="${theme}" from the config`, async () => {
        const { element } = await showBanner({ config: { theme } });
        expect(element.getAttribute('theme')).to.equal(theme);
      });
    }

    it('lets the page theme the elements through --samtykke-* properties on :root', async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':root { --samtykke-button-background: rgb(1, 2, 3); --samtykke-button-text: rgb(250, 250, 250); }');
      document.adoptedStyleSheets = [sheet];
      try {
        const { element } = await showBanner();
        for (const name of ['accept-all', 'reject-all', 'preferences']) {
          expect(getComputedStyle(part(element, name)).backgroundColor, name).to.equal('rgb(1, 2, 3)');
        }
      } finally {
        document.adoptedStyleSheets = [];
      }
    });
  });
});
