import { CATEGORIES, deniedChoices, grantedChoices, type Category, type CategoryChoices } from '../../core/categories.js';
import { isSafeUrl, type Layout, type Theme } from '../../core/config.js';
import { syncLangAttribute } from '../../i18n/lang-attribute.js';
import type { TextKey } from '../../i18n/localization.js';
import { BottomSpaceController } from '../shared/bottom-space-controller.js';
import { controlStyles } from '../shared/controls.styles.js';
import { element } from '../shared/dom.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { UiContext } from '../shared/ui-context.js';
import { bannerStyles } from './banner.styles.js';

/**
 * The first layer: who asks, for which purposes, a link to the policy, how to withdraw, and three
 * buttons of equal weight. Non-modal: the page stays usable behind it, it has no close control, and
 * Escape does nothing here (not deciding is allowed and grants nothing). While shown it reserves space
 * at the bottom of the page so it never hides the focused element (WCAG 2.4.11).
 *
 * Created by the UI mount; the visitor's choice goes to the loader through `context.host.decide()`.
 *
 * A plain custom element, not a Lit one: it is the one element a first visit waits for, and building
 * its markup directly is cheaper than loading Lit and preparing a template (bench/RESULTS.md). It
 * renders synchronously when connected, and again when its layout or strings change.
 *
 * @summary The cookie consent banner (first layer).
 *
 * @csspart banner - The card (`box`, `toggles`) or bar (`bar`): a `role="region"` with an accessible name.
 * @csspart button - Every button; all share one style.
 * @csspart accept-all - The Accept all button.
 * @csspart reject-all - The Reject all button.
 * @csspart preferences - The Settings button, which opens `<samtykke-preferences>`.
 * @csspart save - The Save choices button (`toggles` layout).
 * @csspart switch - Every category switch (`toggles` layout).
 * @csspart switch-technical - The technical switch, always on. Also `switch-statistical`, `switch-marketing`, `switch-personalised`.
 *
 * @cssproperty --samtykke-font-family - Font. Default: the system UI font.
 * @cssproperty --samtykke-font-size - Base size; all sizes and spaces scale with it. Default: 1rem.
 * @cssproperty --samtykke-line-height - Default: 1.5.
 * @cssproperty --samtykke-text - Text colour.
 * @cssproperty --samtykke-background - Background colour.
 * @cssproperty --samtykke-surface - Background of notices and tables.
 * @cssproperty --samtykke-border - Border and divider colour.
 * @cssproperty --samtykke-border-width - Border width of buttons and switches. Default: 2px.
 * @cssproperty --samtykke-radius - Corner radius of the card. Default: 0.75em.
 * @cssproperty --samtykke-link - Link colour.
 * @cssproperty --samtykke-button-background - Background of every button (one set for all, so no button outweighs another).
 * @cssproperty --samtykke-button-text - Text colour of every button.
 * @cssproperty --samtykke-button-border - Border colour of every button.
 * @cssproperty --samtykke-button-hover-background - Background of a button under the pointer.
 * @cssproperty --samtykke-button-radius - Corner radius of every button. Default: 0.5em.
 * @cssproperty --samtykke-switch-on - Switch track when on.
 * @cssproperty --samtykke-switch-off - Switch border and knob when off.
 * @cssproperty --samtykke-focus-ring - Focus outline colour.
 * @cssproperty --samtykke-shadow - Card shadow.
 * @cssproperty --samtykke-z-index - Stacking order. Default: 2147483000.
 * @cssproperty --samtykke-offset - Gap between the box and the viewport edges. Default: 1em.
 * @cssproperty --samtykke-max-width - Width of the box. Default: 40em.
 *
 * Colours default per `theme` (light, dark, or auto from `prefers-color-scheme`); see shared/theme.styles.ts.
 */
export class SamtykkeBanner extends HTMLElement {
  static readonly observedAttributes = ['layout'];

  /** Host, strings and navigation, set by the UI mount before the element is connected. */
  private _context: UiContext | undefined;
  /** The switches of the `toggles` layout: the stored decision, or nothing but technical. */
  private choices: CategoryChoices = deniedChoices();
  private card: HTMLElement | null = null;
  private heading: HTMLElement | null = null;
  private readonly bottomSpace = new BottomSpaceController(this, () => this.card);
  /** A decision is on its way to the loader: further clicks would record it twice. */
  private deciding = false;

  get context(): UiContext | undefined {
    return this._context;
  }

  set context(context: UiContext | undefined) {
    this._context = context;
    this.render();
  }

  /**
   * `box`: a card at the bottom left (full width on phones); `bar`: a full-width bar; `toggles`: the
   * box with a switch per category and a Save choices button. Reflected to the `layout` attribute.
   * @default 'box'
   */
  get layout(): Layout {
    const value = this.getAttribute('layout');
    return value === 'bar' || value === 'toggles' ? value : 'box';
  }

  set layout(layout: Layout) {
    this.setAttribute('layout', layout);
  }

  /** Reflected to the `theme` attribute, which the styles follow. @default 'light' */
  get theme(): Theme {
    const value = this.getAttribute('theme');
    return value === 'dark' || value === 'auto' ? value : 'light';
  }

  set theme(theme: Theme) {
    this.setAttribute('theme', theme);
  }

  connectedCallback(): void {
    // Defaults are reflected here, not in the constructor, where the DOM spec forbids attributes.
    if (!this.hasAttribute('layout')) this.layout = 'box';
    if (!this.hasAttribute('theme')) this.theme = 'light';
    this.choices = { ...(this._context?.host.getConsent()?.categories ?? deniedChoices()) };
    this.bottomSpace.connect();
    this.render();
  }

  disconnectedCallback(): void {
    this.bottomSpace.disconnect();
  }

  attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
    // Before the first render (the mount sets the layout, then connects) there is nothing to redo; and
    // setting the same layout again must not rebuild the banner under the visitor's focus.
    if (this.card && previous !== value) this.render();
  }

  /** Focuses the banner's heading (not a control), so screen readers start reading the banner. */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  private async decide(action: 'accept_all' | 'reject_all' | 'custom', choices: CategoryChoices): Promise<void> {
    const host = this._context?.host;
    if (!host || this.deciding) return;
    this.deciding = true;
    try {
      await host.decide(action, choices, 'banner');
    } finally {
      this.deciding = false;
    }
  }

  private button(part: string, label: string, onClick: (event: Event) => void): HTMLButtonElement {
    const button = element('button', { part: `button ${part}` }, label);
    button.addEventListener('click', onClick);
    return button;
  }

  private purpose(category: Category, withSwitch: boolean, t: (key: TextKey) => string): HTMLLIElement {
    const name = t(`categories.${category}.name`);
    const short = element('span', { id: `short-${category}` }, t(`categories.${category}.short`));
    if (!withSwitch) return element('li', { class: 'purpose' }, element('span', {}, element('strong', {}, `${name}:`), ' ', short));
    const technical = category === 'technical';
    const input = element('input', {
      type: 'checkbox',
      role: 'switch',
      id: `switch-${category}`,
      part: `switch switch-${category}`,
      'aria-describedby': `short-${category}${technical ? ' always-on' : ''}`,
      disabled: technical,
    });
    input.checked = technical || this.choices[category];
    input.addEventListener('change', () => (this.choices = { ...this.choices, [category]: input.checked }));
    return element(
      'li',
      { class: 'purpose' },
      input,
      element(
        'span',
        {},
        element('label', { for: `switch-${category}` }, element('strong', {}, name)),
        technical && ' (',
        technical && element('span', { id: 'always-on' }, t('categories.technical.alwaysOn')),
        technical && ')',
        ':',
        ' ',
        short,
      ),
    );
  }

  /** Builds the shadow DOM from scratch: it is small, and changes only with the layout or the strings. */
  private render(): void {
    const context = this._context;
    if (!this.isConnected || !context) return;
    let root = this.shadowRoot;
    if (!root) {
      root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [themeStyles, controlStyles, bannerStyles];
    }
    const t = (key: TextKey): string => context.localization.t(key);
    const policyUrl = context.host.config.policyUrl ?? '';
    const toggles = this.layout === 'toggles';
    this.heading = element('h2', { tabindex: '-1' }, t('banner.title'));
    this.card = element(
      'div',
      { part: 'banner', role: 'region', 'aria-label': t('banner.label') },
      element(
        'div',
        { class: 'content' },
        this.heading,
        element('p', {}, t('banner.intro')),
        element('h3', {}, t('banner.purposesHeading')),
        element('ul', { class: 'purposes' }, ...CATEGORIES.map((category) => this.purpose(category, toggles, t))),
        element('p', {}, t('banner.thirdParties')),
        element('p', {}, t('banner.withdraw')),
        isSafeUrl(policyUrl) && element('p', {}, element('a', { href: policyUrl }, t('banner.policyLink'))),
      ),
      element(
        'div',
        { class: 'actions' },
        this.button('accept-all', t('banner.acceptAll'), () => void this.decide('accept_all', grantedChoices())),
        this.button('reject-all', t('banner.rejectAll'), () => void this.decide('reject_all', deniedChoices())),
        toggles && this.button('save', t('banner.save'), () => void this.decide('custom', { ...this.choices, technical: true })),
        this.button('preferences', t('banner.settings'), (event) => context.openPreferences(event.currentTarget as Element)),
      ),
    );
    root.replaceChildren(this.card);
    syncLangAttribute(this, context.localization.language);
    this.bottomSpace.track();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-banner': SamtykkeBanner;
  }
}
