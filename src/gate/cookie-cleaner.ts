import type { RefusableCategory } from '../core/categories.js';
import { BUILTIN_COOKIE_PATTERNS, compileCookiePatterns } from '../core/cookie-patterns.js';
import { candidateDomains, candidatePaths } from '../core/domains.js';
import { safeStorage } from './web-storage.js';

function cookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((pair) => (pair.split('=')[0] ?? '').trim())
    .filter(Boolean);
}

function expire(name: string, path: string, domain: string | undefined): void {
  document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain ? `; domain=${domain}` : ''}`;
}

function clearStorage(storage: Storage | undefined, matches: (name: string) => boolean): void {
  if (!storage) return;
  for (let index = storage.length - 1; index >= 0; index--) {
    const key = storage.key(index);
    if (key !== null && matches(key)) storage.removeItem(key);
  }
}

/**
 * Deletes the first-party cookies and web-storage keys of revoked categories: built-in vendor
 * patterns plus the site's `categories.<name>.clear`. A cookie's Domain and Path cannot be read, so
 * an expiry is written for the host and every parent domain on `/` and each prefix of the current
 * path. The consent cookie itself is never touched.
 */
export function clearCategoryCookies(categories: readonly RefusableCategory[], extraPatterns: Partial<Record<RefusableCategory, readonly string[]>>, keep: string): void {
  if (categories.length === 0) return;
  const patterns = categories.flatMap((category) => [...BUILTIN_COOKIE_PATTERNS[category], ...(extraPatterns[category] ?? [])]);
  const matches = compileCookiePatterns(patterns);
  const isDoomed = (name: string): boolean => name !== keep && matches(name);
  const domains = candidateDomains(location.hostname);
  const paths = candidatePaths(location.pathname);
  for (const name of cookieNames().filter(isDoomed)) {
    for (const domain of domains) for (const path of paths) expire(name, path, domain);
  }
  clearStorage(safeStorage('localStorage'), isDoomed);
  clearStorage(safeStorage('sessionStorage'), isDoomed);
}
