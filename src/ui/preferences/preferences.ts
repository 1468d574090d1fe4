import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CATEGORIES, deniedChoices, grantedChoices, type Category, type CategoryChoices } from '../../core/categories.js';
import { isSafeUrl, type Theme } from '../../core/config.js';
import type { ConsentState } from '../../core/consent-state.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { controlStyles } from '../shared/controls.styles.js';
import { deepActiveElement, restoreFocus } from '../shared/focus.js';
import { pickText } from '../shared/text-hash.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { UiContext } from '../shared/ui-context.js';
import { preferencesStyles } from './preferences.styles.js';
import { downloadReceipt } from './receipt.js';

/** What the switches show when the dialog opens: the stored decision, or nothing but technical; GPC-denied categories off. */
export function initialChoices(consent: ConsentState | null, gpcDenied: readonly Category[]): CategoryChoices {
  const choices = { ...(consent?.categories ?? deniedChoices()), technical: true };
  for (const category of gpcDenied) if (category !== 'technical') choices[category] = false;
  return choices;
}

/**
 * The second layer: a modal dialog with a switch per category, its description and cookie
 * declaration, the visitor's consent receipt, and Save choices, Accept all and Reject all. Escape and
 * the close button save nothing and grant nothing; focus then returns to the element that opened it.
 *
 * Uses the native `<dialog>` with `showModal()`: the page behind is inert and the dialog is in the top
 * layer. Tab and Shift+Tab wrap inside it, instead of leaving for the browser's own interface.
 *
 * @summary The cookie settings dialog (second layer).
 *
 * @event close - The dialog closed, by Escape, the close button, or after a decision. Does not bubble.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart button - Every button; all share one style.
 * @csspart close - The close button (closes without saving).
 * @csspart save - The Save choices button.
 * @csspart accept-all - The Accept all button.
 * @csspart reject-all - The Reject all button.
 * @csspart download-receipt - The button that downloads the consent receipt as JSON.
 * @csspart switch - Every category switch.
 * @csspart switch-technical - The technical switch, always on. Also `switch-statistical`, `switch-marketing`, `switch-personalised`.
 *
 * @cssproperty --samtykke-font-family - Font. Default: the system UI font.
 * @cssproperty --samtykke-font-size - Base size; all sizes and spaces scale with it. Default: 1rem.
 * @cssproperty --samtykke-line-height - Default: 1.5.
 * @cssproperty --samtykke-text - Text colour.
 * @cssproperty --samtykke-background - Background colour.
 * @cssproperty --samtykke-surface - Background of the GPC notice and the cookie tables.
 * @cssproperty --samtykke-border - Border and divider colour.
 * @cssproperty --samtykke-border-width - Border width of buttons and switches. Default: 2px.
 * @cssproperty --samtykke-radius - Corner radius of the dialog. Default: 0.75em.
 * @cssproperty --samtykke-link - Link colour.
 * @cssproperty --samtykke-button-background - Background of every button (one set for all, so no button outweighs another).
 * @cssproperty --samtykke-button-text - Text colour of every button.
 * @cssproperty --samtykke-button-border - Border colour of every button.
 * @cssproperty --samtykke-button-hover-background - Background of a button under the pointer.
 * @cssproperty --samtykke-button-radius - Corner radius of every button. Default: 0.5em.
 * @cssproperty --samtykke-switch-on - Switch track when on.
 * @cssproperty --samtykke-switch-off - Switch border and knob when off.
 * @cssproperty --samtykke-focus-ring - Focus outline colour.
 * @cssproperty --samtykke-shadow - Dialog shadow.
 * @cssproperty --samtykke-backdrop - What covers the page behind the dialog. Default: rgb(0 0 0 / 0.5).
 * @cssproperty --samtykke-dialog-max-width - Width of the dialog. Default: 42em.
 */
export class SamtykkePreferences extends LitElement {
  static override styles = [themeStyles, controlStyles, preferencesStyles];

  /** Host, strings and navigation, set by the UI mount before the element is connected. */
  @property({ attribute: false }) context: UiContext | undefined;

  /** @default 'light' */
  @property({ reflect: true }) theme: Theme = 'light';

  @state() private choices: CategoryChoices = deniedChoices();
  @state() private consent: ConsentState | null = null;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('h2') private heading!: HTMLElement | null;

  private readonly localize = new LocalizeController(this, () => this.context?.localization);
  /** Where focus goes back to when the dialog closes. */
  private returnFocusTo: Element | null = null;
  private deciding = false;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Opens the dialog with the stored decision (or everything but technical off) and moves focus to
   * its heading. `opener` gets focus back on close; without it, whatever had focus before.
   */
  async show(opener?: Element | null): Promise<void> {
    const host = this.context?.host;
    if (!host) return;
    if (!this.open) {
      this.returnFocusTo = opener ?? deepActiveElement();
      this.consent = host.getConsent();
      this.choices = initialChoices(this.consent, host.gpc ? host.gpcDenied : []);
    }
    await this.updateComplete;
    if (!this.dialog) return;
    if (!this.dialog.open) this.dialog.showModal();
    this.heading?.focus();
  }

  /** Closes the dialog, saving nothing. */
  hide(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  private onClose(): void {
    // The close event is queued: the dialog may have been opened again in the meantime.
    if (this.open) return;
    restoreFocus(this.returnFocusTo);
    this.returnFocusTo = null;
    this.dispatchEvent(new Event('close'));
  }

  private async decide(action: 'accept_all' | 'reject_all' | 'custom', choices: CategoryChoices): Promise<void> {
    const host = this.context?.host;
    if (!host || this.deciding) return;
    this.deciding = true;
    try {
      await host.decide(action, choices, 'preferences');
      this.hide();
    } finally {
      this.deciding = false;
    }
  }

  /**
   * Keeps Tab inside the dialog. A modal `<dialog>` makes the page inert, but Chromium still lets Tab
   * leave for the browser's toolbar; the WAI-ARIA dialog pattern wants focus to wrap instead.
   */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.shadowRoot) return;
    const controls = [...this.shadowRoot.querySelectorAll<HTMLElement>('button, a[href], input:not(:disabled), summary')].filter(
      (control) => control.getClientRects().length > 0,
    );
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = this.shadowRoot.activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || active === this.heading)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  private toggle(category: Category, event: Event): void {
    this.choices = { ...this.choices, [category]: (event.target as HTMLInputElement).checked };
  }

  private renderCookies(category: Category): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const language = this.localize.language ?? 'en';
    const cookies = this.context?.host.config.categories[category]?.cookies ?? [];
    const cell = (text: Parameters<typeof pickText>[0]) => {
      const picked = pickText(text, language);
      return html`<td lang=${picked.language && picked.language !== language ? picked.language : nothing}>${picked.text}</td>`;
    };
    return html`<details>
      <summary>${t('preferences.cookiesHeading')} (${cookies.length})</summary>
      ${cookies.length === 0
        ? html`<p>${t('preferences.noCookies')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${t('preferences.cookieName')}</th>
                <th scope="col">${t('preferences.cookieProvider')}</th>
                <th scope="col">${t('preferences.cookiePurpose')}</th>
                <th scope="col">${t('preferences.cookieExpiry')}</th>
              </tr>
            </thead>
            <tbody>
              ${cookies.map((cookie) => html`<tr><td>${cookie.name}</td><td>${cookie.provider}</td>${cell(cookie.purpose)}${cell(cookie.expiry)}</tr>`)}
            </tbody>
          </table>`}
    </details>`;
  }

  private renderCategory(category: Category): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const technical = category === 'technical';
    return html`<section class="category">
      <div class="category-header">
        <h3><label for="switch-${category}">${t(`categories.${category}.name`)}</label></h3>
        ${technical ? html`<span class="always-on" id="always-on">${t('categories.technical.alwaysOn')}</span>` : nothing}
        <input
          type="checkbox"
          role="switch"
          id="switch-${category}"
          part="switch switch-${category}"
          aria-describedby="description-${category}${technical ? ' always-on' : ''}"
          .checked=${technical || this.choices[category]}
          ?disabled=${technical}
          @change=${(event: Event) => this.toggle(category, event)}
        />
      </div>
      <p id="description-${category}">${t(`categories.${category}.description`)}</p>
      ${this.renderCookies(category)}
    </section>`;
  }

  private renderReceipt(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const consent = this.consent;
    const config = this.context?.host.config;
    let body: TemplateResult = html`<p>${t('receipt.none')}</p>`;
    if (consent && config) {
      const date = new Intl.DateTimeFormat(this.localize.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(consent.timestamp));
      body = html`<dl>
          <dt>${t('receipt.consentId')}</dt>
          <dd>${consent.id}</dd>
          <dt>${t('receipt.date')}</dt>
          <dd><time datetime=${consent.timestamp}>${date}</time></dd>
          <dt>${t('receipt.revision')}</dt>
          <dd>${consent.revision}</dd>
        </dl>
        <button part="button download-receipt" @click=${() => downloadReceipt(consent, config)}>${t('receipt.download')}</button>`;
    }
    return html`<section class="receipt" aria-labelledby="receipt-heading">
      <h3 id="receipt-heading">${t('receipt.heading')}</h3>
      ${body}
    </section>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const host = this.context?.host;
    const policyUrl = host?.config.policyUrl ?? '';
    const gpcDenied = host?.gpc ? host.gpcDenied : [];
    const names = gpcDenied.map((category) => t(`categories.${category}.name`));
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeydown}>
        <header>
          <h2 id="title" tabindex="-1">${t('preferences.title')}</h2>
          <button part="button close" aria-label=${t('preferences.closeLabel')} @click=${this.hide}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4Z" /></svg>
          </button>
        </header>
        <div class="body">
          <p>${t('preferences.intro')}</p>
          ${names.length > 0
            ? html`<p class="notice" role="note">${t('preferences.gpcNotice', { categories: new Intl.ListFormat(this.localize.language, { type: 'conjunction' }).format(names) })}</p>`
            : nothing}
          ${CATEGORIES.map((category) => this.renderCategory(category))}
          ${isSafeUrl(policyUrl) ? html`<p><a href=${policyUrl}>${t('preferences.policyLink')}</a></p>` : nothing}
          ${this.renderReceipt()}
        </div>
        <footer class="actions">
          <button part="button accept-all" @click=${() => this.decide('accept_all', grantedChoices())}>${t('preferences.acceptAll')}</button>
          <button part="button reject-all" @click=${() => this.decide('reject_all', deniedChoices())}>${t('preferences.rejectAll')}</button>
          <button part="button save" @click=${() => this.decide('custom', { ...this.choices, technical: true })}>${t('preferences.save')}</button>
        </footer>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-preferences': SamtykkePreferences;
  }
}
