import type { Category } from '../core/categories.js';
import type { GateConfig, Language, Raw } from '../core/config.js';
import type { ConsentState } from '../core/consent-state.js';
import type { SamtykkeEventName } from './events.js';

/**
 * What the loader tier hands the lazy tier (decisions and UI). The loader applies a decision to the
 * page; the lazy tier makes decisions (transitions, storage, cookie clearing, records). Types only.
 */
export interface GateHandle {
  readonly config: GateConfig;
  /** The config keys the loader does not read, as given: validated by the lazy tier. */
  readonly rest: Raw;
  readonly language: Language;
  /** Whether the browser sent a Global Privacy Control signal (read once per page load). */
  readonly gpc: boolean;
  /** Categories the GPC signal forces to denied under `config.gpc`. */
  readonly gpcDenied: readonly Category[];
  /** The decision in force (null: none, or withdrawn). */
  getState(): ConsentState | null;
  /**
   * Makes a decision current on this page: Consent Mode update and event, vendor calls, running what
   * it allows, the floating button. `state` null means withdrawn (nothing granted, no button).
   */
  apply(state: ConsentState | null, decision: ConsentState): void;
  /** Loads one blocked iframe or image in place, this once. */
  loadOnce(element: HTMLElement): void;
  dispatch(name: SamtykkeEventName, state: ConsentState | null): void;
}
