import type { ConsentState } from '../core/consent-state.js';

export type SamtykkeEventName = 'samtykke:consent' | 'samtykke:change' | 'samtykke:ready';

/** Copies, so a listener that edits `detail` cannot change what other listeners or the API see. */
export function copyState(state: ConsentState | null): ConsentState | null {
  return state ? { ...state, categories: { ...state.categories } } : null;
}

export function dispatch(name: SamtykkeEventName, state: ConsentState | null): void {
  document.dispatchEvent(new CustomEvent(name, { detail: copyState(state) }));
}
