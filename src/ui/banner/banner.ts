import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CATEGORIES, deniedChoices, grantedChoices, type Category, type CategoryChoices } from '../../core/categories.js';
import { isSafeUrl, type Layout, type Theme } from '../../core/config.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { BottomSpaceController } from '../shared/bottom-space-controller.js';
import { controlStyles } from '../shared/controls.styles.js';
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
export class SamtykkeBanner extends LitElement {
  static override styles = [themeStyles, controlStyles, bannerStyles];

  /** Host, strings and navigation, set by the UI mount before the element is connected. */
  @property({ attribute: false }) context: UiContext | undefined;

  /**
   * `box`: a card at the bottom left (full width on phones); `bar`: a full-width bar; `toggles`: the
   * box with a switch per category and a Save choices button.
   * @default 'box'
   */
  @property({ reflect: true }) layout: Layout = 'box';

  /** @default 'light' */
  @property({ reflect: true }) theme: Theme = 'light';

  /** The switches of the `toggles` layout: the stored decision, or nothing but technical. */
  @state() private choices: CategoryChoices = deniedChoices();

  @query('[part~="banner"]') private card!: HTMLElement | null;
  @query('h2') private heading!: HTMLElement | null;

  private readonly localize = new LocalizeController(this, () => this.context?.localization);
  private readonly bottomSpace = new BottomSpaceController(this, () => this.card);
  /** A decision is on its way to the loader: further clicks would record it twice. */
  private deciding = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.choices = { ...(this.context?.host.getConsent()?.categories ?? deniedChoices()) };
  }

  /** Focuses the banner's heading (not a control), so screen readers start reading the banner. */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  private async decide(action: 'accept_all' | 'reject_all' | 'custom', choices: CategoryChoices): Promise<void> {
    const host = this.context?.host;
    if (!host || this.deciding) return;
    this.deciding = true;
    try {
      await host.decide(action, choices, 'banner');
    } finally {
      this.deciding = false;
    }
  }

  private toggle(category: Category, event: Event): void {
    this.choices = { ...this.choices, [category]: (event.target as HTMLInputElement).checked };
  }

  private renderPurpose(category: Category, withSwitch: boolean): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const name = t(`categories.${category}.name`);
    const short = html`<span id="short-${category}">${t(`categories.${category}.short`)}</span>`;
    if (!withSwitch) return html`<li class="purpose"><span><strong>${name}:</strong> ${short}</span></li>`;
    const technical = category === 'technical';
    return html`<li class="purpose">
      <input
        type="checkbox"
        role="switch"
        id="switch-${category}"
        part="switch switch-${category}"
        aria-describedby="short-${category}${technical ? ' always-on' : ''}"
        .checked=${technical || this.choices[category]}
        ?disabled=${technical}
        @change=${(event: Event) => this.toggle(category, event)}
      />
      <span>
        <label for="switch-${category}"><strong>${name}</strong></label>${technical
          ? html` (<span id="always-on">${t('categories.technical.alwaysOn')}</span>)`
          : nothing}:
        ${short}
      </span>
    </li>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const policyUrl = this.context?.host.config.policyUrl ?? '';
    const toggles = this.layout === 'toggles';
    return html`
      <div part="banner" role="region" aria-label=${t('banner.label')}>
        <div class="content">
          <h2 tabindex="-1">${t('banner.title')}</h2>
          <p>${t('banner.intro')}</p>
          <h3>${t('banner.purposesHeading')}</h3>
          <ul class="purposes">
            ${CATEGORIES.map((category) => this.renderPurpose(category, toggles))}
          </ul>
          <p>${t('banner.thirdParties')}</p>
          <p>${t('banner.withdraw')}</p>
          ${isSafeUrl(policyUrl) ? html`<p><a href=${policyUrl}>${t('banner.policyLink')}</a></p>` : nothing}
        </div>
        <div class="actions">
          <button part="button accept-all" @click=${() => this.decide('accept_all', grantedChoices())}>${t('banner.acceptAll')}</button>
          <button part="button reject-all" @click=${() => this.decide('reject_all', deniedChoices())}>${t('banner.rejectAll')}</button>
          ${toggles
            ? html`<button part="button save" @click=${() => this.decide('custom', { ...this.choices, technical: true })}>${t('banner.save')}</button>`
            : nothing}
          <button part="button preferences" @click=${(event: Event) => this.context?.openPreferences(event.currentTarget as Element)}>
            ${t('banner.settings')}
          </button>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-banner': SamtykkeBanner;
  }
}
