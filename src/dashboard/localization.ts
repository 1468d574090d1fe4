import i18next from 'i18next';
import type en from '../../locales/dashboard/en.json';
import type { DashboardLanguage } from './dashboard-language.js';
import { Formatter } from './format.js';

/** The shape of every dashboard locale file: English is the reference key set. */
export type DashboardTable = typeof en;

/** Plural keys (`range.last_one`, `range.last_other`) are asked for without the suffix, with a count. */
type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${'one' | 'other'}` ? Base : Key;

type KeysOf<Table, Prefix extends string = ''> = {
  [Key in keyof Table & string]: Table[Key] extends string ? WithoutPluralSuffix<`${Prefix}${Key}`> : KeysOf<Table[Key], `${Prefix}${Key}.`>;
}[keyof Table & string];

export type DashboardTextKey = KeysOf<DashboardTable>;

/**
 * One dynamic import per language, written out so rollup makes each its own chunk
 * (`locales/da.js`): the dashboard downloads only the language it shows. They live apart from the
 * banner's locales so the banner's download stays small.
 */
export const dashboardLocaleLoaders: Record<DashboardLanguage, () => Promise<{ default: DashboardTable }>> = {
  en: () => import('../../locales/dashboard/en.json'),
  da: () => import('../../locales/dashboard/da.json'),
  nb: () => import('../../locales/dashboard/nb.json'),
  sv: () => import('../../locales/dashboard/sv.json'),
};

export interface DashboardLocalization {
  readonly language: DashboardLanguage;
  /** Not HTML-escaped: Lit escapes every text binding. */
  t(key: DashboardTextKey, values?: Record<string, string | number>): string;
  readonly format: Formatter;
}

/**
 * Loads one language into a private i18next instance. Never the page's global i18next: an admin page
 * that embeds the dashboard may run its own, with its own language and resources.
 */
export async function createDashboardLocalization(language: DashboardLanguage, loaders = dashboardLocaleLoaders): Promise<DashboardLocalization> {
  let table: DashboardTable;
  let shown = language;
  try {
    table = (await loaders[language]()).default;
  } catch (error) {
    if (language === 'en') throw error;
    console.error(`samtykke dashboard: the "${language}" texts could not be loaded; showing English.`, error);
    shown = 'en';
    table = (await loaders.en()).default;
  }
  const instance = i18next.createInstance();
  await instance.init({
    lng: shown,
    fallbackLng: false,
    resources: { [shown]: { translation: table } },
    initAsync: false,
    // Lit escapes every binding; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
  });
  return {
    language: shown,
    t: (key, values) => String(instance.t(key, values)),
    format: new Formatter(shown),
  };
}
