import { REFUSABLE_CATEGORIES, type Category, type CategoryChoices, type RefusableCategory } from '../core/categories.js';
import { formatConfigError, type ConfigError, type SamtykkeConfig, type Variant } from '../core/config.js';
import { validateConfig, type OverrideTable } from '../core/config-ui.js';
import { CONTROL_LABEL_KEYS, overridesControlLabel } from '../core/control-labels.js';
import { changedCategories, createConsentId, createConsentState, revokedCategories, serializeConsentState, type ConsentState } from '../core/consent-state.js';
import { deviceClass } from '../core/device.js';
import { acceptAll, customChoice, rejectAll, withdrawal, type TransitionContext } from '../core/transitions.js';
import { pickVariant } from '../core/variants.js';
import { NO_TEXT_HASH, createConsentRecord, createImpression, pageUrlOf, type PageContext, type RecordSource } from '../telemetry/records.js';
import { sendToCollector } from '../telemetry/send.js';
import type { UiController, UiHost } from '../ui/ui-host.js';
import { clearCategoryCookies } from './cookie-cleaner.js';
import { removeDecisionCookie, writeDecisionCookie } from './decision-cookie.js';
import { copyState } from './events.js';
import type { GateHandle } from './gate-handle.js';

/** Decisions, made by the UI or through the API; lives in the lazy tier with the UI. */
export interface Decisions {
  /** What the UI renders from and calls into. */
  readonly host: UiHost;
  /** Connects the mounted UI, so decisions can close it. */
  attach(ui: UiController): void;
  acceptAll(source: RecordSource): Promise<ConsentState>;
  rejectAll(source: RecordSource): Promise<ConsentState>;
  setConsent(choices: Partial<Record<Category, boolean>>, source: RecordSource): Promise<ConsentState>;
  /** Forgets the decision after recording a withdrawal; shows the banner again unless the page reloads. */
  withdraw(): Promise<void>;
  /** Stores and records what GPC did to a stored grant at load (the loader already applied it). */
  storeGpcOverride(): Promise<void>;
}

/**
 * Lints the site's overrides of control labels (R19), removing refused ones from the config, and
 * returns the refusals. The lint and its phrase lists are a chunk of their own, fetched only when the
 * config overrides a control label. Should that chunk fail to load, those overrides are not shown
 * either: a label that could not be checked is treated as refused.
 */
function checkControlLabels(tables: OverrideTable[]): Promise<ConfigError[]> {
  if (!overridesControlLabel(tables)) return Promise.resolve([]);
  return import('../core/override-lint.js').then(
    (lint) => lint.lintOverrideTables(tables),
    () =>
      tables.flatMap((table) =>
        CONTROL_LABEL_KEYS.filter((key) => key in table.strings).map((key) => {
          delete table.strings[key];
          return { field: `${table.field}.${key}`, reason: 'could not be checked (the lint did not load), so the built-in text is shown' };
        }),
      ),
  );
}

function randomId(): string {
  return createConsentId(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * Turns choices into stored decisions: transitions from the pure core, the cookie (js-cookie),
 * deletion of revoked categories' cookies, the record for the collector, events, and a reload when
 * something that already ran lost its consent. The gate applies each decision to the page.
 */
export function createDecisions(gate: GateHandle): Decisions {
  const validated = validateConfig(gate.config, gate.rest);
  const report = (errors: ConfigError[]): void => errors.forEach((error) => console.error(formatConfigError(error)));
  report(validated.errors);
  const config: SamtykkeConfig = validated.config;
  // Before this settles, nothing may render the config's texts (the UI waits for it).
  const textsChecked = checkControlLabels(validated.overrides).then(report);
  let ui: UiController | null = null;
  let variant: Variant | null = null;
  /** Kept after a withdrawal so the next decision on this page continues the same history. */
  let lastId: string | null = gate.getState()?.id ?? null;

  const context = (): TransitionContext => ({
    now: Date.now(),
    maxAgeDays: config.maxAgeDays,
    revision: config.revision,
    newId: lastId ?? randomId(),
    gpcDenied: gate.gpcDenied,
  });

  const page = (): PageContext => ({
    locale: gate.language,
    variant: variant?.id ?? null,
    device: deviceClass(navigator.userAgent, navigator.maxTouchPoints || 0),
    gpc: gate.gpc,
    pageUrl: pageUrlOf(location),
  });

  async function record(decision: ConsentState, source: RecordSource): Promise<void> {
    if (!config.endpoint) return;
    // Decisions made in the UI carry the hash of the texts shown; API and GPC decisions showed none.
    const hash = (source === 'banner' || source === 'preferences') && ui ? await ui.textHash().catch(() => NO_TEXT_HASH) : NO_TEXT_HASH;
    sendToCollector(config.endpoint, '/api/v1/consents', createConsentRecord(decision, source, hash, page()));
  }

  function extraPatterns(): Partial<Record<RefusableCategory, string[]>> {
    const patterns: Partial<Record<RefusableCategory, string[]>> = {};
    for (const category of REFUSABLE_CATEGORIES) patterns[category] = config.categories[category]?.clear ?? [];
    return patterns;
  }

  /**
   * Makes a decision current: stores it (or forgets it, for a withdrawal), has the gate apply it,
   * deletes the cookies of what is no longer allowed, records it, tells listeners, closes the UI, and
   * reloads when something already running lost its consent.
   */
  async function commit(next: ConsentState, source: RecordSource, options: { store: boolean; reload: boolean }): Promise<ConsentState> {
    const previous = gate.getState();
    lastId = next.id;
    if (options.store) writeDecisionCookie(config.cookie, serializeConsentState(next), new Date(next.expires));
    else removeDecisionCookie(config.cookie);
    gate.apply(options.store ? next : null, next);
    // On a first decision, clear what refused categories may have left; later, what was just revoked.
    const revoked = (previous ? revokedCategories(previous.categories, next.categories) : REFUSABLE_CATEGORIES.filter((category) => !next.categories[category]))
      .filter((category): category is RefusableCategory => category !== 'technical');
    clearCategoryCookies(revoked, extraPatterns(), config.cookie.name);
    void record(next, source);
    gate.dispatch('samtykke:consent', next);
    // A first decision always counts as a change from "no decision" (contract section 4).
    if (!previous || changedCategories(previous, next).length > 0) gate.dispatch('samtykke:change', next);
    ui?.hideBanner();
    ui?.hidePreferences();
    if (previous && revoked.length > 0 && options.reload && config.reloadOnWithdraw) {
      // Scripts that already ran cannot be unloaded and would set their cookies again: reload, a
      // moment after the Consent Mode update so that the update is not cancelled with the page.
      setTimeout(() => location.reload(), 50);
    }
    return copyState(next)!;
  }

  const STORE = { store: true, reload: true };

  const host: UiHost = {
    config,
    textsChecked,
    language: gate.language,
    get variant() {
      return variant;
    },
    get layout() {
      return variant?.layout ?? config.layout;
    },
    gpc: gate.gpc,
    gpcDenied: gate.gpcDenied,
    getConsent: () => gate.getState(),
    decide(action, choices: CategoryChoices, source) {
      const state = gate.getState();
      const next = action === 'accept_all' ? acceptAll(state, context()) : action === 'reject_all' ? rejectAll(state, context()) : customChoice(state, choices, context());
      return commit(next, source, STORE);
    },
    allow(categories) {
      const choices: Partial<Record<Category, boolean>> = {};
      for (const category of categories) choices[category] = true;
      return commit(customChoice(gate.getState(), choices, context()), 'banner', STORE);
    },
    showOnce(element) {
      if (element instanceof HTMLElement) gate.loadOnce(element);
    },
    bannerShown({ textHash }) {
      if (config.endpoint) sendToCollector(config.endpoint, '/api/v1/impressions', createImpression(Date.now(), config.revision, textHash, page()));
    },
  };

  // Each page view that may show the banner picks its variant once, storing nothing.
  variant = pickVariant(config.variants, Math.random());

  return {
    host,
    attach(mounted) {
      ui = mounted;
    },
    acceptAll: (source) => commit(acceptAll(gate.getState(), context()), source, STORE),
    rejectAll: (source) => commit(rejectAll(gate.getState(), context()), source, STORE),
    setConsent: (choices, source) => commit(customChoice(gate.getState(), choices, context()), source, STORE),
    async withdraw() {
      const previous = gate.getState();
      await commit(withdrawal(previous, context()), 'api', { store: false, reload: true });
      const reloading = REFUSABLE_CATEGORIES.some((category) => previous?.categories[category]) && config.reloadOnWithdraw;
      if (!reloading) await ui?.showBanner();
    },
    async storeGpcOverride() {
      const state = gate.getState();
      if (!state) return;
      // The gate already denied the GPC categories in memory; this stores that as a decision of its own.
      // It keeps the earlier expiry: a browser signal must not extend the grants that remain.
      const { now, maxAgeDays, revision } = context();
      const next = createConsentState({ id: state.id, action: 'gpc', categories: state.categories, now, maxAgeDays, revision });
      await commit({ ...next, expires: state.expires }, 'gpc', { store: true, reload: false });
    },
  };
}
