import { CATEGORIES } from '../../core/categories.js';
import type { CookieDeclaration, Language, LocalizedText } from '../../core/config.js';
import type { Localization } from '../../i18n/localization.js';
import type { UiHost } from '../ui-host.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A declared cookie's text in `language`, else English, else the first given; with its language. */
export function pickText(text: string | LocalizedText, language: Language): { text: string; language: Language | null } {
  if (typeof text === 'string') return { text, language: null };
  for (const candidate of [language, 'en', ...Object.keys(text)] as Language[]) {
    const value = text[candidate];
    if (value !== undefined) return { text: value, language: candidate };
  }
  return { text: '', language: null };
}

function declarationsFor(host: UiHost, language: Language): Json {
  const result: Record<string, Json> = {};
  for (const category of CATEGORIES) {
    const cookies: CookieDeclaration[] = host.config.categories[category]?.cookies ?? [];
    result[category] = cookies.map((cookie) => ({
      name: cookie.name,
      provider: cookie.provider,
      purpose: pickText(cookie.purpose, language).text,
      expiry: pickText(cookie.expiry, language).text,
    }));
  }
  return result;
}

/**
 * Everything the visitor could read, in the canonical form the text hash is computed over: the string
 * table of the rendered language after the site's and the variant's overrides (templates, with the
 * `{{controller}}` placeholders), the values filled into them, the cookie declarations as shown, and
 * the config revision. Rebuilding this object from a stored config and locale reproduces the hash.
 */
export function textRecord(host: UiHost, localization: Localization): Json {
  return {
    revision: host.config.revision,
    language: localization.language,
    variant: host.variant?.id ?? null,
    controller: host.config.controller,
    policyUrl: host.config.policyUrl,
    texts: localization.texts(),
    cookies: declarationsFor(host, localization.language),
  };
}

/**
 * SHA-256 as hex. WebCrypto where the page is a secure context; elsewhere (a plain-http site) the pure
 * fallback, fetched only then as its own small chunk, so https sites never download it.
 */
export async function sha256HexAsync(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return (await import('../../core/sha256.js')).sha256Hex(text);
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function computeTextHash(host: UiHost, localization: Localization): Promise<string> {
  return sha256HexAsync(canonicalJson(textRecord(host, localization)));
}
