import i18next from 'i18next';
import { CATEGORIES } from '../core/categories.js';
import type { Language, SamtykkeConfig, Variant } from '../core/config.js';
import { localeLoaders, type LocaleTable } from './locale-loaders.js';

/** Every dotted key of a nested string table: `"banner.title"`, `"categories.marketing.name"`, … */
type KeysOf<Table, Prefix extends string = ''> = {
  [Key in keyof Table & string]: Table[Key] extends string ? `${Prefix}${Key}` : KeysOf<Table[Key], `${Prefix}${Key}.`>;
}[keyof Table & string];

export type TextKey = KeysOf<LocaleTable>;

/** The strings of one language, after the site's overrides. */
export interface Localization {
  /** The language actually rendered (English when the requested one could not be loaded). */
  readonly language: Language;
  /**
   * The text for `key`, with `{{controller}}` and `{{policyUrl}}` filled in from the config and any
   * other `{{name}}` from `values`. Not HTML-escaped: Lit escapes every text binding.
   */
  t(key: TextKey, values?: Record<string, string>): string;
  /** Every string of the table, flat (`{ "banner.title": "…" }`), after overrides, before interpolation. */
  texts(): Record<string, string>;
  /** Calls `listener` when the language or the strings change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface LocalizationOptions {
  language: Language;
  config: Pick<SamtykkeConfig, 'controller' | 'policyUrl' | 'texts' | 'categories'>;
  variant: Variant | null;
}

function flatten(table: object, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') into[prefix + key] = value;
    else if (typeof value === 'object' && value !== null) flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/**
 * The site's text overrides for one language, later sources winning: category descriptions from
 * `config.categories`, then `config.texts`, then the variant's `texts`. Keys the locale does not have
 * are dropped with a warning, so a typo is visible and nothing but known strings reaches the table.
 */
export function collectOverrides(options: LocalizationOptions, knownKeys: ReadonlySet<string>): Record<string, string> {
  const { language, config, variant } = options;
  const overrides: Record<string, string> = {};
  for (const category of CATEGORIES) {
    const description = config.categories[category]?.description?.[language];
    if (description !== undefined) overrides[`categories.${category}.description`] = description;
  }
  for (const source of [config.texts[language], variant?.texts?.[language]]) {
    for (const [key, text] of Object.entries(source ?? {})) {
      if (knownKeys.has(key)) overrides[key] = text;
      else console.warn(`samtykke: text override "${key}" (${language}) is not a known text key and is ignored`);
    }
  }
  return overrides;
}

async function loadTable(language: Language): Promise<{ language: Language; table: LocaleTable }> {
  try {
    return { language, table: (await localeLoaders[language]()).default };
  } catch (error) {
    if (language === 'en') throw error;
    console.error(`samtykke: the "${language}" texts could not be loaded; showing English.`, error);
    return { language: 'en', table: (await localeLoaders.en()).default };
  }
}

/**
 * Loads one language and sets up a private i18next instance for it. Never the page's global i18next:
 * the site may run its own, with its own language and resources, and must not notice ours.
 */
export async function createLocalization(options: LocalizationOptions): Promise<Localization> {
  const { language, table } = await loadTable(options.language);
  // A copy: the imported module object is shared, and overrides must not leak into a second mount.
  const strings = JSON.parse(JSON.stringify(table)) as LocaleTable;
  const overrides = collectOverrides({ ...options, language }, new Set(Object.keys(flatten(strings))));

  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: strings } },
    initAsync: false,
    // Lit escapes every binding; escaping here too would show "&amp;" to the visitor.
    interpolation: { escapeValue: false, defaultVariables: { controller: options.config.controller, policyUrl: options.config.policyUrl } },
  });
  // Flat dotted keys ("banner.title") are split on "." by i18next, landing on the nested entry.
  instance.addResources(language, 'translation', overrides);

  return {
    language,
    t: (key, values) => String(instance.t(key, values)),
    texts: () => flatten(instance.getResourceBundle(language, 'translation') as object),
    subscribe(listener) {
      instance.on('languageChanged', listener);
      instance.store.on('added', listener);
      return () => {
        instance.off('languageChanged', listener);
        instance.store.off('added', listener);
      };
    },
  };
}
