import type { CategoryChoices } from './categories.js';

export type ConsentSignal = 'granted' | 'denied';
export interface ConsentModeSignals {
  ad_storage: ConsentSignal;
  ad_user_data: ConsentSignal;
  ad_personalization: ConsentSignal;
  analytics_storage: ConsentSignal;
  functionality_storage: ConsentSignal;
  personalization_storage: ConsentSignal;
  security_storage: ConsentSignal;
}

const signal = (granted: boolean): ConsentSignal => (granted ? 'granted' : 'denied');

/**
 * Google Consent Mode v2 signals for a set of choices. All seven keys every time, so no signal is left
 * "not set". "personalised" is site personalisation, so it maps to functionality and personalization
 * storage, not to Google's ad_personalization (which follows marketing).
 */
export function toConsentMode(categories: CategoryChoices): ConsentModeSignals {
  return {
    ad_storage: signal(categories.marketing),
    ad_user_data: signal(categories.marketing),
    ad_personalization: signal(categories.marketing),
    analytics_storage: signal(categories.statistical),
    functionality_storage: signal(categories.personalised),
    personalization_storage: signal(categories.personalised),
    security_storage: 'granted',
  };
}

/** Milliseconds Google tags wait for an update after the default (Google's own example value). */
export const WAIT_FOR_UPDATE_MS = 500;
