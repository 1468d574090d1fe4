/**
 * Samtykke for bundlers: `import { init } from 'samtykke'`. The same gate as the script-tag loader;
 * the UI tier becomes a lazy chunk of the site's own bundle.
 */
import { startGate, type SamtykkeApi } from './gate/gate.js';
import { readPageConfig } from './gate/read-config.js';
import type { UiModule } from './ui/ui-host.js';

export type { Category, CategoryChoices } from './core/categories.js';
export type { SamtykkeConfig, Language, Layout, Variant, CategoryConfig, CookieDeclaration } from './core/config.js';
export type { ConsentState, ConsentAction } from './core/consent-state.js';
export type { ConsentRecord, Impression } from './telemetry/records.js';
export type { ProofBundle } from './ui/ui-host.js';
export type { TextHashInput } from './ui/shared/text-hash.js';
export type { SamtykkeApi };
/** Recomputes a record's `textHash` from a proof bundle (`getProofBundle()`), in a browser or Node 20+. */
export { computeTextHash } from './ui/shared/text-hash.js';

/**
 * Starts Samtykke with a config object (the same keys as the script tag's). A `#samtykke-config`
 * block on the page still applies, with this object winning. Call it as early as possible, before
 * any tag that reads consent. Returns the API, also set as `window.samtykke`; a second call returns
 * the first instance.
 */
export function init(config: Record<string, unknown> = {}): SamtykkeApi {
  if (window.samtykke) return window.samtykke;
  const { config: gateConfig, rest } = readPageConfig(null, config);
  const api = startGate({ config: gateConfig, rest, loadUi: () => Promise.all([import('./ui/index.js') as Promise<UiModule>]), nonce: '' });
  window.samtykke = api;
  // Dev mode (README "Dev mode"): a lazy chunk of the site's bundle, loaded only with `debug: true`.
  if (rest.debug === true) void import('./dev/index.js').then((dev) => dev.start(gateConfig, rest));
  return api;
}
