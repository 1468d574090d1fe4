import type { CategoryChoices } from '../core/categories.js';
import type { Language } from '../core/config.js';
import type { ConsentAction, ConsentState } from '../core/consent-state.js';
import type { DeviceClass } from '../core/device.js';

/** The SDK version, compiled in by the build so every record says which banner code the visitor had. */
export const BANNER_VERSION = '__SAMTYKKE_VERSION__';

/** The text hash of a decision made where no banner text was shown (an API call, a GPC override). */
export const NO_TEXT_HASH = '0'.repeat(64);

export type RecordSource = 'banner' | 'preferences' | 'api' | 'gpc';

/** One decision as the collector stores it (contract section 7): no IP, no user agent, no query string. */
export interface ConsentRecord {
  consentId: string;
  timestamp: string;
  action: ConsentAction;
  categories: CategoryChoices;
  revision: number;
  locale: Language;
  bannerVersion: string;
  textHash: string;
  variant: string | null;
  source: RecordSource;
  gpc: boolean;
  pageUrl: string;
  device: DeviceClass;
}

export interface Impression {
  timestamp: string;
  locale: Language;
  revision: number;
  variant: string | null;
  device: DeviceClass;
  bannerVersion: string;
  textHash: string;
  pageUrl: string;
}

export interface PageContext {
  locale: Language;
  variant: string | null;
  device: DeviceClass;
  gpc: boolean;
  /** origin + path of the page: never the query string or fragment, which can carry identifiers. */
  pageUrl: string;
}

export function pageUrlOf(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname;
}

export function createConsentRecord(state: ConsentState, source: RecordSource, textHash: string, page: PageContext): ConsentRecord {
  return {
    consentId: state.id,
    timestamp: state.timestamp,
    action: state.action,
    categories: { ...state.categories },
    revision: state.revision,
    locale: page.locale,
    bannerVersion: BANNER_VERSION,
    textHash,
    variant: page.variant,
    source,
    gpc: page.gpc,
    pageUrl: page.pageUrl,
    device: page.device,
  };
}

export function createImpression(now: number, revision: number, textHash: string, page: PageContext): Impression {
  return {
    timestamp: new Date(now).toISOString(),
    locale: page.locale,
    revision,
    variant: page.variant,
    device: page.device,
    bannerVersion: BANNER_VERSION,
    textHash,
    pageUrl: page.pageUrl,
  };
}
