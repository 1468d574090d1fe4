import type { Localization } from '../i18n/localization.js';
import type { SamtykkeBanner } from './banner/banner.js';
import type { SamtykkeDeclaration } from './declaration/declaration.js';
import { loadDeclaration, loadPlaceholder, loadPreferences } from './define-elements.js';
import type { SamtykkePlaceholder } from './placeholder/placeholder.js';
import type { SamtykkePreferences } from './preferences/preferences.js';
import { afterPaint, deepActiveElement, restoreFocus } from './shared/focus.js';
import { computeTextHash, type TextHashInput } from './shared/text-hash.js';
import type { UiContext } from './shared/ui-context.js';
import type { UiController, UiHost } from './ui-host.js';

type UiElementName = 'samtykke-banner' | 'samtykke-preferences' | 'samtykke-placeholder';

const DECLARATION = 'samtykke-declaration';

/** Declarations whose theme came from a mount's config, not from the page's own `theme` attribute. */
const themedByMount = new WeakSet<Element>();

/** Every `<samtykke-declaration>` among `nodes` and inside them. */
function findDeclarations(nodes: Iterable<Node>): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    if (node.localName === DECLARATION) found.push(node);
    found.push(...Array.from(node.querySelectorAll(DECLARATION)));
  }
  return found;
}

/** Nothing on the page has focus yet: the visitor has not started using it. */
function isNothingFocused(element: Element | null): boolean {
  return !element || element === document.body || element === document.documentElement;
}

/**
 * The UI tier as the loader sees it: creates, shows and removes the elements, and manages focus
 * between them and the page. Holds no consent rules; every decision goes to `host`.
 */
export function createUiController(host: UiHost, localization: Localization): UiController {
  let banner: SamtykkeBanner | null = null;
  let preferences: SamtykkePreferences | null = null;
  /** What had focus when the banner appeared; it gets focus back after a decision. */
  let focusBeforeBanner: Element | null = null;
  let textHash: Promise<string> | null = null;
  const placeholderOf = new WeakMap<Element, SamtykkePlaceholder>();
  /** What the visitor is shown, as the text hash and the proof bundle describe it. */
  const shown = (): TextHashInput => ({ config: host.config, language: localization.language, variant: host.variant?.id ?? null, strings: localization.texts() });

  const context: UiContext = {
    host,
    localization,
    openPreferences: (opener) => void controller.showPreferences(opener),
  };

  function create<Name extends UiElementName>(name: Name): HTMLElementTagNameMap[Name] {
    const element = document.createElement(name);
    element.context = context;
    element.theme = host.config.theme;
    return element;
  }

  /**
   * Wires the page's `<samtykke-declaration>` elements (a policy page) to this UI: loads their chunk,
   * then gives each the context, and the configured theme unless the page set one on the element.
   */
  function connectDeclarations(elements: Element[]): void {
    if (elements.length === 0) return;
    void loadDeclaration().then(() => {
      for (const element of elements as SamtykkeDeclaration[]) {
        if (!element.hasAttribute('theme') || themedByMount.has(element)) {
          element.theme = host.config.theme;
          themedByMount.add(element);
        }
        element.context = context;
      }
    });
  }

  function onPreferencesClosed(): void {
    if (preferences?.open) return;
    preferences?.remove();
    // The opener is gone (a decision removed the banner): fall back to what had focus before the banner.
    if (isNothingFocused(deepActiveElement())) restoreFocus(focusBeforeBanner);
  }

  const controller: UiController = {
    async showBanner() {
      if (banner?.isConnected) return;
      focusBeforeBanner = deepActiveElement();
      const element = create('samtykke-banner');
      element.layout = host.layout;
      banner = element;
      document.body.append(element); // renders it, synchronously
      await afterPaint();
      // Screen reader and keyboard users meet the banner first, but focus is never taken from
      // something the visitor is already using (checked after the paint: they may have started).
      if (element.isConnected && isNothingFocused(deepActiveElement()) && !preferences?.open) element.focus({ preventScroll: true });
      if (element.isConnected && element.getBoundingClientRect().height > 0) host.bannerShown({ textHash: await controller.textHash() });
    },

    hideBanner() {
      const element = banner;
      if (!element) return;
      banner = null;
      const hadFocus = element.shadowRoot?.activeElement != null;
      element.remove();
      if (hadFocus) restoreFocus(focusBeforeBanner);
    },

    async showPreferences(opener) {
      await loadPreferences();
      if (!preferences) {
        preferences = create('samtykke-preferences');
        preferences.addEventListener('close', onPreferencesClosed);
      }
      if (!preferences.isConnected) document.body.append(preferences);
      await preferences.show(opener ?? null);
    },

    hidePreferences() {
      preferences?.hide();
    },

    async placeholders(iframes) {
      const { embedSize } = await loadPlaceholder();
      for (const { element, categories } of iframes) {
        // Loaded meanwhile (allowed while this chunk was on its way): no placeholder any more.
        if (!element.isConnected || element.hasAttribute('src') || placeholderOf.get(element)?.isConnected) continue;
        const placeholder = create('samtykke-placeholder');
        placeholder.target = element;
        placeholder.categories = categories;
        placeholder.size = embedSize(element);
        element.before(placeholder);
        element.hidden = true;
        placeholderOf.set(element, placeholder);
      }
    },

    removePlaceholder(element) {
      const placeholder = placeholderOf.get(element);
      if (!placeholder) return;
      placeholderOf.delete(element);
      placeholder.remove();
      if (element instanceof HTMLElement) element.hidden = false;
    },

    textHash() {
      textHash ??= computeTextHash(shown());
      return textHash;
    },

    async proofBundle() {
      // Copies (texts() returns a fresh one): what a caller changes is not what this page shows or hashes.
      return { ...shown(), config: structuredClone(host.config), textHash: await controller.textHash() };
    },
  };

  // Declarations in the page now, and any a script inserts later (a single-page app's policy route).
  connectDeclarations(findDeclarations([document.documentElement]));
  new MutationObserver((mutations) => connectDeclarations(findDeclarations(mutations.flatMap((mutation) => Array.from(mutation.addedNodes))))).observe(
    document.documentElement,
    { childList: true, subtree: true },
  );
  return controller;
}
