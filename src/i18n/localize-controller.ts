import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { syncLangAttribute } from './lang-attribute.js';
import type { Localization, TextKey } from './localization.js';

/**
 * Gives an element its strings and keeps its `lang` attribute honest (WCAG 3.1.2, Language of Parts):
 * the element carries `lang` only when its language differs from the one it would inherit from the
 * page. Re-renders the element when the strings change.
 *
 * ```ts
 * private readonly localize = new LocalizeController(this, () => this.context?.localization);
 * render() { return html`<h2>${this.localize.t('banner.title')}</h2>`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private subscribed: Localization | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => Localization | undefined,
  ) {
    host.addController(this);
  }

  /** The rendered language, once strings are available. */
  get language(): Localization['language'] | undefined {
    return this.source()?.language;
  }

  t(key: TextKey, values?: Record<string, string>): string {
    return this.source()?.t(key, values) ?? '';
  }

  hostConnected(): void {
    this.follow(this.source());
  }

  hostUpdate(): void {
    // The localization may be set after the element was connected, or replaced.
    this.follow(this.source());
    syncLangAttribute(this.host, this.language);
  }

  hostDisconnected(): void {
    this.follow(undefined);
  }

  private follow(localization: Localization | undefined): void {
    if (localization === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = localization;
    this.unsubscribe = localization?.subscribe(() => this.host.requestUpdate());
  }
}
