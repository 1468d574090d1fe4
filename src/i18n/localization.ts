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
  /**
   * The language's table when the caller already has it (the loader fetched it alongside the UI).
   * Importing it again would resolve only in a later task: the browser could paint the page in
   * between, and the banner would miss that frame.
   */
  table?: LocaleTable | undefined;
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
 * `{{name}}` placeholders, i18next's default syntax, so the locale files stay in the format every
 * translation tool reads. Unknown names are left as written: a typo in an override stays visible.
 */
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole));
}

/**
 * Loads one language into a table of its own. The banner needs key look-up and `{{name}}`
 * interpolation and nothing else (no plurals, nesting or formatting in any locale), so this is a
 * flat map rather than an i18next instance: i18next was half the first visit's bytes and a third of
 * the time from the UI's arrival to the banner on screen (bench/RESULTS.md). Nothing global is
 * touched, so a page's own i18next never notices us.
 */
export async function createLocalization(options: LocalizationOptions): Promise<Localization> {
  const { language, table } = options.table ? { language: options.language, table: options.table } : await loadTable(options.language);
  // A flat copy: the imported module object is shared, and overrides must not leak into a second mount.
  const strings = flatten(table);
  Object.assign(strings, collectOverrides({ ...options, language }, new Set(Object.keys(strings))));
  const defaults = { controller: options.config.controller, policyUrl: options.config.policyUrl };

  return {
    language,
    // A missing key shows itself, as i18next does, rather than rendering nothing.
    t: (key, values) => (Object.prototype.hasOwnProperty.call(strings, key) ? interpolate(strings[key]!, values ? { ...defaults, ...values } : defaults) : key),
    texts: () => ({ ...strings }),
    // The strings of a mount never change after it is created; the hook is kept for elements that
    // follow a localization (LocalizeController) so a future language switch needs no new contract.
    subscribe: () => () => undefined,
  };
}
