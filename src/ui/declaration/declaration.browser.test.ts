import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import da from '../../../locales/da.json';
import en from '../../../locales/en.json';
import { CATEGORIES } from '../../core/categories.js';
import type { CategoryConfig, Theme } from '../../core/config.js';
import type { ConsentState } from '../../core/consent-state.js';
import { loadDeclaration } from '../define-elements.js';
import { testConsent, type TestHostOptions } from '../test-host.js';
import { axeViolations, cleanUp, mountUi, nextFrame, part, parts, preferences } from '../test-helpers.js';
import type { UiController } from '../ui-host.js';
import { SamtykkeDeclaration } from './declaration.js';

const COOKIES: Partial<Record<'technical' | 'statistical' | 'marketing' | 'personalised', CategoryConfig>> = {
  technical: {
    cookies: [{ name: 'samtykke', provider: 'Coworking Plus', purpose: { en: 'Remembers your cookie choice', da: 'Husker dit cookievalg' }, expiry: { en: '6 months', da: '6 måneder' } }],
  },
  statistical: {
    cookies: [
      { name: '_ga', provider: 'Google', purpose: { en: 'Tells visitors apart', da: 'Skelner mellem besøgende' }, expiry: { en: '2 years', da: '2 år' } },
      { name: '_hjSessionUser_1', provider: 'Hotjar', purpose: { en: 'Recognises a returning visitor' }, expiry: '1 year' },
    ],
  },
  marketing: { cookies: [{ name: '_fbp', provider: 'Meta', purpose: 'Ad measurement', expiry: '90 days' }] },
};

let ui: UiController | undefined;

/** A declaration in the page, then the UI mounted as the loader does it; resolves once rendered. */
async function mountWithDeclaration(options: TestHostOptions = {}, attributes: Record<string, string> = {}) {
  const element = document.createElement('samtykke-declaration');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = '<p id="fallback">Our cookie list needs JavaScript.</p>';
  document.body.append(element);
  const mounted = await mountUi({ config: { categories: COOKIES, ...options.config }, ...options });
  ui = mounted.ui;
  const declaration = await rendered(element);
  return { ...mounted, element: declaration };
}

/** Waits until the UI has found `element`, given it the context and rendered it. */
async function rendered(element: Element): Promise<SamtykkeDeclaration> {
  await loadDeclaration();
  for (let i = 0; i < 50 && !(element as SamtykkeDeclaration).context; i++) await nextFrame();
  if (!(element instanceof SamtykkeDeclaration) || !element.context) throw new Error('the declaration was not wired up');
  await element.updateComplete;
  return element;
}

const shadow = (element: Element) => element.shadowRoot!;
const choices = (element: Element) => parts(element, 'choice').map((choice) => choice.textContent!.trim());
const announce = (state: ConsentState | null) => document.dispatchEvent(new CustomEvent('samtykke:consent', { detail: state }));

describe('<samtykke-declaration>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 720 });
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });

  afterEach(() => {
    cleanUp(ui);
    ui = undefined;
    document.body.replaceChildren();
    document.documentElement.lang = '';
  });

  describe('wiring', () => {
    it('is upgraded and filled in by the UI mount when it is already on the page', async () => {
      const { element } = await mountWithDeclaration();
      expect(element.shadowRoot).to.exist;
      expect(shadow(element).querySelector('h2')!.textContent).to.equal(en.declaration.heading);
    });

    it('is filled in when a script inserts it after the mount', async () => {
      const mounted = await mountUi({ config: { categories: COOKIES } });
      ui = mounted.ui;
      const element = document.createElement('samtykke-declaration');
      document.body.append(element);
      const declaration = await rendered(element);
      expect(parts(declaration, 'category')).to.have.length(4);
    });

    it('shows its own children until it is wired up', async () => {
      await loadDeclaration();
      const element = document.createElement('samtykke-declaration');
      element.innerHTML = '<p id="fallback">Our cookie list needs JavaScript.</p>';
      // Not in the page the UI watches: it stays unwired.
      const detached = document.createElement('div');
      detached.append(element);
      document.body.append(detached);
      element.context = undefined;
      await element.updateComplete;
      const slot = shadow(element).querySelector('slot');
      expect(slot).to.exist;
      expect(slot!.assignedElements().map((node) => node.id)).to.deep.equal(['fallback']);
    });

    it('is registered with a guard: defining it again (a second copy) does not throw', async () => {
      await loadDeclaration();
      expect(customElements.get('samtykke-declaration')).to.equal(SamtykkeDeclaration);
      await loadDeclaration();
      class Other extends HTMLElement {}
      expect(() => (customElements.get('samtykke-declaration') ? undefined : customElements.define('samtykke-declaration', Other))).not.to.throw();
    });

    it('takes the configured theme unless the page set its own', async () => {
      const { element } = await mountWithDeclaration({ config: { theme: 'dark' } });
      expect(element.theme).to.equal('dark');
      cleanUp(ui);
      document.body.replaceChildren();
      const own = await mountWithDeclaration({ config: { theme: 'dark' } }, { theme: 'light' });
      expect(own.element.theme).to.equal('light');
    });
  });

  describe('content', () => {
    it('renders the four categories with their names and descriptions', async () => {
      const { element } = await mountWithDeclaration();
      const sections = parts(element, 'category');
      expect(sections.map((section) => section.querySelector('h3')!.textContent)).to.deep.equal(CATEGORIES.map((category) => en.categories[category].name));
      for (const category of CATEGORIES) expect(part(element, `category-${category}`).textContent).to.contain(en.categories[category].description);
    });

    it("uses the site's own category descriptions", async () => {
      const { element } = await mountWithDeclaration({ config: { categories: { ...COOKIES, statistical: { ...COOKIES.statistical, description: { en: 'We count visits with Google Analytics.' } } } } });
      expect(part(element, 'category-statistical').textContent).to.contain('We count visits with Google Analytics.');
    });

    it('renders each cookie table from the config: name, provider, purpose, expiry', async () => {
      const { element } = await mountWithDeclaration();
      const table = part(element, 'category-statistical').querySelector('table')!;
      expect([...table.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal([
        en.preferences.cookieName,
        en.preferences.cookieProvider,
        en.preferences.cookiePurpose,
        en.preferences.cookieExpiry,
      ]);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()));
      expect(rows).to.deep.equal([
        ['_ga', 'Google', 'Tells visitors apart', '2 years'],
        ['_hjSessionUser_1', 'Hotjar', 'Recognises a returning visitor', '1 year'],
      ]);
      expect(part(element, 'category-personalised').textContent).to.contain(en.preferences.noCookies);
    });

    it("renders in the page's language, and marks a text only given in another language", async () => {
      document.documentElement.lang = 'da';
      const { element } = await mountWithDeclaration({ language: 'da' });
      expect(shadow(element).querySelector('h2')!.textContent).to.equal(da.declaration.heading);
      const cells = [...part(element, 'category-statistical').querySelectorAll('tbody td')];
      expect(cells[2]!.textContent).to.equal('Skelner mellem besøgende');
      expect(cells[2]!.hasAttribute('lang')).to.equal(false);
      // Hotjar's purpose exists only in English: shown in English, and marked as such.
      expect(cells[6]!.textContent).to.equal('Recognises a returning visitor');
      expect(cells[6]!.getAttribute('lang')).to.equal('en');
      expect(part(element, 'preferences').textContent!.trim()).to.equal(da.declaration.openPreferences);
    });

    it('shows the policy version', async () => {
      const { element } = await mountWithDeclaration({ config: { revision: 7 } });
      expect(shadow(element).textContent).to.contain(en.declaration.lastUpdated.replace('{{revision}}', '7'));
    });

    it('fits the page outline with heading-level', async () => {
      const { element } = await mountWithDeclaration({}, { 'heading-level': '3' });
      expect(shadow(element).querySelector('h3#heading')!.textContent).to.equal(en.declaration.heading);
      expect(parts(element, 'category').every((section) => section.querySelector('h4'))).to.equal(true);
    });
  });

  describe("the visitor's choice", () => {
    const yourChoice = (choice: string) => en.declaration.yourChoice.replace('{{choice}}', choice);

    it('shows every refusable category off, and says no choice was made, before a decision', async () => {
      const { element } = await mountWithDeclaration();
      expect(choices(element)).to.deep.equal([yourChoice(en.categories.technical.alwaysOn), yourChoice(en.common.off), yourChoice(en.common.off), yourChoice(en.common.off)]);
      expect(shadow(element).textContent).to.contain(en.receipt.none);
    });

    it('shows the stored decision per category, with its consent ID', async () => {
      const consent = testConsent({ statistical: true, personalised: true });
      const { element } = await mountWithDeclaration({ consent });
      expect(choices(element)).to.deep.equal([yourChoice(en.categories.technical.alwaysOn), yourChoice(en.common.on), yourChoice(en.common.off), yourChoice(en.common.on)]);
      expect(shadow(element).textContent).to.contain(consent.id);
      expect(shadow(element).querySelector('time')!.getAttribute('datetime')).to.equal(consent.timestamp);
    });

    it('follows every decision (samtykke:consent)', async () => {
      const { element, test } = await mountWithDeclaration();
      test.consent = testConsent({ marketing: true });
      announce(test.consent);
      await element.updateComplete;
      expect(choices(element)[2]).to.equal(yourChoice(en.common.on));
      test.consent = null; // withdrawn
      announce(null);
      await element.updateComplete;
      expect(choices(element)[2]).to.equal(yourChoice(en.common.off));
      expect(shadow(element).textContent).to.contain(en.receipt.none);
    });

    it('opens the cookie settings from its button, which gets focus back on close', async () => {
      const { element } = await mountWithDeclaration({ consent: testConsent({ statistical: true }) });
      const button = part(element, 'preferences');
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('part')).to.equal('button preferences');
      button.click();
      for (let i = 0; i < 50 && !document.querySelector('samtykke-preferences')?.open; i++) await nextFrame();
      const dialog = preferences();
      expect(dialog.open).to.equal(true);
      const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
      dialog.hide();
      await closed;
      expect(element.shadowRoot!.activeElement).to.equal(button);
    });

    it('saving in the settings updates the declaration', async () => {
      const { element, test } = await mountWithDeclaration();
      part(element, 'preferences').click();
      for (let i = 0; i < 50 && !document.querySelector('samtykke-preferences')?.open; i++) await nextFrame();
      part(preferences(), 'accept-all').click();
      for (let i = 0; i < 50 && test.calls.decide.length === 0; i++) await nextFrame();
      // The test host stores the decision; announcing it is the loader's part, done here by hand.
      announce(test.consent);
      await element.updateComplete;
      expect(choices(element).slice(1)).to.deep.equal([1, 2, 3].map(() => yourChoice(en.common.on)));
    });
  });

  describe('accessibility', () => {
    const themes: Theme[] = ['light', 'dark'];
    for (const theme of themes) {
      it(`has no axe violations (${theme}, no decision)`, async () => {
        const { element } = await mountWithDeclaration({ config: { theme } });
        expect(await axeViolations(element)).to.deep.equal([]);
      });

      it(`has no axe violations (${theme}, with a decision, on a phone)`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { element } = await mountWithDeclaration({ config: { theme }, consent: testConsent({ marketing: true }) });
        expect(await axeViolations(element)).to.deep.equal([]);
      });
    }

    it('stacks the cookie tables on a narrow column, still readable cell by cell', async () => {
      await setViewport({ width: 320, height: 640 });
      const { element } = await mountWithDeclaration();
      const cell = part(element, 'category-statistical').querySelector('td')!;
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(cell, '::before').content).to.equal(`"${en.preferences.cookieName}"`);
      const table = part(element, 'category-statistical').querySelector('table')!;
      expect(table.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
