import type { GateConfig, Raw } from '../core/config.js';

/**
 * What the loader calls in `samtykke-dev.js` when the config says `debug: true`. Types only, so the
 * loader can import this file without pulling dev-mode code into its bundle.
 */
export interface DevModule {
  /** Starts the dev-mode checks for this page view, with the config the loader read. */
  start(config: GateConfig, rest: Raw): void;
}
