import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import en from '../../../locales/en.json';
import { CATEGORIES, REFUSABLE_CATEGORIES } from '../../core/categories.js';
import type { Theme } from '../../core/config.js';
import { testConsent, type TestHostOptions } from '../test-host.js';
import {
  BEST_PRACTICE_RULES,
  LANGUAGES_SHIPPED,
  applyTextSpacing,
  axeRuleViolations,
  axeViolations,
  banner,
  cleanUp,
  deepActiveElement,
  describeNode,
  expectNode,
  expectVisibleFocus,
  mountUi,
  nextFrame,
  part,
  parts,
  preferences,
} from '../test-helpers.js';
import type { UiController } from '../ui-host.js';
import { initialChoices } from './preferences.js';
import { receiptOf } from './receipt.js';

const THEMES: Theme[] = ['light', 'dark'];
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 640 };

let ui: UiController | undefined;

async function openPreferences(options: TestHostOptions = {}, opener?: Element | null) {
  const mounted = await mountUi(options);
  ui = mounted.ui;
  await mounted.ui.showPreferences(opener);
  await nextFrame();
  const element = preferences();
  return { ...mounted, element, dialog: part<HTMLDialogElement>(element, 'dialog') };
}

function switchOf(element: Element, category: string): HTMLInputElement {
  return part<HTMLInputElement>(element, `switch-${category}`);
}

/** Every control of the dialog: close, switches, cookie details, the policy link, the receipt download and the decisions. */
const CONTROLS = 'a, button, input, summary';
/** The same, less the technical switch, which is disabled and so not focusable. */
const FOCUSABLE = 'a, button, input:not(:disabled), summary';

/** Options that render every kind of control: a stored decision (receipt download), a cookie table, the GPC notice. */
const EVERYTHING: TestHostOptions = {
  gpc: true,
  gpcDenied: ['marketing'],
  consent: testConsent({ statistical: true }),
  config: { categories: { statistical: { cookies: [{ name: '_ga_<container-id>', provider: 'Google Analytics', purpose: 'Distinguishes visitors', expiry: '2 years' }] } } },
};

async function openEverything(options: TestHostOptions = {}) {
  const opened = await openPreferences({ ...EVERYTHING, ...options, config: { ...EVERYTHING.config, ...options.config } });
  opened.element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
  await nextFrame();
  return opened;
}

/**
 * True when the part of `control` that shows (inside the viewport and, for the scrolling body's content,
 * inside the body) is hit-testable at its centre. A control taller than the body's visible height, such
 * as a cookie-details summary of four lines at 200 % text, is reachable when its visible part is.
 */
function isReachable(host: Element, control: Element, body: Element): boolean {
  const box = control.getBoundingClientRect();
  const clip = body.contains(control) ? body.getBoundingClientRect() : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  const [left, top] = [Math.max(box.left, clip.left, 0), Math.max(box.top, clip.top, 0)];
  const [right, bottom] = [Math.min(box.right, clip.right, window.innerWidth), Math.min(box.bottom, clip.bottom, window.innerHeight)];
  if (right - left < 1 || bottom - top < 1) return false;
  const hit = host.shadowRoot!.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  return hit === control || control.contains(hit);
}

/**
 * R51: nothing wider than the viewport (no horizontal page scroll), no horizontal scrolling or clipping
 * inside the dialog (it has overflow: hidden), no control whose text overflows it, and every control
 * scrollable into view and hit-testable where it is drawn.
 */
function expectReflowed(element: Element, dialog: HTMLDialogElement): void {
  expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(window.innerWidth);
  const box = dialog.getBoundingClientRect();
  expect(box.left, 'dialog left').to.be.at.least(0);
  expect(box.right, 'dialog right').to.be.at.most(window.innerWidth);
  expect(box.bottom, 'dialog bottom').to.be.at.most(window.innerHeight + 1);
  for (const section of [dialog, ...element.shadowRoot!.querySelectorAll<HTMLElement>('header, .body, footer')]) {
    expect(section.scrollWidth, `${describeNode(section)} scroll width`).to.be.at.most(section.clientWidth + 1);
  }
  // Header and footer do not scroll: all of their content must fit; the body scrolls vertically.
  for (const section of element.shadowRoot!.querySelectorAll<HTMLElement>('header, footer')) {
    expect(section.scrollHeight, `${describeNode(section)} scroll height`).to.be.at.most(section.clientHeight + 1);
  }
  const body = element.shadowRoot!.querySelector<HTMLElement>('.body')!;
  for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)) {
    control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    expect(isReachable(element, control, body), describeNode(control)).to.equal(true);
    if (control.localName !== 'input') expect(control.scrollWidth, `${describeNode(control)} text overflow`).to.be.at.most(control.clientWidth + 1);
  }
}

/** Waits for the dialog's `close` event (queued as a task after close()). */
const closed = (element: Element) => new Promise<void>((resolve) => element.addEventListener('close', () => resolve(), { once: true }));

describe('<samtykke-preferences>', () => {
  beforeEach(async () => {
    await setViewport(DESKTOP);
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });

  afterEach(() => {
    cleanUp(ui);
    ui = undefined;
    document.documentElement.removeAttribute('style');
    document.body.replaceChildren();
  });

  describe('dialog semantics (R42, R43)', () => {
    it('is a modal native dialog labelled by its visible heading', async () => {
      const { dialog, element } = await openPreferences();
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const heading = element.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent).to.equal(en.preferences.title);
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('moves focus into the dialog, to its heading', async () => {
      const { element } = await openPreferences();
      expect(deepActiveElement()).to.equal(element.shadowRoot!.querySelector('h2'));
    });

    it('keeps Tab and Shift+Tab inside the dialog, wrapping around', async () => {
      const { dialog, element } = await openPreferences({ consent: testConsent({}) });
      const close = part(element, 'close');
      const save = part(element, 'save');
      save.focus();
      await sendKeys({ press: 'Tab' });
      expectNode(deepActiveElement(), close);
      await sendKeys({ press: 'Shift+Tab' });
      expectNode(deepActiveElement(), save);
      for (let i = 0; i < 25; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(deepActiveElement()), `Tab ${i + 1}`).to.equal(true);
      }
    });

    it('has a close button named by its label, and all the decision buttons', async () => {
      const { element } = await openPreferences();
      expect(part(element, 'close').getAttribute('aria-label')).to.equal(en.preferences.closeLabel);
      expect(part(element, 'save').textContent!.trim()).to.equal(en.preferences.save);
      expect(part(element, 'accept-all').textContent!.trim()).to.equal(en.preferences.acceptAll);
      expect(part(element, 'reject-all').textContent!.trim()).to.equal(en.preferences.rejectAll);
      expect(parts(element, 'button').every((button) => button.localName === 'button')).to.equal(true);
    });
  });

  describe('switches (R12, R20, R49)', () => {
    it('starts with nothing refusable ticked when there is no decision', async () => {
      const { element } = await openPreferences();
      for (const category of REFUSABLE_CATEGORIES) expect(switchOf(element, category).checked, category).to.equal(false);
    });

    it('keeps technical on and disabled, with the reason as part of its description', async () => {
      const { element } = await openPreferences();
      const technical = switchOf(element, 'technical');
      expect(technical.checked).to.equal(true);
      expect(technical.disabled).to.equal(true);
      const described = technical.getAttribute('aria-describedby')!.split(' ').map((id) => element.shadowRoot!.getElementById(id)!.textContent);
      expect(described).to.deep.equal([en.categories.technical.description, en.categories.technical.alwaysOn]);
    });

    it('gives each switch its role, label, part and description', async () => {
      const { element } = await openPreferences();
      for (const category of CATEGORIES) {
        const input = switchOf(element, category);
        expect(input.type).to.equal('checkbox');
        expect(input.getAttribute('role')).to.equal('switch');
        expect(input.getAttribute('part')).to.equal(`switch switch-${category}`);
        expect(input.labels![0]!.textContent).to.equal(en.categories[category].name);
        const description = element.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
        expect(description.textContent).to.equal(en.categories[category].description);
      }
    });

    it('shows the stored decision when reopened', async () => {
      const { element, ui: controller, test } = await openPreferences({ consent: testConsent({ statistical: true }) });
      expect(REFUSABLE_CATEGORIES.map((category) => switchOf(element, category).checked)).to.deep.equal([true, false, false]);
      switchOf(element, 'personalised').click();
      part(element, 'save').click();
      await closed(element);
      expect(test.calls.decide[0]!.choices).to.deep.equal({ technical: true, statistical: true, marketing: false, personalised: true });
      await controller.showPreferences();
      expect(REFUSABLE_CATEGORIES.map((category) => switchOf(preferences(), category).checked)).to.deep.equal([true, false, true]);
    });

    it('forgets unsaved switch changes when closed without saving', async () => {
      const { element, ui: controller } = await openPreferences();
      switchOf(element, 'marketing').click();
      part(element, 'close').click();
      await closed(element);
      await controller.showPreferences();
      expect(switchOf(preferences(), 'marketing').checked).to.equal(false);
    });
  });

  describe('closing without a decision (R14, R44)', () => {
    it('grants nothing on Escape and gives focus back to the opener', async () => {
      document.body.innerHTML = '<a href="#" id="footer-link">Cookie settings</a>';
      const opener = document.querySelector<HTMLElement>('#footer-link')!;
      opener.focus();
      const { element, dialog, test } = await openPreferences({}, opener);
      switchOf(element, 'marketing').click();
      const wasClosed = closed(element);
      await sendKeys({ press: 'Escape' });
      await wasClosed;
      expect(dialog.open).to.equal(false);
      expect(test.calls.decide).to.deep.equal([]);
      expect(test.calls.allow).to.deep.equal([]);
      expect(test.consent).to.equal(null);
      expectNode(document.activeElement, opener);
    });

    it('grants nothing with the close button and gives focus back to what had it before', async () => {
      document.body.innerHTML = '<button id="before">Before</button>';
      const before = document.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      const { element, test } = await openPreferences();
      part(element, 'close').focus();
      const wasClosed = closed(element);
      await sendKeys({ press: 'Enter' });
      await wasClosed;
      expect(test.calls.decide).to.deep.equal([]);
      expectNode(document.activeElement, before);
    });

    it('returns focus to the banner\'s Settings button on Escape', async () => {
      const { ui: controller } = await mountUi();
      ui = controller;
      await controller.showBanner();
      const settings = part(banner(), 'preferences');
      settings.focus();
      await sendKeys({ press: 'Enter' });
      await preferences().updateComplete;
      await nextFrame();
      const wasClosed = closed(preferences());
      await sendKeys({ press: 'Escape' });
      await wasClosed;
      expectNode(deepActiveElement(), settings);
      expect(banner().isConnected).to.equal(true);
    });
  });

  describe('decisions (R13)', () => {
    it('saves a custom choice by keyboard', async () => {
      const { element, test } = await openPreferences();
      await sendKeys({ press: 'Tab' }); // close
      await sendKeys({ press: 'Tab' }); // technical details (its switch is disabled)
      await sendKeys({ press: 'Tab' }); // statistical switch
      expect(deepActiveElement()).to.equal(switchOf(element, 'statistical'));
      await sendKeys({ press: 'Tab' }); // statistical details
      await sendKeys({ press: 'Tab' }); // marketing switch
      expect(deepActiveElement()).to.equal(switchOf(element, 'marketing'));
      await sendKeys({ press: 'Space' });
      part(element, 'save').focus();
      const wasClosed = closed(element);
      await sendKeys({ press: 'Enter' });
      await wasClosed;
      expect(test.calls.decide).to.deep.equal([
        { action: 'custom', choices: { technical: true, statistical: false, marketing: true, personalised: false }, source: 'preferences' },
      ]);
    });

    it('accepts all and rejects all from the dialog', async () => {
      const first = await openPreferences();
      part(first.element, 'accept-all').click();
      await closed(first.element);
      await first.ui.showPreferences();
      part(preferences(), 'reject-all').click();
      await closed(preferences());
      expect(first.test.calls.decide.map((call) => [call.action, call.source])).to.deep.equal([
        ['accept_all', 'preferences'],
        ['reject_all', 'preferences'],
      ]);
      expect(first.test.calls.decide[1]!.choices).to.deep.equal({ technical: true, statistical: false, marketing: false, personalised: false });
    });

    it('gives focus back to what had it before the banner when a decision removed the opener', async () => {
      document.body.innerHTML = '<button id="page">Page</button>';
      const pageButton = document.querySelector<HTMLButtonElement>('#page')!;
      pageButton.focus();
      const { ui: controller } = await mountUi();
      ui = controller;
      await controller.showBanner();
      part(banner(), 'preferences').click();
      await nextFrame(); // the preferences element is created once its (lazy) module has resolved
      await preferences().updateComplete;
      await nextFrame();
      const wasClosed = closed(preferences());
      part(preferences(), 'save').click();
      await wasClosed;
      expectNode(document.querySelector('samtykke-banner'), null);
      expectNode(document.activeElement, pageButton);
    });
  });

  describe('Global Privacy Control (R38)', () => {
    it('shows the notice and starts the GPC-denied switches off, which the visitor may still switch on', async () => {
      const { element, test } = await openPreferences({ gpc: true, gpcDenied: ['marketing'], consent: testConsent({ marketing: true, statistical: true }) });
      const notice = element.shadowRoot!.querySelector('.notice')!;
      expect(notice.textContent).to.equal(en.preferences.gpcNotice.replace('{{categories}}', en.categories.marketing.name));
      expect(switchOf(element, 'marketing').checked).to.equal(false);
      expect(switchOf(element, 'statistical').checked).to.equal(true);
      switchOf(element, 'marketing').click();
      part(element, 'save').click();
      await closed(element);
      expect(test.calls.decide[0]!.choices.marketing).to.equal(true);
    });

    it('shows no notice without the signal', async () => {
      const { element } = await openPreferences({ gpc: false, gpcDenied: [] });
      expectNode(element.shadowRoot!.querySelector('.notice'), null);
    });

    it('initialChoices() turns GPC-denied categories off and keeps technical on', () => {
      expect(initialChoices(null, [])).to.deep.equal({ technical: true, statistical: false, marketing: false, personalised: false });
      expect(initialChoices(testConsent({ statistical: true, marketing: true, personalised: true }), ['marketing', 'statistical', 'personalised'])).to.deep.equal({
        technical: true,
        statistical: false,
        marketing: false,
        personalised: false,
      });
    });
  });

  describe('category texts and cookie declarations', () => {
    const categories = {
      statistical: {
        description: { en: 'Our own <b>statistics</b> text.', da: 'Vores egen statistiktekst.' },
        cookies: [
          { name: '_ga', provider: 'Google', purpose: { en: 'Distinguishes visitors', da: 'Skelner mellem besøgende' }, expiry: '2 years' },
          { name: '_ga_<id>', provider: 'Google', purpose: { da: 'Kun på dansk' }, expiry: { en: '2 years' } },
        ],
      },
    };

    it('uses the site\'s description for the language, as text, and lists the declared cookies', async () => {
      const { element } = await openPreferences({ config: { categories } });
      const description = element.shadowRoot!.getElementById('description-statistical')!;
      expect(description.textContent).to.equal('Our own <b>statistics</b> text.');
      expectNode(description.querySelector('b'), null);
      const rows = [...element.shadowRoot!.querySelectorAll('.category:nth-of-type(2) tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
      expect(rows).to.deep.equal([
        ['_ga', 'Google', 'Distinguishes visitors', '2 years'],
        ['_ga_<id>', 'Google', 'Kun på dansk', '2 years'],
      ]);
      const fallback = element.shadowRoot!.querySelectorAll('.category:nth-of-type(2) tbody tr')[1]!.children[2]!;
      expect(fallback.getAttribute('lang')).to.equal('da');
      expect(element.shadowRoot!.querySelector('.category:nth-of-type(3) details')!.textContent).to.contain(en.preferences.noCookies);
    });

    it('uses the description of the rendered language', async () => {
      const { element } = await openPreferences({ language: 'da', config: { categories } });
      expect(element.shadowRoot!.getElementById('description-statistical')!.textContent).to.equal('Vores egen statistiktekst.');
    });
  });

  describe('receipt', () => {
    it('says that there is no choice yet', async () => {
      const { element } = await openPreferences();
      expect(element.shadowRoot!.querySelector('.receipt')!.textContent).to.contain(en.receipt.none);
      expectNode(element.shadowRoot!.querySelector('[part~="download-receipt"]'), null);
    });

    it('shows the consent id, date and revision of the stored decision', async () => {
      const consent = testConsent({ statistical: true });
      const { element } = await openPreferences({ consent });
      const receipt = element.shadowRoot!.querySelector('.receipt')!;
      const values = [...receipt.querySelectorAll('dd')].map((value) => value.textContent!.trim());
      expect(values[0]).to.equal(consent.id);
      expect(receipt.querySelector('time')!.getAttribute('datetime')).to.equal(consent.timestamp);
      expect(values[1]).to.contain('2026');
      expect(values[2]).to.equal('3');
    });

    it('downloads the receipt as JSON named after the consent id', async () => {
      const consent = testConsent({ statistical: true });
      const { element } = await openPreferences({ consent });
      const created: Blob[] = [];
      const clicked: HTMLAnchorElement[] = [];
      const originalCreate = URL.createObjectURL;
      const originalClick = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob) => {
        created.push(blob);
        return originalCreate(blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        part(element, 'download-receipt').click();
      } finally {
        URL.createObjectURL = originalCreate;
        HTMLAnchorElement.prototype.click = originalClick;
      }
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal(`samtykke-receipt-${consent.id}.json`);
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(created[0]!.type).to.equal('application/json');
      expect(JSON.parse(await created[0]!.text())).to.deep.equal({ ...consent, controller: 'Coworking Plus ApS', policyUrl: '/privatliv' });
    });

    it('receiptOf() adds the controller and policy to the decision', () => {
      const consent = testConsent({});
      expect(receiptOf(consent, { controller: 'C', policyUrl: '/p' })).to.deep.equal({ ...consent, controller: 'C', policyUrl: '/p' });
    });
  });

  describe('layout and accessibility (R46, R51, R53)', () => {
    for (const viewport of [DESKTOP, PHONE]) {
      it(`keeps every control reachable and at least 24×24 px (${viewport.width} px)`, async () => {
        await setViewport(viewport);
        const { element, dialog } = await openPreferences({ consent: testConsent({}), config: { categories: { marketing: { cookies: [{ name: 'fr', provider: 'Meta', purpose: 'Ads', expiry: '3 months' }] } } } });
        element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
        await nextFrame();
        const box = dialog.getBoundingClientRect();
        expect(box.width).to.be.at.most(viewport.width);
        expect(box.height).to.be.at.most(viewport.height);
        for (const target of element.shadowRoot!.querySelectorAll('a, button, input, summary')) {
          const rect = target.getBoundingClientRect();
          expect(rect.width, target.outerHTML).to.be.at.least(24);
          expect(rect.height, target.outerHTML).to.be.at.least(24);
        }
        const footer = element.shadowRoot!.querySelector('footer')!.getBoundingClientRect();
        expect(footer.bottom).to.be.at.most(viewport.height + 1);
      });
    }

    for (const language of LANGUAGES_SHIPPED) {
      it(`reflows at 320 px with 200 % text, every control scrollable into view and nothing clipped ("${language}")`, async () => {
        await setViewport(PHONE);
        document.documentElement.style.fontSize = '200%';
        const { element, dialog, test } = await openEverything({ language });
        const body = element.shadowRoot!.querySelector<HTMLElement>('.body')!;
        expect(body.scrollHeight, 'the body scrolls inside the dialog').to.be.greaterThan(body.clientHeight);
        expectReflowed(element, dialog);
        part(element, 'reject-all').click();
        await closed(element);
        expect(test.calls.decide.map((call) => call.action)).to.deep.equal(['reject_all']);
      });

      it(`keeps working with the WCAG text-spacing overrides at 320 px ("${language}")`, async () => {
        await setViewport(PHONE);
        const { element, dialog } = await openEverything({ language });
        await applyTextSpacing(element);
        expectReflowed(element, dialog);
      });
    }

    it('reflows with 200 % text and the text-spacing overrides together at 320 px', async () => {
      await setViewport(PHONE);
      document.documentElement.style.fontSize = '200%';
      const { element, dialog } = await openEverything({ language: 'de' });
      await applyTextSpacing(element);
      expectReflowed(element, dialog);
    });

    for (const language of LANGUAGES_SHIPPED) {
      it(`has no WCAG 2.2 AA violations in "${language}": light and dark, 1280 and 320 px`, async () => {
        for (const viewport of [DESKTOP, PHONE]) {
          await setViewport(viewport);
          for (const theme of THEMES) {
            const { element } = await openPreferences({
              language,
              gpc: true,
              gpcDenied: ['marketing'],
              consent: testConsent({ statistical: true }),
              config: { theme, categories: { statistical: { cookies: [{ name: '_ga', provider: 'Google', purpose: { en: 'Visitors', da: 'Besøgende' }, expiry: '2 years' }] } } },
            });
            element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
            await nextFrame();
            expect(await axeViolations(element), `${theme} ${viewport.width}`).to.deep.equal([]);
            cleanUp(ui);
          }
        }
      });
    }

    it('passes the best-practice rules aria-dialog-name, region and focus-order-semantics, light and dark', async () => {
      for (const theme of THEMES) {
        const { element } = await openEverything({ config: { theme } });
        expect(await axeRuleViolations(element, BEST_PRACTICE_RULES), theme).to.deep.equal([]);
        cleanUp(ui);
      }
    });
  });

  describe('focus visible (R47, R48)', () => {
    for (const theme of THEMES) {
      for (const viewport of [DESKTOP, PHONE]) {
        it(`shows a visible focus indicator of 2 px or more at 3:1 on every control (${theme}, ${viewport.width} px)`, async () => {
          await setViewport(viewport);
          const { element } = await openEverything({ config: { theme } });
          const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)];
          // Each kind is there, so none is skipped by accident.
          for (const kind of ['close', 'switch', 'download-receipt', 'accept-all', 'reject-all', 'save']) expect(controls.some((control) => control.matches(`[part~="${kind}"]`)), kind).to.equal(true);
          expect(controls.some((control) => control.localName === 'a'), 'policy link').to.equal(true);
          expect(controls.some((control) => control.localName === 'summary'), 'cookie details').to.equal(true);
          for (const control of controls) await expectVisibleFocus(control);
        });
      }
    }
  });
});
