/** The languages the dashboard ships texts for (locales/dashboard/*.json). */
export const DASHBOARD_LANGUAGES = ['en', 'da', 'nb', 'sv'] as const;
export type DashboardLanguage = (typeof DASHBOARD_LANGUAGES)[number];

/**
 * Maps a BCP 47 tag to a dashboard language: `da-DK` → `da`, `sv-FI` → `sv`. Norwegian `no`, `nb` and
 * `nn` all get Bokmål, the written standard most Norwegian readers use. Null when not shipped.
 */
export function toDashboardLanguage(tag: string | null | undefined): DashboardLanguage | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no' || primary === 'nn') return 'nb';
  return (DASHBOARD_LANGUAGES as readonly string[]).includes(primary) ? (primary as DashboardLanguage) : null;
}

/**
 * The element's own `lang` attribute, else the nearest `lang` above it (normally `<html lang>`), else
 * the browser's languages in order, else English. A `lang` naming a language we do not ship falls
 * through to the next source.
 */
export function resolveDashboardLanguage(ownLang: string | null | undefined, inheritedLang: string | null | undefined, browserLanguages: readonly string[]): DashboardLanguage {
  for (const tag of [ownLang, inheritedLang, ...browserLanguages]) {
    const language = toDashboardLanguage(tag);
    if (language) return language;
  }
  return 'en';
}
