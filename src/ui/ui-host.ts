import type { Category, CategoryChoices } from '../core/categories.js';
import type { ConsentState } from '../core/consent-state.js';
import type { Language, Layout, SamtykkeConfig, Variant } from '../core/config.js';
import type { LocaleTable } from '../i18n/locale-loaders.js';

/**
 * What the loader hands the lazily loaded UI tier. The UI renders from it and turns clicks into calls
 * on it; all consent rules stay in the loader (core + gate). Types only: no runtime code here, so the
 * loader can import this file without pulling UI code into its bundle.
 */
export interface UiHost {
  /** Validated config. */
  readonly config: SamtykkeConfig;
  /**
   * Settles once the site's overrides of control labels have been linted (R19) and the refused ones
   * removed from `config.texts` and the variants' texts. Nothing renders those texts before.
   */
  readonly textsChecked: Promise<void>;
  /** The language to render, already resolved (config, then `<html lang>`, then browser, then `en`). */
  readonly language: Language;
  /** The variant this page view shows, picked by weight; null without `variants` in config. */
  readonly variant: Variant | null;
  /** The layout to use: the variant's layout, else `config.layout`. */
  readonly layout: Layout;
  /** Whether the browser sent a Global Privacy Control signal (read once per page load). */
  readonly gpc: boolean;
  /** Categories that GPC forces to denied under `config.gpc` (empty without a signal). */
  readonly gpcDenied: readonly Category[];
  /** The valid stored decision, or null. */
  getConsent(): ConsentState | null;
  /**
   * Records a decision made in the UI. `choices` is what the visitor chose; the host enforces the
   * rules (technical always on, GPC) and returns the stored state. `source` says which surface it
   * came from. After it resolves the host has already closed the banner and preferences.
   */
  decide(action: 'accept_all' | 'reject_all' | 'custom', choices: CategoryChoices, source: 'banner' | 'preferences'): Promise<ConsentState>;
  /**
   * Grants the given categories on top of the current decision (a placeholder's "Allow marketing"):
   * a decision with action `custom` (or `accept_all` when everything ends up granted), source `banner`.
   */
  allow(categories: readonly Category[]): Promise<ConsentState>;
  /** Loads one blocked element (an iframe behind a placeholder) this once, storing nothing. */
  showOnce(element: Element): void;
  /** The banner was rendered and is visible: counts an impression (with the variant) when an endpoint is set. */
  bannerShown(details: { textHash: string }): void;
}

/** The module the loader imports lazily (`samtykke-ui.js`). */
export interface UiModule {
  /** The decision half of the lazy tier (src/gate/decisions.ts); it builds the UiHost passed to mount. */
  createDecisions(gate: import('../gate/gate-handle.js').GateHandle): import('../gate/decisions.js').Decisions;
  /**
   * Defines the custom elements (guarded) and loads the language's strings, unless `strings` (the
   * table of `host.language`) is given. Resolves when ready to render.
   */
  mount(host: UiHost, strings?: LocaleTable): Promise<UiController>;
}

export interface UiController {
  /** Appends `<samtykke-banner>` to `document.body` (idempotent) and resolves once it is rendered. */
  showBanner(): Promise<void>;
  /** Removes the banner if present. */
  hideBanner(): void;
  /**
   * Opens the preferences dialog showing the stored state (or all off). `opener` gets focus back when
   * the dialog closes; without it, focus goes back to whatever had it before.
   */
  showPreferences(opener?: Element | null): Promise<void>;
  /** Closes the preferences dialog if open, saving nothing. */
  hidePreferences(): void;
  /** Puts a placeholder before each blocked iframe (idempotent per iframe) naming its categories. */
  placeholders(iframes: ReadonlyArray<{ element: HTMLElement; categories: readonly Category[] }>): Promise<void>;
  /** Removes the placeholder of an element that has just been loaded. */
  removePlaceholder(element: Element): void;
  /** SHA-256 (hex) of the rendered texts of this language and variant plus the config revision. */
  textHash(): Promise<string>;
  /** The proof of the texts this page view shows (R28); fresh copies on every call. */
  proofBundle(): Promise<ProofBundle>;
}

/**
 * What `window.samtykke.getProofBundle()` resolves with (requirement R28): everything the text hash
 * of this page view's records is computed from, and the hash. `computeTextHash(bundle)` (exported
 * from the package) gives `bundle.textHash` again.
 */
export interface ProofBundle {
  /** The validated config: defaults filled in, refused values (and refused text overrides) left out. */
  config: SamtykkeConfig;
  /**
   * The string table shown, flat (`{ "banner.rejectAll": "Afvis alle", … }`): the language's vetted
   * table with the site's and the variant's accepted overrides. `{{controller}}` and `{{policyUrl}}`
   * stay as written; the banner fills them in from `config`.
   */
  strings: Record<string, string>;
  /** The language rendered (English when the visitor's could not be loaded). */
  language: Language;
  /** The id of the variant this page view shows, or null. */
  variant: string | null;
  /** The same hash the records and impressions of this page view carry. */
  textHash: string;
}
