import { REFUSABLE_CATEGORIES, type Category, type RefusableCategory } from '../core/categories.js';
import type { SamtykkeConfig, Variant } from '../core/config.js';
import { changedCategories, createConsentId, createConsentState, revokedCategories, serializeConsentState, type ConsentState } from '../core/consent-state.js';
import { deviceClass } from '../core/device.js';
import { acceptAll, customChoice, rejectAll, withdrawal, type TransitionContext } from '../core/transitions.js';
import { NO_TEXT_HASH, createConsentRecord, createImpression, pageUrlOf, type PageContext, type RecordSource } from '../telemetry/records.js';
import { sendToCollector } from '../telemetry/send.js';
import type { UiController } from '../ui/ui-host.js';
import { clearCategoryCookies } from './cookie-cleaner.js';
import { removeDecisionCookie, writeDecisionCookie } from './decision-cookie.js';
import { copyState } from './events.js';
import type { GateHandle } from './gate-handle.js';

/** What decisions.ts knows and the decision maker reads at the moment of each decision. */
export interface DecisionInputs {
  gate: GateHandle;
  config: SamtykkeConfig;
  /** The variant this page view shows (picked once per page view). */
  variant: Variant | null;
  ui(): UiController | null;
}

export interface CommitOptions {
  store: boolean;
  reload: boolean;
}

/** The half of the decisions that runs only once someone decides (see decisions.ts for why it is apart). */
export interface DecisionMaker {
  acceptAll(source: RecordSource): Promise<ConsentState>;
  rejectAll(source: RecordSource): Promise<ConsentState>;
  custom(choices: Partial<Record<Category, boolean>>, source: RecordSource): Promise<ConsentState>;
  withdraw(): Promise<void>;
  storeGpcOverride(): Promise<void>;
  sendImpression(textHash: string): void;
}

/** The longest a reload after a revocation waits for the record to be sent. */
const RECORD_WAIT_MS = 3000;

function randomId(): string {
  return createConsentId(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * Turns choices into stored decisions: transitions from the pure core, the cookie (js-cookie),
 * deletion of revoked categories' cookies, the record for the collector, events, and a reload when
 * something that already ran lost its consent. The gate applies each decision to the page.
 */
export function createDecisionMaker({ gate, config, variant, ui }: DecisionInputs): DecisionMaker {
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
    const shown = ui();
    const hash = (source === 'banner' || source === 'preferences') && shown ? await shown.textHash().catch(() => NO_TEXT_HASH) : NO_TEXT_HASH;
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
  function commit(next: ConsentState, source: RecordSource, options: CommitOptions): ConsentState {
    const previous = gate.getState();
    lastId = next.id;
    if (options.store) writeDecisionCookie(config.cookie, serializeConsentState(next), new Date(next.expires));
    else removeDecisionCookie(config.cookie);
    gate.apply(options.store ? next : null, next);
    // On a first decision, clear what refused categories may have left; later, what was just revoked.
    const revoked = (previous ? revokedCategories(previous.categories, next.categories) : REFUSABLE_CATEGORIES.filter((category) => !next.categories[category]))
      .filter((category): category is RefusableCategory => category !== 'technical');
    clearCategoryCookies(revoked, extraPatterns(), config.cookie.name);
    const recorded = record(next, source);
    gate.dispatch('samtykke:consent', next);
    // A first decision always counts as a change from "no decision" (contract section 4).
    if (!previous || changedCategories(previous, next).length > 0) gate.dispatch('samtykke:change', next);
    ui()?.hideBanner();
    ui()?.hidePreferences();
    if (previous && revoked.length > 0 && options.reload && config.reloadOnWithdraw) {
      // Scripts that already ran cannot be unloaded and would set their cookies again: reload, a
      // moment after the Consent Mode update so that the update is not cancelled with the page, and
      // only once the record is on its way: hashing the texts may first fetch the SHA-256 chunk (pages
      // without WebCrypto), and a reload meanwhile would lose the proof of the revocation. A record
      // that takes longer than RECORD_WAIT_MS is given up for the reload.
      const reload = (): void => void setTimeout(() => location.reload(), 50);
      void Promise.race([recorded, new Promise((resolve) => setTimeout(resolve, RECORD_WAIT_MS))]).then(reload);
    }
    return copyState(next)!;
  }

  const STORE: CommitOptions = { store: true, reload: true };

  return {
    acceptAll: async (source) => commit(acceptAll(gate.getState(), context()), source, STORE),
    rejectAll: async (source) => commit(rejectAll(gate.getState(), context()), source, STORE),
    custom: async (choices, source) => commit(customChoice(gate.getState(), choices, context()), source, STORE),
    async withdraw() {
      const previous = gate.getState();
      commit(withdrawal(previous, context()), 'api', { store: false, reload: true });
      const reloading = REFUSABLE_CATEGORIES.some((category) => previous?.categories[category]) && config.reloadOnWithdraw;
      if (!reloading) await ui()?.showBanner();
    },
    async storeGpcOverride() {
      const state = gate.getState();
      if (!state) return;
      // The gate already denied the GPC categories in memory; this stores that as a decision of its own.
      // It keeps the earlier expiry: a browser signal must not extend the grants that remain.
      const { now, maxAgeDays, revision } = context();
      const next = createConsentState({ id: state.id, action: 'gpc', categories: state.categories, now, maxAgeDays, revision });
      commit({ ...next, expires: state.expires }, 'gpc', { store: true, reload: false });
    },
    sendImpression(textHash) {
      if (config.endpoint) sendToCollector(config.endpoint, '/api/v1/impressions', createImpression(Date.now(), config.revision, textHash, page()));
    },
  };
}
