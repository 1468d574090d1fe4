import { LANGUAGES, type Language } from './config.js';

/**
 * Maps a BCP 47 tag to a shipped language: `da-DK` → `da`; Norwegian `no`/`nb` → `nb`, `nn` → `nn`.
 * Null when the language is not shipped.
 */
export function toSupportedLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no') return 'nb';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** Config first, then the page's `<html lang>`, then the browser's languages in order, then English. */
export function resolveLanguage(setting: Language | 'auto', htmlLang: string | null | undefined, browserLanguages: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of [htmlLang, ...browserLanguages]) {
    const language = toSupportedLanguage(tag);
    if (language) return language;
  }
  return 'en';
}
