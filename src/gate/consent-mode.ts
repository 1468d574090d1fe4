import { deniedChoices, type CategoryChoices } from '../core/categories.js';
import { WAIT_FOR_UPDATE_MS, toConsentMode, type ConsentModeSignals } from '../core/consent-mode.js';

type Gtag = (...args: unknown[]) => void;
interface GoogleGlobals {
  dataLayer?: unknown[];
  gtag?: Gtag;
}

/**
 * Makes sure `dataLayer` and `gtag` exist and returns the gtag to call. Ours pushes the `arguments`
 * object, as Google's snippet does, and looks `dataLayer` up on every call, so a page that replaces
 * `window.dataLayer` later still receives our updates.
 */
export function ensureGtag(): Gtag {
  // Read here, not when the module is imported: the package entry is also imported where there is no
  // window (server-side rendering, an auditor's Node script recomputing a text hash).
  const globals = window as unknown as GoogleGlobals;
  globals.dataLayer ||= [];
  if (typeof globals.gtag !== 'function') {
    globals.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      (globals.dataLayer ||= []).push(arguments);
    };
  }
  return globals.gtag;
}

const DENIED = toConsentMode(deniedChoices());

/** The default, before any tag can read consent: everything denied but security storage. */
export function pushConsentDefault(): void {
  ensureGtag()('consent', 'default', { ...DENIED, wait_for_update: WAIT_FOR_UPDATE_MS });
}

export function pushConsentUpdate(categories: CategoryChoices): ConsentModeSignals {
  const signals = toConsentMode(categories);
  ensureGtag()('consent', 'update', signals);
  return signals;
}

/** A plain dataLayer event so GTM triggers can fire non-Google tags on a decision. */
export function pushConsentEvent(categories: CategoryChoices): void {
  ensureGtag();
  const { statistical, marketing, personalised } = categories;
  (window as unknown as GoogleGlobals).dataLayer!.push({ event: 'samtykke_consent', samtykke: { statistical, marketing, personalised } });
}
