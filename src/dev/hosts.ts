import { TRACKER_HOSTS } from './tracker-hosts.js';

/**
 * An http(s) URL resolved against `base` (protocol-relative `//host` included), or null for other
 * schemes (`data:`, `blob:`, `about:`) and for text that is no URL: those reach no other host.
 */
export function resolveHttpUrl(url: string, base: string): URL | null {
  try {
    const resolved = new URL(url.trim(), base);
    return /^https?:$/.test(resolved.protocol) ? resolved : null;
  } catch {
    return null;
  }
}

/** Whether `host` is `domain` itself or one of its subdomains. Both are lower-case, as URL gives them. */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The vendor a host belongs to when it is a known tracker host (tracker-hosts.ts), else null. */
export function trackerVendor(host: string): string | null {
  for (const [domain, vendor] of Object.entries(TRACKER_HOSTS)) if (isWithin(host, domain)) return vendor;
  return null;
}
