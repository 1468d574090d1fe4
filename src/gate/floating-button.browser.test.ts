import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { WCAG_TAGS, axeRuleViolations, axeViolations, backgroundBehind, contrastRatio, expectVisibleFocus } from '../ui/test-helpers.js';
import { hideFloatingButton, showFloatingButton } from './floating-button.js';

/** The README's dark values of the properties the floating button reads, as a dark site may set them. */
const DARK_PROPERTIES = {
  '--samtykke-button-background': '#161b22',
  '--samtykke-button-text': '#e6edf3',
  '--samtykke-button-border': '#e6edf3',
  '--samtykke-focus-ring': '#79b8ff',
};

const PAGES = [
  { name: 'light page, default properties', page: '#ffffff', properties: {}, colorScheme: 'light', theme: undefined },
  { name: 'dark page, dark properties on :root', page: '#0d1117', properties: DARK_PROPERTIES, colorScheme: 'dark', theme: undefined },
  { name: 'dark page, theme "dark", no properties', page: '#0d1117', properties: {}, colorScheme: 'light', theme: 'dark' },
  { name: 'dark page, theme "auto" in a dark colour scheme, no properties', page: '#0d1117', properties: {}, colorScheme: 'dark', theme: 'auto' },
  { name: 'light page, theme "auto" in a light colour scheme, no properties', page: '#ffffff', properties: {}, colorScheme: 'light', theme: 'auto' },
] as const;

function floatingButton(host: HTMLElement): HTMLButtonElement {
  return host.shadowRoot!.querySelector('button')!;
}

describe('floating button', () => {
  afterEach(() => {
    hideFloatingButton();
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
  });

  it('is a named button part in an open shadow root, at least 24×24 px', () => {
    const host = showFloatingButton('left', 'da', () => undefined);
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('part')).to.equal('button floating-button');
    expect(button.getAttribute('aria-label')).to.equal('Cookieindstillinger');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    expect(getComputedStyle(host).position).to.equal('fixed');
  });

  it('calls back with the button as opener on click, and exists once', () => {
    let opener: Element | null = null;
    const host = showFloatingButton('right', 'en', (element) => (opener = element));
    expect(showFloatingButton('right', 'en', () => undefined)).to.equal(host);
    expect(document.querySelectorAll('samtykke-floating-button')).to.have.length(1);
    host.shadowRoot!.querySelector('button')!.click();
    expect(opener).to.equal(host.shadowRoot!.querySelector('button'));
  });

  it('reads the theming custom properties', () => {
    const host = showFloatingButton('left', 'en', () => undefined);
    host.style.setProperty('--samtykke-button-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(host.shadowRoot!.querySelector('button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('takes the default colours of the configured theme: light, dark, and auto by the colour scheme', async () => {
    const colours = (theme?: string) => {
      hideFloatingButton();
      const style = getComputedStyle(floatingButton(showFloatingButton('left', 'en', () => undefined, theme)));
      return [style.backgroundColor, style.color];
    };
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
    expect(colours('light')).to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
    expect(colours('dark')).to.deep.equal(['rgb(22, 27, 34)', 'rgb(230, 237, 243)']);
    expect(colours('auto')).to.deep.equal(['rgb(22, 27, 34)', 'rgb(230, 237, 243)']);
    await emulateMedia({ colorScheme: 'light' });
    expect(colours('auto')).to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
    expect(colours('dark')).to.deep.equal(['rgb(22, 27, 34)', 'rgb(230, 237, 243)']);
  });

  describe('accessibility (R47, R48, R53)', () => {
    for (const { name, page, properties, colorScheme, theme } of PAGES) {
      describe(name, () => {
        beforeEach(async () => {
          await emulateMedia({ colorScheme });
          document.body.style.background = page;
          for (const [property, value] of Object.entries(properties)) document.documentElement.style.setProperty(property, value);
        });

        it('has no WCAG 2.2 AA violations', async () => {
          const host = showFloatingButton('left', 'en', () => undefined, theme);
          expect(WCAG_TAGS).to.include('wcag22aa');
          expect(await axeViolations(host)).to.deep.equal([]);
        });

        // `region` is left out: the button is a fixed overlay appended to <body>, outside the page's
        // landmarks by design (a landmark round one button would only add noise to the landmark list),
        // and axe would report it on any page. `aria-dialog-name` has nothing to check here (no dialog).
        it('passes the best-practice rule focus-order-semantics', async () => {
          const host = showFloatingButton('left', 'en', () => undefined, theme);
          expect(await axeRuleViolations(host, ['focus-order-semantics'])).to.deep.equal([]);
        });

        // axe's color-contrast checks text only; the button has an icon and no text (1.4.11, R47).
        it('draws its icon at 3:1 or more against its background, and the button at 3:1 against the page', async () => {
          const host = showFloatingButton('right', 'en', () => undefined, theme);
          const style = getComputedStyle(floatingButton(host));
          const icon = getComputedStyle(host.shadowRoot!.querySelector('svg')!);
          expect(contrastRatio(icon.stroke, style.backgroundColor), 'icon').to.be.at.least(3);
          const around = backgroundBehind(floatingButton(host));
          expect(Math.max(contrastRatio(style.backgroundColor, around), contrastRatio(style.borderTopColor, around)), 'button against the page').to.be.at.least(3);
        });

        it('shows a visible focus indicator of 2 px or more at 3:1', async () => {
          const host = showFloatingButton('left', 'en', () => undefined, theme);
          await expectVisibleFocus(floatingButton(host));
        });
      });
    }
  });
});
