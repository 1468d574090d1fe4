import { isPlainObject } from '../core/config.js';
import { compileRegexPattern } from '../core/cookie-patterns.js';
import type { StorageKind } from './findings.js';

type NameMatcher = (name: string) => boolean;

/**
 * A matcher for one declared name: `*` stands for any run of characters anywhere in it (`_ga_*`,
 * `_pk_id.*`, `*_session`), and a name written as `/regex/flags` is read the way the `clear` patterns
 * are. Anything else, including a regex that does not compile, matches only itself.
 */
export function compileDeclaredName(name: string): NameMatcher {
  const regex = compileRegexPattern(name);
  if (regex) return regex;
  if (!name.includes('*')) return (candidate) => candidate === name;
  const source = name
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  const compiled = new RegExp(`^${source}$`);
  return (candidate) => compiled.test(candidate);
}

/**
 * Every `categories.<category>.cookies[].name` in the config as given. The lazy tier validates the
 * declaration and reports its problems; dev mode only needs the names, so it reads them without
 * bundling the whole validation.
 */
export function declaredNames(categories: unknown): string[] {
  if (!isPlainObject(categories)) return [];
  return Object.values(categories).flatMap((category) => {
    const cookies = isPlainObject(category) ? category.cookies : undefined;
    if (!Array.isArray(cookies)) return [];
    return cookies.flatMap((cookie: unknown) => (isPlainObject(cookie) && typeof cookie.name === 'string' && /\S/.test(cookie.name) ? [cookie.name] : []));
  });
}

/**
 * Whether a cookie or storage key is undeclared: matched by no declared name. The consent cookie
 * (`cookie.name`) is Samtykke's own and never counts; a storage key of the same name does.
 */
export function createUndeclaredCheck(declared: readonly string[], consentCookie: string): (name: string, storage: StorageKind) => boolean {
  const matchers = declared.map(compileDeclaredName);
  return (name, storage) => !(storage === 'cookie' && name === consentCookie) && !matchers.some((matches) => matches(name));
}
