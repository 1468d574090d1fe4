import { CATEGORIES } from '../../core/categories.js';
import type { CookieDeclaration, Language, LocalizedText, SamtykkeConfig } from '../../core/config.js';

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

/**
 * What the text hash is computed from. A `ProofBundle` (`getProofBundle()`) has all of it, so an
 * auditor can pass the bundle, or one rebuilt from a stored config and locale file, as it is.
 */
export interface TextHashInput {
  /** The validated config; the hash reads `revision`, `controller`, `policyUrl` and the cookie declarations. */
  config: Pick<SamtykkeConfig, 'revision' | 'controller' | 'policyUrl' | 'categories'>;
  /** The language rendered. */
  language: Language;
  /** The variant id of the page view, or null. */
  variant: string | null;
  /** The flat string table as rendered: vetted strings plus the overrides that were shown, placeholders unfilled. */
  strings: Readonly<Record<string, string>>;
}

function declarationsFor(config: TextHashInput['config'], language: Language): Json {
  const result: Record<string, Json> = {};
  for (const category of CATEGORIES) {
    const cookies: CookieDeclaration[] = config.categories[category]?.cookies ?? [];
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
export function textRecord(input: TextHashInput): Json {
  const { config, language } = input;
  return {
    revision: config.revision,
    language,
    variant: input.variant,
    controller: config.controller,
    policyUrl: config.policyUrl,
    texts: { ...input.strings },
    cookies: declarationsFor(config, language),
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

/**
 * The `textHash` of records and impressions (R28): SHA-256, as 64 lowercase hex digits, of the
 * canonical JSON of `textRecord(input)`. Exported from the package entry, so that anyone holding a
 * proof bundle can recompute it, in a browser or in Node 20+.
 */
export function computeTextHash(input: TextHashInput): Promise<string> {
  return sha256HexAsync(canonicalJson(textRecord(input)));
}
