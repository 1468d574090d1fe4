import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import en from '../../../locales/en.json';
import { CATEGORIES } from '../../core/categories.js';
import type { Layout, Theme } from '../../core/config.js';
import {
  BEST_PRACTICE_RULES,
  LANGUAGES_SHIPPED,
  applyTextSpacing,
  axeRuleViolations,
  axeViolations,
  banner,
  cleanUp,
  contrastRatio,
  deepActiveElement,
  describeNode,
  expectNode,
  expectVisibleFocus,
  isHittable,
  mountUi,
  nextFrame,
  part,
  parts,
  preferences,
} from '../test-helpers.js';
import type { UiController } from '../ui-host.js';

const LAYOUTS: Layout[] = ['box', 'bar', 'toggles'];
const THEMES: Theme[] = ['light', 'dark'];
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 640 };

let ui: UiController | undefined;

async function showBanner(options: Parameters<typeof mountUi>[0] = {}) {
  const mounted = await mountUi(options);
  ui = mounted.ui;
  await mounted.ui.showBanner();
  await nextFrame();
  return { ...mounted, element: banner() };
}

function buttons(element: Element): HTMLButtonElement[] {
  return parts<HTMLButtonElement>(element, 'button');
}

function isInside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
}

describe('<samtykke-banner>', () => {
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

  describe('first layer content (R10, R11, R42)', () => {
    it('is a non-modal region with an accessible name, and no close control', async () => {
      const { element } = await showBanner();
      const region = part(element, 'banner');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal(en.banner.label);
      expectNode(element.shadowRoot!.querySelector('[aria-modal]'), null);
      expectNode(element.shadowRoot!.querySelector('dialog'), null);
      expectNode(element.shadowRoot!.querySelector('[part~="close"]'), null);
    });

    it('names the controller, the four purposes, the third parties and how to withdraw', async () => {
      const { element } = await showBanner();
      const text = part(element, 'banner').textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Coworking Plus ApS');
      for (const category of CATEGORIES) {
        expect(text).to.contain(en.categories[category].name);
        expect(text).to.contain(en.categories[category].short);
      }
      expect(text).to.contain(en.banner.thirdParties);
      expect(text).to.contain(en.banner.withdraw);
    });

    it('links to the policy', async () => {
      const { element } = await showBanner();
      const link = element.shadowRoot!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/privatliv');
      expect(link.textContent!.trim()).to.equal(en.banner.policyLink);
    });

    it('leaves the page usable: a fixed overlay without scroll lock', async () => {
      document.body.innerHTML = '<main><p>Page</p></main>';
      const { element } = await showBanner();
      expect(getComputedStyle(element).position).to.equal('fixed');
      expect(getComputedStyle(document.body).overflow).to.equal('visible');
      expect(getComputedStyle(document.documentElement).overflow).to.equal('visible');
      expect(document.querySelector('main')!.inert).to.equal(false);
    });

    it('moves nothing on the page when it appears (no layout shift)', async () => {
      document.body.innerHTML = `<main><h1>Page</h1>${'<p>Text <a href="#x">link</a></p>'.repeat(40)}</main>`;
      // Let the new page content (and the previous test's clean-up) settle first: only what the
      // banner's arrival moves is measured.
      await nextFrame();
      await nextFrame();
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      await showBanner({ layout: 'bar' });
      await nextFrame();
      await nextFrame();
      observer.disconnect();
      expect(shifts).to.deep.equal([]);
    });
  });

  describe('buttons (R8, R9, R16, R18)', () => {
    it('offers Accept all, Reject all and Settings as real buttons, in that order', async () => {
      const { element } = await showBanner();
      const found = buttons(element);
      expect(found.map((button) => button.localName)).to.deep.equal(['button', 'button', 'button']);
      expect(found.map((button) => button.textContent!.trim())).to.deep.equal([en.banner.acceptAll, en.banner.rejectAll, en.banner.settings]);
      expect(found.map((button) => button.getAttribute('part'))).to.deep.equal(['button accept-all', 'button reject-all', 'button preferences']);
    });

    for (const viewport of [DESKTOP, PHONE]) {
      for (const layout of LAYOUTS) {
        it(`shows every button inside the banner without scrolling at ${viewport.width}×${viewport.height} (${layout})`, async () => {
          await setViewport(viewport);
          const { element } = await showBanner({ layout });
          const card = part(element, 'banner').getBoundingClientRect();
          for (const button of buttons(element)) {
            expect(isInside(button.getBoundingClientRect(), card), button.textContent!).to.equal(true);
            expect(isHittable(element, button), button.textContent!).to.equal(true);
          }
        });
      }
    }

    for (const theme of THEMES) {
      for (const layout of LAYOUTS) {
        for (const viewport of [DESKTOP, PHONE]) {
          it(`gives Accept all and Reject all equal weight (${theme}, ${layout}, ${viewport.width} px)`, async () => {
            await setViewport(viewport);
            const { element } = await showBanner({ layout, config: { theme } });
            const accept = part(element, 'accept-all');
            const reject = part(element, 'reject-all');
            const [acceptStyle, rejectStyle] = [getComputedStyle(accept), getComputedStyle(reject)];
            for (const property of ['font-size', 'font-weight', 'font-family', 'padding', 'border-width', 'border-color', 'background-color', 'color', 'opacity', 'text-decoration-line']) {
              expect(acceptStyle.getPropertyValue(property), property).to.equal(rejectStyle.getPropertyValue(property));
            }
            expect(acceptStyle.opacity).to.equal('1');
            const [a, r] = [accept.getBoundingClientRect(), reject.getBoundingClientRect()];
            expect(Math.abs(a.width - r.width) / Math.max(a.width, r.width)).to.be.at.most(0.1);
            expect(Math.abs(a.height - r.height) / Math.max(a.height, r.height)).to.be.at.most(0.1);
            expect(contrastRatio(acceptStyle.color, acceptStyle.backgroundColor)).to.be.at.least(4.5);
          });
        }
      }
    }

    it('rejects everything with one click', async () => {
      const { element, test } = await showBanner();
      part(element, 'reject-all').click();
      await nextFrame();
      expect(test.calls.decide).to.deep.equal([
        { action: 'reject_all', choices: { technical: true, statistical: false, marketing: false, personalised: false }, source: 'banner' },
      ]);
      expectNode(document.querySelector('samtykke-banner'), null);
    });

    it('accepts everything with one click', async () => {
      const { element, test } = await showBanner();
      part(element, 'accept-all').click();
      await nextFrame();
      expect(test.calls.decide).to.deep.equal([
        { action: 'accept_all', choices: { technical: true, statistical: true, marketing: true, personalised: true }, source: 'banner' },
      ]);
    });

    it('records one decision however often a button is clicked', async () => {
      const { element, test } = await showBanner();
      const reject = part(element, 'reject-all');
      reject.click();
      reject.click();
      await nextFrame();
      expect(test.calls.decide).to.have.length(1);
    });

    it('keeps the same controls in the same order at 320, 768 and 1280 px', async () => {
      const orders: string[][] = [];
      for (const width of [320, 768, 1280]) {
        await setViewport({ width, height: 720 });
        const { element } = await showBanner({ layout: 'toggles' });
        const controls = [...element.shadowRoot!.querySelectorAll('a, button, input')];
        const byPosition = [...controls].sort((first, second) => (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
        expect(byPosition).to.deep.equal(controls);
        orders.push(controls.map((control) => control.getAttribute('part') ?? control.localName));
        cleanUp(ui);
      }
      expect(orders[0]).to.deep.equal(orders[1]);
      expect(orders[1]).to.deep.equal(orders[2]);
    });
  });

  describe('keyboard and focus (R43, R44, R48, R50)', () => {
    it('takes focus to its heading when nothing on the page had focus', async () => {
      const { element } = await showBanner();
      expect(deepActiveElement()).to.equal(element.shadowRoot!.querySelector('h2'));
    });

    it('does not take focus from an element the visitor is using', async () => {
      document.body.innerHTML = '<input aria-label="Search">';
      const input = document.querySelector('input')!;
      input.focus();
      await showBanner();
      expectNode(deepActiveElement(), input);
    });

    it('reaches all three buttons with Tab', async () => {
      const { element } = await showBanner();
      const visited: Element[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(deepActiveElement()!);
      }
      for (const button of buttons(element)) expect(visited.includes(button), describeNode(button)).to.equal(true);
    });

    it('changes nothing on Escape', async () => {
      const { element, test } = await showBanner();
      part(element, 'reject-all').focus();
      await sendKeys({ press: 'Escape' });
      await nextFrame();
      expect(test.calls.decide).to.have.length(0);
      expect(element.isConnected).to.equal(true);
      expect(deepActiveElement()).to.equal(part(element, 'reject-all'));
    });

    it('rejects by keyboard alone', async () => {
      const { element, test } = await showBanner();
      part(element, 'reject-all').focus();
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expect(test.calls.decide.map((call) => call.action)).to.deep.equal(['reject_all']);
    });

    it('opens the settings with focus inside the dialog', async () => {
      const { element } = await showBanner();
      part(element, 'preferences').focus();
      await sendKeys({ press: 'Enter' });
      await preferences().updateComplete;
      await nextFrame();
      const dialog = part<HTMLDialogElement>(preferences(), 'dialog');
      expect(dialog.open).to.equal(true);
      expect(dialog.contains(deepActiveElement())).to.equal(true);
    });

    it('gives focus back to what had it before the banner, after a decision', async () => {
      document.body.innerHTML = '<button id="page-button">Page</button>';
      const pageButton = document.querySelector<HTMLButtonElement>('#page-button')!;
      pageButton.focus();
      const { element } = await showBanner();
      part(element, 'accept-all').focus();
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expectNode(deepActiveElement(), pageButton);
    });

    for (const theme of THEMES) {
      it(`shows a visible focus indicator of 2 px or more at 3:1 on every control (${theme})`, async () => {
        const { element } = await showBanner({ layout: 'toggles', config: { theme } });
        for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>('a, button, input:not(:disabled)')) await expectVisibleFocus(control);
      });
    }
  });

  describe('toggles layout (R12, R13, R49)', () => {
    it('puts a switch per category on the first layer, nothing refusable pre-ticked', async () => {
      const { element } = await showBanner({ layout: 'toggles' });
      for (const category of CATEGORIES) {
        const input = part<HTMLInputElement>(element, `switch-${category}`);
        expect(input.type).to.equal('checkbox');
        expect(input.getAttribute('role')).to.equal('switch');
        expect(input.getAttribute('part')).to.equal(`switch switch-${category}`);
        expect(input.labels?.[0]?.textContent?.trim()).to.equal(en.categories[category].name);
        const description = element.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
        expect(description.textContent).to.equal(en.categories[category].short);
        expect(input.checked).to.equal(category === 'technical');
        expect(input.disabled).to.equal(category === 'technical');
      }
      expect(element.shadowRoot!.getElementById('always-on')!.textContent).to.equal(en.categories.technical.alwaysOn);
      expect(buttons(element).map((button) => button.getAttribute('part'))).to.deep.equal([
        'button accept-all',
        'button reject-all',
        'button save',
        'button preferences',
      ]);
    });

    it('follows a layout change while shown, with one set of controls and the switches as ticked', async () => {
      const { element, test } = await showBanner({ layout: 'box' });
      expect(parts(element, 'switch')).to.have.length(0);
      element.setAttribute('layout', 'toggles');
      expect(parts(element, 'switch')).to.have.length(CATEGORIES.length);
      expect(parts(element, 'banner')).to.have.length(1);
      part<HTMLInputElement>(element, 'switch-marketing').click();
      element.layout = 'bar';
      expect(parts(element, 'switch')).to.have.length(0);
      expect(buttons(element).map((button) => button.getAttribute('part'))).to.deep.equal(['button accept-all', 'button reject-all', 'button preferences']);
      element.layout = 'toggles';
      // What the visitor ticked before the layout changed is still ticked.
      expect(part<HTMLInputElement>(element, 'switch-marketing').checked).to.equal(true);
      part(element, 'save').click();
      await nextFrame();
      expect(test.calls.decide).to.deep.equal([
        { action: 'custom', choices: { technical: true, statistical: false, marketing: true, personalised: false }, source: 'banner' },
      ]);
    });

    it('keeps its controls, and the focus, when the same layout is set again', async () => {
      const { element } = await showBanner({ layout: 'toggles' });
      const save = part(element, 'save');
      save.focus();
      element.layout = 'toggles';
      expectNode(part(element, 'save'), save, 'Save choices');
      expectNode(deepActiveElement(), save, 'focus');
    });

    it('saves a custom choice by keyboard', async () => {
      const { element, test } = await showBanner({ layout: 'toggles' });
      part(element, 'switch-statistical').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(deepActiveElement()).to.equal(part(element, 'switch-personalised'));
      part(element, 'save').focus();
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expect(test.calls.decide).to.deep.equal([
        { action: 'custom', choices: { technical: true, statistical: true, marketing: false, personalised: true }, source: 'banner' },
      ]);
    });
  });

  describe('WCAG 2.4.11 Focus Not Obscured (R45)', () => {
    it('sets scroll-padding-bottom and padding-bottom to the covered height, and restores the previous values', async () => {
      document.body.innerHTML = `<main>${'<p>Text</p>'.repeat(60)}</main>`;
      document.documentElement.style.setProperty('scroll-padding-bottom', '7px');
      const { element } = await showBanner({ layout: 'bar' });
      await nextFrame();
      const covered = Math.ceil(window.innerHeight - part(element, 'banner').getBoundingClientRect().top);
      expect(covered).to.be.greaterThan(50);
      const root = getComputedStyle(document.documentElement);
      expect(parseFloat(root.scrollPaddingBottom)).to.be.closeTo(covered + 7, 1);
      expect(parseFloat(root.paddingBottom)).to.be.closeTo(covered, 1);
      ui!.hideBanner();
      expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).to.equal('7px');
      expect(document.documentElement.style.getPropertyValue('padding-bottom')).to.equal('');
    });

    it('adds no padding that would give a short page a scrollbar (and shift it)', async () => {
      document.body.innerHTML = '<main><p>Short page</p></main>';
      const width = document.documentElement.clientWidth;
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      await showBanner({ layout: 'bar' });
      await nextFrame();
      await nextFrame();
      observer.disconnect();
      expect(document.documentElement.clientWidth).to.equal(width);
      expect(shifts).to.deep.equal([]);
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).to.be.greaterThan(50);
    });

    it('on a short page, scrolls a focused element clear of it when the visitor reaches it, still without a layout shift', async () => {
      document.body.innerHTML = '<main><p><a href="#a">First</a></p></main><footer><a href="#b">Last</a></footer>';
      const last = document.querySelector<HTMLAnchorElement>('footer a')!;
      // A "sticky footer" page: one screen tall, the footer link at the bottom, under the bar.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; } main { flex: 1; }');
      document.adoptedStyleSheets = [sheet];
      const shifts: Array<{ value: number; hadRecentInput: boolean }> = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push(entry as unknown as { value: number; hadRecentInput: boolean })));
      observer.observe({ type: 'layout-shift' });
      try {
        await showBanner({ layout: 'bar' });
        await nextFrame();
        document.querySelector<HTMLAnchorElement>('main a')!.focus();
        await sendKeys({ press: 'Tab' });
        expectNode(document.activeElement, last);
        await nextFrame();
        const box = last.getBoundingClientRect();
        expectNode(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), last);
        await nextFrame();
        expect(shifts.filter((shift) => !shift.hadRecentInput)).to.deep.equal([]);
      } finally {
        observer.disconnect();
        document.adoptedStyleSheets = [];
      }
    });

    for (const layout of ['bar', 'box'] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        it(`never hides a focused page element entirely (${layout}, ${viewport.width} px)`, async () => {
          await setViewport(viewport);
          document.body.innerHTML = `<main>${Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} <a href="#l${i}">link ${i}</a></p>`).join('')}</main>
            <footer><a href="/privatliv">Privacy</a></footer>`;
          const links = [...document.querySelectorAll('a')];
          await showBanner({ layout });
          await nextFrame();
          links[0]!.focus();
          for (const link of links) {
            if (link !== links[0]) await sendKeys({ press: 'Tab' });
            expectNode(document.activeElement, link);
            await nextFrame();
            const box = link.getBoundingClientRect();
            const points: Array<[number, number]> = [
              [box.left + 1, box.top + 1],
              [box.right - 1, box.top + 1],
              [box.left + 1, box.bottom - 1],
              [box.right - 1, box.bottom - 1],
              [box.left + box.width / 2, box.top + box.height / 2],
            ];
            expect(points.some(([x, y]) => document.elementFromPoint(x, y) === link), link.textContent!).to.equal(true);
          }
        });
      }
    }
  });

  describe('reflow, text size, target size (R46, R51)', () => {
    for (const layout of LAYOUTS) {
      it(`keeps all buttons reachable at 320 px and 200 % text, scrolling the text inside (${layout})`, async () => {
        await setViewport(PHONE);
        document.documentElement.style.fontSize = '200%';
        const { element, test } = await showBanner({ layout });
        const card = part(element, 'banner');
        expect(card.getBoundingClientRect().height).to.be.at.most(window.innerHeight);
        expect(card.getBoundingClientRect().width).to.be.at.most(320);
        const content = element.shadowRoot!.querySelector<HTMLElement>('.content')!;
        expect(content.scrollHeight).to.be.greaterThan(content.clientHeight);
        for (const button of buttons(element)) {
          button.scrollIntoView({ block: 'nearest' });
          expect(isHittable(element, button), button.textContent!).to.equal(true);
        }
        part(element, 'reject-all').click();
        await nextFrame();
        expect(test.calls.decide.map((call) => call.action)).to.deep.equal(['reject_all']);
      });
    }

    it('keeps working with WCAG text-spacing overrides', async () => {
      await setViewport(PHONE);
      const { element } = await showBanner();
      await applyTextSpacing(element);
      for (const button of buttons(element)) {
        expect(button.scrollWidth, button.textContent!).to.be.at.most(button.clientWidth + 1);
        expect(isHittable(element, button), button.textContent!).to.equal(true);
      }
    });

    for (const viewport of [DESKTOP, PHONE]) {
      it(`makes every target at least 24×24 px (${viewport.width} px)`, async () => {
        await setViewport(viewport);
        const { element } = await showBanner({ layout: 'toggles' });
        for (const target of element.shadowRoot!.querySelectorAll('a, button, input')) {
          const box = target.getBoundingClientRect();
          expect(box.width, target.outerHTML).to.be.at.least(24);
          expect(box.height, target.outerHTML).to.be.at.least(24);
        }
      });
    }
  });

  describe('theme and motion (R47, R54)', () => {
    for (const theme of THEMES) {
      it(`keeps switch borders and the focus ring at 3:1 or more against the background (${theme})`, async () => {
        const { element } = await showBanner({ layout: 'toggles', config: { theme } });
        const background = getComputedStyle(part(element, 'banner')).backgroundColor;
        const off = getComputedStyle(part(element, 'switch-marketing'));
        const on = getComputedStyle(part(element, 'switch-technical'));
        expect(contrastRatio(off.borderTopColor, background)).to.be.at.least(3);
        expect(contrastRatio(on.backgroundColor, background)).to.be.at.least(3);
        await expectVisibleFocus(part(element, 'reject-all'));
      });
    }

    it('follows prefers-color-scheme with theme auto', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const { element } = await showBanner({ config: { theme: 'auto' } });
      expect(element.getAttribute('theme')).to.equal('auto');
      expect(getComputedStyle(part(element, 'banner')).backgroundColor).to.equal('rgb(22, 27, 34)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(part(element, 'banner')).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('animates only without prefers-reduced-motion', async () => {
      const { element } = await showBanner();
      expect(getComputedStyle(part(element, 'banner')).animationName).to.equal('none');
      cleanUp(ui);
      await emulateMedia({ reducedMotion: 'no-preference' });
      const second = await showBanner();
      expect(getComputedStyle(part(second.element, 'banner')).animationName).to.equal('samtykke-slide-in');
    });
  });

  describe('impressions', () => {
    it('reports itself shown once, with the text hash', async () => {
      const { test, ui: controller } = await showBanner();
      await controller.showBanner();
      expect(test.calls.bannerShown).to.have.length(1);
      expect(test.calls.bannerShown[0]!.textHash).to.match(/^[0-9a-f]{64}$/);
      expect(test.calls.bannerShown[0]!.textHash).to.equal(await controller.textHash());
    });
  });

  describe('axe-core (R53)', () => {
    for (const language of LANGUAGES_SHIPPED) {
      it(`has no WCAG 2.2 AA violations in "${language}": every layout, light and dark, 1280 and 320 px`, async () => {
        for (const viewport of [DESKTOP, PHONE]) {
          await setViewport(viewport);
          for (const layout of LAYOUTS) {
            for (const theme of THEMES) {
              const { element } = await showBanner({ language, layout, config: { theme } });
              expect(await axeViolations(element), `${layout} ${theme} ${viewport.width}`).to.deep.equal([]);
              cleanUp(ui);
            }
          }
        }
      });
    }

    it('passes the best-practice rules aria-dialog-name, region and focus-order-semantics: every layout, light and dark', async () => {
      for (const layout of LAYOUTS) {
        for (const theme of THEMES) {
          const { element } = await showBanner({ layout, config: { theme } });
          expect(await axeRuleViolations(element, BEST_PRACTICE_RULES), `${layout} ${theme}`).to.deep.equal([]);
          cleanUp(ui);
        }
      }
    });
  });
});
