import type { Category } from '../core/categories.js';
import { formatConfigError, type SamtykkeConfig, type Variant } from '../core/config.js';
import { validateConfig } from '../core/config-ui.js';
import type { ConsentState } from '../core/consent-state.js';
import { pickVariant } from '../core/variants.js';
import type { RecordSource } from '../telemetry/records.js';
import type { UiController, UiHost } from '../ui/ui-host.js';
import type { DecisionMaker } from './decision-maker.js';
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

type MakerModule = typeof import('./decision-maker.js');
let makerModule: MakerModule | undefined;
let makerImport: Promise<MakerModule> | null = null;

/**
 * The decision maker (js-cookie, the transitions, the cookie cleaner, the records) is a chunk of its
 * own, fetched once the banner has been painted: a visitor cannot click before that, and the banner
 * then does not wait for ~2.5 KB it has no use for yet. A failed fetch is forgotten, so the next
 * click tries again.
 */
function importMaker(): Promise<MakerModule> {
  if (makerModule) return Promise.resolve(makerModule);
  makerImport ??= import('./decision-maker.js').then(
    (module) => (makerModule = module),
    (error: unknown) => {
      makerImport = null;
      throw error;
    },
  );
  return makerImport;
}

/**
 * The lazy tier's decisions: the validated config, the page view's variant and the UiHost the UI
 * renders from. Each decision goes to the decision maker, created on first use.
 */
export function createDecisions(gate: GateHandle): Decisions {
  const validated = validateConfig(gate.config, gate.rest);
  validated.errors.forEach((error) => console.error(formatConfigError(error)));
  const config: SamtykkeConfig = validated.config;
  let ui: UiController | null = null;
  // Each page view that may show the banner picks its variant once, storing nothing.
  const variant: Variant | null = pickVariant(config.variants, Math.random());
  let maker: DecisionMaker | undefined;

  const withMaker = <T>(use: (decisionMaker: DecisionMaker) => T | Promise<T>): Promise<T> =>
    importMaker().then((module) => use((maker ??= module.createDecisionMaker({ gate, config, variant: () => variant, ui: () => ui }))));

  const host: UiHost = {
    config,
    language: gate.language,
    variant,
    layout: variant?.layout ?? config.layout,
    gpc: gate.gpc,
    gpcDenied: gate.gpcDenied,
    getConsent: () => gate.getState(),
    decide(action, choices, source) {
      return withMaker((decide) => (action === 'accept_all' ? decide.acceptAll(source) : action === 'reject_all' ? decide.rejectAll(source) : decide.custom(choices, source)));
    },
    allow(categories) {
      const choices: Partial<Record<Category, boolean>> = {};
      for (const category of categories) choices[category] = true;
      return withMaker((decide) => decide.custom(choices, 'banner'));
    },
    showOnce(element) {
      if (element instanceof HTMLElement) gate.loadOnce(element);
    },
    bannerShown({ textHash }) {
      // Also the moment to fetch the decision maker, ahead of the visitor's click.
      void withMaker((decide) => decide.sendImpression(textHash)).catch(() => undefined);
    },
  };

  return {
    host,
    attach(mounted) {
      ui = mounted;
      // A returning visitor (preferences, a declaration, an API call): no banner paint to wait for.
      if (gate.getState()) void importMaker().catch(() => undefined);
    },
    acceptAll: (source) => withMaker((decide) => decide.acceptAll(source)),
    rejectAll: (source) => withMaker((decide) => decide.rejectAll(source)),
    setConsent: (choices, source) => withMaker((decide) => decide.custom(choices, source)),
    withdraw: () => withMaker((decide) => decide.withdraw()),
    storeGpcOverride: () => withMaker((decide) => decide.storeGpcOverride()),
  };
}
