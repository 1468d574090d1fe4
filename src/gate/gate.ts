import { deniedChoices, type Category, type CategoryChoices } from '../core/categories.js';
import type { GateConfig, Language, Raw } from '../core/config.js';
import { parseConsentCookie, type ConsentState } from '../core/consent-state.js';
import { gpcDeniedCategories } from '../core/gpc.js';
import { resolveLanguage } from '../core/language.js';
import type { LocaleTable } from '../i18n/locale-loaders.js';
import type { ProofBundle, UiController, UiModule } from '../ui/ui-host.js';
import { createScriptQueue, findBlockedElements, isAllowed, isHandled, loadMedia, readBlockedElement, type BlockedElement, type BlockedScript } from './blocked-elements.js';
import { pushConsentDefault, pushConsentEvent, pushConsentUpdate } from './consent-mode.js';
import type { Decisions } from './decisions.js';
import { copyState, dispatch } from './events.js';
import { hideFloatingButton, showFloatingButton } from './floating-button.js';
import type { GateHandle } from './gate-handle.js';
import { syncVendorConsent } from './vendors.js';

declare global {
  interface Window {
    samtykke?: SamtykkeApi;
  }
}

/** The public API, `window.samtykke` (contract section 4). */
export interface SamtykkeApi {
  readonly ready: Promise<void>;
  getConsent(): ConsentState | null;
  hasConsent(category: Category): boolean;
  acceptAll(): Promise<ConsentState>;
  rejectAll(): Promise<ConsentState>;
  setConsent(categories: Partial<Record<Category, boolean>>): Promise<ConsentState>;
  showBanner(): Promise<void>;
  showPreferences(): Promise<void>;
  withdraw(): Promise<void>;
  /**
   * The proof of the text this page view shows (R28): the validated config, the rendered string
   * table and the `textHash` its records carry. Loads the UI tier if needed; shows nothing.
   */
  getProofBundle(): Promise<ProofBundle>;
}

/** The lazy tier once loaded: decisions plus the mounted UI. */
interface LazyTier {
  decisions: Decisions;
  ui: UiController;
}

export interface GateOptions {
  config: GateConfig;
  rest: Raw;
  /**
   * Imports the lazy tier (decisions and UI), and the language's strings if the caller fetches them
   * itself; only called when something must be decided or shown.
   */
  loadUi: (language: Language) => Promise<[UiModule, LocaleTable?]>;
  /** The nonce of the loader's own script tag, for blocked scripts written without one. */
  nonce: string;
}

/** The stored decision cookie's raw value (js-cookie writes it; reading needs no library). */
function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    if (pair.startsWith(`${name}=`)) {
      try {
        return decodeURIComponent(pair.slice(name.length + 1));
      } catch {
        return pair; // a broken escape: unreadable, so parsing will say "no decision"
      }
    }
  }
  return undefined;
}

/**
 * The consent gate on every page view, run synchronously by the loader: reads the stored decision,
 * tells Google and vendors, runs what it allows (now and for elements inserted later), shows the
 * floating button, and hands decisions and UI to the lazy tier. A returning visitor's page view
 * never loads anything else.
 */
export function startGate(options: GateOptions): SamtykkeApi {
  const { config } = options;
  const consentModeOn = config.consentMode !== 'off';
  const gpc = (navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  const gpcDenied = gpcDeniedCategories(config.gpc, gpc);
  const language = resolveLanguage(config.language, document.documentElement.getAttribute('lang'), navigator.languages || []);
  let state = parseConsentCookie(readCookie(config.cookie.name), { now: Date.now(), revision: config.revision, maxAgeDays: config.maxAgeDays });
  const overriddenByGpc = gpcDenied.some((category) => state?.categories[category]);
  // GPC outranks a stored grant at once, in memory (the parsed state is this page's own object); the
  // lazy tier stores and records the change.
  if (overriddenByGpc) for (const category of gpcDenied) state!.categories[category] = false;
  let parsed = document.readyState !== 'loading';
  let lazy: Promise<LazyTier> | null = null;
  const waitingIframes: BlockedElement[] = [];
  const ignore = (): void => undefined;
  // No decision (or one GPC just changed): ask for the lazy tier before anything else, so its download
  // overlaps the rest of this script and the page's parsing (loadLazy's callbacks run later, once
  // `handle` exists). The banner goes up as soon as the UI is ready and there is a <body> to put it
  // in, on a long page well before the parser is done; unless a decision came through the API meanwhile.
  if (!state) {
    void loadLazy().then(async (tier) => {
      if (!document.body) await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      if (!state) await tier.ui.showBanner();
    }, ignore);
  } else if (overriddenByGpc) void loadLazy().catch(ignore);

  // Every state holds `technical: true`, and so does the no-decision default.
  const choices = (): CategoryChoices => state?.categories ?? deniedChoices();
  const granted = (category: Category): boolean => choices()[category] === true;
  const syncVendors = (): void => syncVendorConsent(choices());
  const queueScript = createScriptQueue(options.nonce, (blocked) => isAllowed(blocked, granted), syncVendors);

  function loadLazy(): Promise<LazyTier> {
    if (!lazy) {
      lazy = options.loadUi(language).then(async ([module, strings]) => {
        const decisions = module.createDecisions(handle);
        const ui = await module.mount(decisions.host, strings);
        decisions.attach(ui);
        return { decisions, ui };
      });
      // Fail closed: without this tier nothing can be decided, so nothing is unblocked.
      lazy.catch((error: unknown) => console.error('samtykke: the consent UI could not be loaded; optional content stays blocked.', error));
    }
    return lazy;
  }

  function gateElement(blocked: BlockedElement): void {
    const { element } = blocked;
    if (isAllowed(blocked, granted)) {
      if (element instanceof HTMLScriptElement) queueScript(blocked as BlockedScript);
      else loadOnce(element);
    } else if (element instanceof HTMLIFrameElement) {
      waitingIframes.push(blocked);
    }
  }

  function loadOnce(element: HTMLElement): void {
    loadMedia(element);
    void lazy?.then((tier) => tier.ui.removePlaceholder(element), ignore);
  }

  /** Runs everything the decision in force allows; blocked iframes get a placeholder. */
  function applyToPage(): void {
    if (!parsed) return; // the scan once the page is parsed picks everything up in document order
    findBlockedElements(document).forEach(gateElement);
    showPlaceholders();
  }

  function showPlaceholders(): void {
    const iframes = waitingIframes.splice(0).filter((blocked) => !isHandled(blocked.element) && blocked.element.isConnected);
    if (iframes.length > 0) void loadLazy().then((tier) => tier.ui.placeholders(iframes), ignore);
  }

  function signal(categories: ConsentState['categories']): void {
    if (consentModeOn) {
      pushConsentUpdate(categories);
      pushConsentEvent(categories);
    }
    syncVendorConsent(categories);
  }

  const openPreferences = (opener: Element | null): Promise<void> => loadLazy().then((tier) => tier.ui.showPreferences(opener));
  const showButton = (): void => {
    if (config.floatingButton) showFloatingButton(config.floatingButton, language, openPreferences, options.rest.theme);
  };

  const getState = (): ConsentState | null => copyState(state);
  const handle: GateHandle = {
    config,
    rest: options.rest,
    language,
    gpc,
    gpcDenied,
    getState,
    apply(next, decision) {
      state = next;
      signal(decision.categories);
      applyToPage();
      if (next) showButton();
      else hideFloatingButton();
    },
    loadOnce,
    dispatch,
  };

  // --- Synchronous start-up: first script in <head>, before any tag that reads consent ----------
  if (consentModeOn) pushConsentDefault();
  if (state) signal(state.categories);
  else syncVendors();

  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  function onParsed(): void {
    parsed = true;
    applyToPage();
    // Elements inserted from now on. Started here rather than in <head>: the scan above has just
    // taken everything the parser inserted, in document order, so earlier records would be wasted work.
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        mutation.addedNodes.forEach((node) => {
          if (!(node instanceof Element)) return;
          const own = readBlockedElement(node);
          if (own) gateElement(own);
          // Most inserted elements have no children: no need to search them.
          if (node.firstElementChild) findBlockedElements(node).forEach(gateElement);
        });
      }
      showPlaceholders();
    }).observe(document.documentElement, { childList: true, subtree: true });
    syncVendors();
    if (state) {
      showButton();
      dispatch('samtykke:consent', state);
      // A policy page's cookie declaration is rendered by the UI tier, also for a returning visitor.
      if (document.querySelector('samtykke-declaration')) void loadLazy();
    }
    if (overriddenByGpc) void loadLazy().then((tier) => tier.decisions.storeGpcOverride(), ignore);
    document.addEventListener('click', (event) => {
      const opener = event.target instanceof Element ? event.target.closest('[data-samtykke-open]') : null;
      if (!opener) return;
      event.preventDefault();
      void openPreferences(opener);
    });
    resolveReady();
    dispatch('samtykke:ready', state);
  }
  if (parsed) queueMicrotask(onParsed);
  else document.addEventListener('DOMContentLoaded', onParsed, { once: true });

  const decide = <T>(action: (decisions: Decisions) => Promise<T>): Promise<T> => loadLazy().then((tier) => action(tier.decisions));
  return Object.freeze({
    ready,
    getConsent: getState,
    hasConsent: granted,
    acceptAll: () => decide((decisions) => decisions.acceptAll('api')),
    rejectAll: () => decide((decisions) => decisions.rejectAll('api')),
    setConsent: (categories) => decide((decisions) => decisions.setConsent(categories, 'api')),
    showBanner: () => loadLazy().then((tier) => tier.ui.showBanner()),
    showPreferences: () => openPreferences(document.activeElement),
    withdraw: () => decide((decisions) => decisions.withdraw()),
    getProofBundle: () => loadLazy().then((tier) => tier.ui.proofBundle()),
  } satisfies SamtykkeApi);
}
