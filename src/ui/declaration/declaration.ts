import { LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { CATEGORIES, type Category } from '../../core/categories.js';
import type { CookieDeclaration, Theme } from '../../core/config.js';
import type { ConsentState } from '../../core/consent-state.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { controlStyles } from '../shared/controls.styles.js';
import { pickText } from '../shared/text-hash.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { UiContext } from '../shared/ui-context.js';
import { ConsentController } from './consent-controller.js';
import { declarationStyles } from './declaration.styles.js';

/** A heading level for the element's own heading; its category headings are one level below. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** Reads the `heading-level` attribute: 1 to 5, anything else is the default 2. */
function toHeadingLevel(value: string | null): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 5 ? (level as HeadingLevel) : 2;
}

/**
 * The cookie declaration for a site's cookie or privacy policy page: the four categories with their
 * names and descriptions, the cookies declared for each in `config.categories.<category>.cookies`,
 * the visitor's current choice per category, their consent ID and date, and a button that opens the
 * cookie settings. Everything is in the page's language, and it follows every decision as it happens.
 *
 * Put it in the page's HTML; the loader then loads the consent UI on that page (also for returning
 * visitors) and fills it in. Until then, and if the UI cannot load, the element shows its own
 * children, so a static fallback can go inside:
 *
 * ```html
 * <samtykke-declaration heading-level="2">
 *   <p>Our cookie list needs JavaScript. You can also write to privacy@example.com.</p>
 * </samtykke-declaration>
 * ```
 *
 * @summary The cookie declaration of a policy page.
 *
 * @slot - Fallback content, shown until the consent UI has loaded (and when it cannot).
 *
 * @csspart declaration - The whole declaration.
 * @csspart category - The section of one category (also `category-technical`, `category-statistical`, …).
 * @csspart choice - The visitor's current choice of one category.
 * @csspart table - A cookie table.
 * @csspart button - Every button; all share one style.
 * @csspart preferences - The button that opens the cookie settings.
 *
 * @cssproperty --samtykke-font-family - Font. Default: the system UI font.
 * @cssproperty --samtykke-font-size - Base size. Default: 1rem.
 * @cssproperty --samtykke-line-height - Default: 1.5.
 * @cssproperty --samtykke-text - Text colour.
 * @cssproperty --samtykke-background - Background of the whole element. Default: #ffffff (light), #161b22 (dark).
 * @cssproperty --samtykke-surface - Background of the choice badges, the table headers and the consent box.
 * @cssproperty --samtykke-border - Border and divider colour.
 * @cssproperty --samtykke-radius - Corner radius of the consent box. Default: 0.75em.
 * @cssproperty --samtykke-button-background - Background of every button.
 * @cssproperty --samtykke-button-text - Text colour of every button.
 * @cssproperty --samtykke-button-border - Border colour of every button.
 * @cssproperty --samtykke-button-hover-background - Background of a button under the pointer.
 * @cssproperty --samtykke-button-radius - Corner radius of every button. Default: 0.5em.
 * @cssproperty --samtykke-focus-ring - Focus outline colour.
 */
export class SamtykkeDeclaration extends LitElement {
  static override styles = [themeStyles, controlStyles, declarationStyles];

  /** Host, strings and navigation, set by the UI mount when it finds the element. */
  @property({ attribute: false }) context: UiContext | undefined;

  /**
   * `light`, `dark` or `auto`. The UI mount sets it from `config.theme` unless the page gave the
   * element a `theme` attribute of its own; without either the element is light. No default value,
   * so the attribute only appears once set and the mount can tell a page's choice from its own.
   * @default undefined
   */
  @property({ reflect: true }) theme: Theme | undefined;

  /**
   * The level of the element's heading, 1 to 5, to fit the page's outline; category headings are one
   * level below.
   * @default 2
   */
  @property({ attribute: 'heading-level', converter: { fromAttribute: toHeadingLevel } }) headingLevel: HeadingLevel = 2;

  private readonly localize = new LocalizeController(this, () => this.context?.localization);

  // Re-renders after every decision, wherever it was made (banner, preferences, API, another element).
  private readonly consentUpdates = new ConsentController(this);

  private heading(level: number, id: string, className: string, text: string): TemplateResult {
    const tag = unsafeStatic(`h${Math.min(level, 6)}`);
    return html`<${tag} id=${id} class=${className}>${text}</${tag}>`;
  }

  private renderChoice(category: Category, consent: ConsentState | null): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const choice =
      category === 'technical' ? t('categories.technical.alwaysOn') : consent?.categories[category] ? t('common.on') : t('common.off');
    return html`<p part="choice" class="choice">${t('declaration.yourChoice', { choice })}</p>`;
  }

  private renderCookies(category: Category, cookies: readonly CookieDeclaration[]): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (cookies.length === 0) return html`<p>${t('preferences.noCookies')}</p>`;
    const language = this.localize.language ?? 'en';
    const labels = {
      name: t('preferences.cookieName'),
      provider: t('preferences.cookieProvider'),
      purpose: t('preferences.cookiePurpose'),
      expiry: t('preferences.cookieExpiry'),
    };
    // A text only available in another language says so (WCAG 3.1.2).
    const localized = (label: string, text: Parameters<typeof pickText>[0]) => {
      const picked = pickText(text, language);
      return html`<td data-label=${label} lang=${picked.language && picked.language !== language ? picked.language : nothing}>${picked.text}</td>`;
    };
    return html`<table part="table">
      <caption>${t('preferences.cookiesHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">${labels.name}</th>
          <th scope="col">${labels.provider}</th>
          <th scope="col">${labels.purpose}</th>
          <th scope="col">${labels.expiry}</th>
        </tr>
      </thead>
      <tbody>
        ${cookies.map(
          (cookie) => html`<tr>
            <td data-label=${labels.name}><code>${cookie.name}</code></td>
            <td data-label=${labels.provider}>${cookie.provider}</td>
            ${localized(labels.purpose, cookie.purpose)} ${localized(labels.expiry, cookie.expiry)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderCategory(category: Category, consent: ConsentState | null): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const cookies = this.context?.host.config.categories[category]?.cookies ?? [];
    return html`<section part="category category-${category}" class="category">
      ${this.heading(this.headingLevel + 1, `category-${category}`, 'category-heading', t(`categories.${category}.name`))}
      ${this.renderChoice(category, consent)}
      <p>${t(`categories.${category}.description`)}</p>
      ${this.renderCookies(category, cookies)}
    </section>`;
  }

  private renderConsent(consent: ConsentState | null): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    let body: TemplateResult = html`<p>${t('receipt.none')}</p>`;
    if (consent) {
      const date = new Intl.DateTimeFormat(this.localize.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(consent.timestamp));
      body = html`<dl>
        <dt>${t('receipt.consentId')}</dt>
        <dd><code>${consent.id}</code></dd>
        <dt>${t('receipt.date')}</dt>
        <dd><time datetime=${consent.timestamp}>${date}</time></dd>
      </dl>`;
    }
    return html`<section class="consent">
      ${this.heading(this.headingLevel + 1, 'consent-heading', 'category-heading', t('receipt.heading'))} ${body}
      <button part="button preferences" @click=${(event: Event) => this.context?.openPreferences(event.currentTarget as Element)}>
        ${t('declaration.openPreferences')}
      </button>
    </section>`;
  }

  protected override render(): TemplateResult {
    const host = this.context?.host;
    // Not wired up (yet): the page's own fallback content.
    if (!host) return html`<slot></slot>`;
    const t = this.localize.t.bind(this.localize);
    const consent = host.getConsent();
    return html`<div class="container">
      <section part="declaration" aria-labelledby="heading">
        <div>
          ${this.heading(this.headingLevel, 'heading', 'heading', t('declaration.heading'))}
          <p>${t('declaration.lastUpdated', { revision: String(host.config.revision) })}</p>
        </div>
        <p>${t('declaration.intro')}</p>
        ${CATEGORIES.map((category) => this.renderCategory(category, consent))} ${this.renderConsent(consent)}
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-declaration': SamtykkeDeclaration;
  }
}
