import Cookies from 'js-cookie';
import type { CookieSettings } from '../core/config.js';

// The decision is JSON; js-cookie's default converter percent-encodes the characters a cookie value
// cannot hold, and decodes them on read.
function attributes(settings: CookieSettings, expires?: Date): Cookies.CookieAttributes {
  const secure = settings.secure === 'auto' ? location.protocol === 'https:' : settings.secure;
  return {
    path: '/',
    sameSite: settings.sameSite,
    // SameSite=None is only accepted together with Secure.
    secure: secure || settings.sameSite === 'None',
    ...(settings.domain ? { domain: settings.domain } : {}),
    ...(expires ? { expires } : {}),
  };
}

export function readDecisionCookie(settings: CookieSettings): string | undefined {
  try {
    return Cookies.get(settings.name);
  } catch {
    // A malformed percent-escape makes decoding throw: treat it as no decision.
    return undefined;
  }
}

/** Stores the decision until its own expiry (the stored expiry is what counts; see parseConsentCookie). */
export function writeDecisionCookie(settings: CookieSettings, value: string, expires: Date): void {
  Cookies.set(settings.name, value, attributes(settings, expires));
}

export function removeDecisionCookie(settings: CookieSettings): void {
  Cookies.remove(settings.name, attributes(settings));
}
