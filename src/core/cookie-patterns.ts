import type { RefusableCategory } from './categories.js';

/**
 * Cookie names each category's well-known vendors set in the site's own (first-party) cookie jar.
 * Third-party cookies (on doubleclick.net, facebook.com, …) cannot be reached from the page at all.
 * Patterns: an exact name, a trailing `*` for a prefix, or `/regex/`.
 */
export const BUILTIN_COOKIE_PATTERNS: Record<RefusableCategory, readonly string[]> = {
  statistical: [
    '_ga', '/^_ga_/', '_gid', '_gat*', // Google Analytics
    '_hj*', // Hotjar
    '_clck', '_clsk', // Microsoft Clarity
    '_pk_*', 'mtm_consent*', // Matomo
  ],
  marketing: [
    '_gcl_*', '_gac_*', // Google Ads (conversion linker, campaign)
    '_fbp', '_fbc', // Meta
    'li_*', 'lidc', 'bcookie', // LinkedIn, where set first-party
    '_uetsid', '_uetvid', '_uetmsclkid', // Microsoft UET
    '_ttp', // TikTok
  ],
  personalised: [],
};

export type CookieMatcher = (name: string) => boolean;

/**
 * A pattern written as `/regex/flags`: its matcher, null when it does not compile, undefined when the
 * text is not in that form. `g` and `y` are dropped: they would make `test()` stateful.
 */
export function compileRegexPattern(pattern: string): CookieMatcher | null | undefined {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!regex) return undefined;
  try {
    const compiled = new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, ''));
    return (name) => compiled.test(name);
  } catch {
    return null;
  }
}

/**
 * Turns one pattern into a matcher. Returns null for a pattern that cannot be used (an invalid
 * regular expression, an empty name), so the caller can report it by name instead of throwing.
 */
export function compileCookiePattern(pattern: string): CookieMatcher | null {
  if (pattern.length === 0) return null;
  const regex = compileRegexPattern(pattern);
  if (regex !== undefined) return regex;
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return prefix.length > 0 ? (name) => name.startsWith(prefix) : null;
  }
  return (name) => name === pattern;
}

/** One matcher for a list of patterns; unusable patterns are skipped. */
export function compileCookiePatterns(patterns: readonly string[]): CookieMatcher {
  const matchers = patterns.map(compileCookiePattern).filter((matcher): matcher is CookieMatcher => matcher !== null);
  return (name) => matchers.some((matcher) => matcher(name));
}

/** The names, out of `names`, that belong to a revoked category and must be deleted. */
export function cookiesToClear(names: readonly string[], patterns: readonly string[], keep: readonly string[] = []): string[] {
  const matches = compileCookiePatterns(patterns);
  return names.filter((name) => !keep.includes(name) && matches(name));
}
