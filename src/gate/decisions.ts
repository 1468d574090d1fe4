import type { Category } from '../core/categories.js';
import { formatConfigError, type ConfigError, type SamtykkeConfig, type Variant } from '../core/config.js';
import { validateConfig, type OverrideTable } from '../core/config-ui.js';
import { CONTROL_LABEL_KEYS, overridesControlLabel } from '../core/control-labels.js';
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
      console.error('samtykke: the code that stores decisions could not be loaded; nothing was granted or stored.', error);
      throw error;
    },
  );
  return makerImport;
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

/**
 * The lazy tier's decisions: the validated config, the page view's variant and the UiHost the UI
 * renders from. Each decision goes to the decision maker, created on first use.
 */
export function createDecisions(gate: GateHandle): Decisions {
  const validated = validateConfig(gate.config, gate.rest);
  const report = (errors: ConfigError[]): void => errors.forEach((error) => console.error(formatConfigError(error)));
  report(validated.errors);
  const config: SamtykkeConfig = validated.config;
  // Before this settles, nothing may render the config's texts (the UI waits for it).
  const textsChecked = checkControlLabels(validated.overrides).then(report);
  let ui: UiController | null = null;
  // Each page view that may show the banner picks its variant once, storing nothing.
  const variant: Variant | null = pickVariant(config.variants, Math.random());
  let maker: DecisionMaker | undefined;

  const withMaker = <T>(use: (decisionMaker: DecisionMaker) => T | Promise<T>): Promise<T> =>
    importMaker().then((module) => use((maker ??= module.createDecisionMaker({ gate, config, variant, ui: () => ui }))));

  const host: UiHost = {
    config,
    textsChecked,
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
