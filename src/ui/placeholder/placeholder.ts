import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Category } from '../../core/categories.js';
import type { Theme } from '../../core/config.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { controlStyles } from '../shared/controls.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { UiContext } from '../shared/ui-context.js';
import { placeholderStyles } from './placeholder.styles.js';
import { providerName } from './provider-name.js';

export interface EmbedSize {
  width: string;
  height: string;
}

/** A width or height attribute as CSS: "560" → "560px", "100%" stays; null when absent or invalid. */
function attributeLength(value: string | null): string | null {
  const match = value?.trim().match(/^(\d+(?:\.\d+)?)(px|%)?$/);
  return match ? `${match[1]}${match[2] ?? 'px'}` : null;
}

/**
 * The box a placeholder needs to take `element`'s place without moving the page: the element's
 * rendered border box while it is laid out (that includes the page's CSS and the iframe's border),
 * else its width and height attributes, else the 300×150 every iframe has by default. Read it before
 * hiding the element.
 */
export function embedSize(element: HTMLElement): EmbedSize {
  const box = element.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: `${box.width}px`, height: `${box.height}px` };
  return {
    width: attributeLength(element.getAttribute('width')) ?? '300px',
    height: attributeLength(element.getAttribute('height')) ?? '150px',
  };
}

/**
 * Stands in for an iframe that is blocked until its categories are allowed: says what is blocked, by
 * whom, and for which purposes, and offers to show it once (storing nothing), to allow its categories,
 * or to open the cookie settings. Inserted and removed by the UI mount.
 *
 * @summary A placeholder for a blocked embed.
 *
 * @csspart placeholder - The content box.
 * @csspart button - Every button; all share one style.
 * @csspart show-once - Loads this embed once, storing nothing.
 * @csspart allow - Allows the embed's categories (a decision, stored).
 * @csspart preferences - Opens `<samtykke-preferences>`.
 *
 * @cssproperty --samtykke-font-family - Font. Default: the system UI font.
 * @cssproperty --samtykke-font-size - Base size. Default: 1rem.
 * @cssproperty --samtykke-text - Text colour.
 * @cssproperty --samtykke-surface - Background.
 * @cssproperty --samtykke-border - Border colour.
 * @cssproperty --samtykke-radius - Corner radius. Default: 0.75em.
 * @cssproperty --samtykke-button-background - Background of every button.
 * @cssproperty --samtykke-button-text - Text colour of every button.
 * @cssproperty --samtykke-button-border - Border colour of every button.
 * @cssproperty --samtykke-button-hover-background - Background of a button under the pointer.
 * @cssproperty --samtykke-button-radius - Corner radius of every button. Default: 0.5em.
 * @cssproperty --samtykke-focus-ring - Focus outline colour.
 */
export class SamtykkePlaceholder extends LitElement {
  static override styles = [themeStyles, controlStyles, placeholderStyles];

  /** Host, strings and navigation, set by the UI mount. */
  @property({ attribute: false }) context: UiContext | undefined;

  /** The blocked element (an iframe with `data-src`). */
  @property({ attribute: false }) target: HTMLElement | null = null;

  /** The categories the embed needs. */
  @property({ attribute: false }) categories: readonly Category[] = [];

  /** The box to take, usually `embedSize(target)`. */
  @property({ attribute: false }) size: EmbedSize | null = null;

  /** @default 'light' */
  @property({ reflect: true }) theme: Theme = 'light';

  private readonly localize = new LocalizeController(this, () => this.context?.localization);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Private custom properties, not width/height: a page rule on the element still wins over them.
    if (changed.has('size') && this.size) {
      this.style.setProperty('--_samtykke-width', this.size.width);
      this.style.setProperty('--_samtykke-height', this.size.height);
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const list = new Intl.ListFormat(this.localize.language, { type: 'conjunction' });
    const names = list.format(this.categories.map((category) => t(`categories.${category}.name`)));
    const target = this.target;
    // The site may name the provider itself: an embed served through its own proxy or CDN would
    // otherwise be credited to that host.
    const provider =
      target?.getAttribute('data-samtykke-provider')?.trim() || (providerName(target?.getAttribute('data-src') ?? null, document.baseURI) ?? target?.title ?? '');
    const title = target?.title;
    return html`<div part="placeholder" role="group" aria-labelledby="title">
      <p class="title" id="title">${t('placeholder.title')}${title ? html` (${title})` : nothing}</p>
      <p>${t('placeholder.message', { provider, categories: names })}</p>
      <div class="actions">
        <button part="button show-once" @click=${() => target && this.context?.host.showOnce(target)}>${t('placeholder.showOnce')}</button>
        <button part="button allow" @click=${() => this.context?.host.allow(this.categories)}>${t('placeholder.allow', { category: names })}</button>
        <button part="button preferences" @click=${(event: Event) => this.context?.openPreferences(event.currentTarget as Element)}>
          ${t('placeholder.settings')}
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-placeholder': SamtykkePlaceholder;
  }
}
