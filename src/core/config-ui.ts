import { CATEGORIES } from './categories.js';
import { compileCookiePattern } from './cookie-patterns.js';
import {
  Invalid,
  LANGUAGES,
  choice,
  defaultConfig,
  listOptions,
  isPlainObject,
  isSafeUrl,
  isUnsafeKey,
  matching,
  readInto,
  validateGateConfig,
  type ConfigError,
  type CookieDeclaration,
  type GateConfig,
  type Language,
  type LocalizedText,
  type Raw,
  type Rule,
  type SamtykkeConfig,
  type TextOverrides,
  type Variant,
} from './config.js';

const url: Rule = (value) => (typeof value === 'string' && isSafeUrl(value.trim()) ? value.trim() : new Invalid('must be an http(s) URL or a path starting with "/"'));

const localizedText: Rule = (value, field, errors) => {
  if (!isPlainObject(value)) return new Invalid('must be an object of language code to text');
  const result: LocalizedText = {};
  for (const key of Object.keys(value)) {
    const text = value[key];
    if (!(LANGUAGES as readonly string[]).includes(key)) errors.push({ field: `${field}.${key}`, reason: `is not a language; use one of ${listOptions(LANGUAGES)}` });
    else if (typeof text !== 'string') errors.push({ field: `${field}.${key}`, reason: 'must be a string' });
    else result[key as keyof LocalizedText] = text;
  }
  return result;
};

/**
 * One language's validated text overrides and the field they came from (`texts.da`,
 * `variants[1].texts.da`): what the control-label lint (src/core/override-lint.ts) checks.
 */
export interface OverrideTable {
  field: string;
  language: Language;
  /** The very object in the validated config, so refusing a key here removes it there. */
  strings: Record<string, string>;
}

/** `texts`, or a variant's `texts`; every language's table is also listed in `tables`. */
const textOverrides = (tables: OverrideTable[]): Rule => (value, field, errors) => {
  if (!isPlainObject(value)) return new Invalid('must be an object of language code to { "key": "text" }');
  const result: TextOverrides = {};
  for (const language of Object.keys(value)) {
    const table = value[language];
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      errors.push({ field: `${field}.${language}`, reason: `is not a language; use one of ${listOptions(LANGUAGES)}` });
    } else if (!isPlainObject(table)) {
      errors.push({ field: `${field}.${language}`, reason: 'must be an object of text key to string' });
    } else {
      const strings: Record<string, string> = {};
      for (const key of Object.keys(table)) {
        if (isUnsafeKey(key)) continue;
        if (typeof table[key] === 'string') strings[key] = table[key] as string;
        else errors.push({ field: `${field}.${language}.${key}`, reason: 'must be a string' });
      }
      result[language as keyof TextOverrides] = strings;
      tables.push({ field: `${field}.${language}`, language: language as Language, strings });
    }
  }
  return result;
};

const textOrLocalized: Rule = (value, field, errors) => (typeof value === 'string' ? value : localizedText(value, field, errors));

const COOKIE_DECLARATION_RULES: Record<string, Rule> = {
  name: matching(/\S/, 'a non-empty string'),
  provider: matching(/\S/, 'a non-empty string'),
  purpose: textOrLocalized,
  expiry: textOrLocalized,
};

const cookieDeclarations: Rule = (value, field, errors) => {
  if (!Array.isArray(value)) return new Invalid('must be a list of { name, provider, purpose, expiry }');
  const result: CookieDeclaration[] = [];
  value.forEach((item: unknown, index) => {
    const declaration: Raw = { provider: '', purpose: '', expiry: '' };
    readInto(declaration, item, COOKIE_DECLARATION_RULES, `${field}[${index}].`, errors);
    if (typeof declaration.name === 'string') result.push(declaration as unknown as CookieDeclaration);
    // Fix (unit tests): a declaration without a name used to be dropped without a word.
    else if (!errors.some((error) => error.field === `${field}[${index}]` || error.field === `${field}[${index}].name`)) {
      errors.push({ field: `${field}[${index}].name`, reason: 'is required' });
    }
  });
  return result;
};

// Consent cannot be assumed (GDPR recital 32, EDPB taskforce point E), so keys that would switch a
// category on by default get their own explanation, on the whole config and on each category.
const notAllowed: Rule = () => new Invalid('is not allowed: no category is on before the visitor opts in');
const NOT_ALLOWED_RULES: Record<string, Rule> = { legalBasis: notAllowed, default: notAllowed, enabled: notAllowed, preselected: notAllowed };

const CATEGORY_RULES: Record<string, Rule> = {
  ...NOT_ALLOWED_RULES,
  description: localizedText,
  cookies: cookieDeclarations,
  // Fix (unit tests): also refuse patterns compileCookiePattern cannot use ("*", "/[/"), which were skipped silently.
  clear: (value) =>
    Array.isArray(value) && value.every((pattern) => typeof pattern === 'string' && compileCookiePattern(pattern) !== null)
      ? value
      : new Invalid('must be a list of cookie names or patterns such as "_ga*" or "/^_ga_/"'),
};

const category: Rule = (value, field, errors) => {
  const result: Raw = {};
  readInto(result, value, CATEGORY_RULES, `${field}.`, errors);
  return result;
};

const VARIANT_RULES: Record<string, Rule> = {
  id: matching(/^[\w.-]{1,40}$/, '1–40 letters, digits, ".", "_" or "-"'),
  weight: (value) => (typeof value === 'number' && value >= 0 && value < Infinity ? value : new Invalid('must be a number ≥ 0')),
  layout: choice(['box', 'bar', 'toggles']),
};

/** The variants kept; the text tables of those (not of refused variants) are listed in `tables`. */
const variants = (tables: OverrideTable[]): Rule => (value, field, errors) => {
  if (!Array.isArray(value)) return new Invalid('must be a list of { id, weight?, layout?, texts? }');
  const result: Variant[] = [];
  value.forEach((item: unknown, index) => {
    const variant: Raw = { weight: 1 };
    const before = errors.length;
    const ownTables: OverrideTable[] = [];
    readInto(variant, item, { ...VARIANT_RULES, texts: textOverrides(ownTables) }, `${field}[${index}].`, errors);
    if (typeof variant.id !== 'string') {
      if (errors.length === before) errors.push({ field: `${field}[${index}].id`, reason: 'is required' });
    } else if (result.some((other) => other.id === variant.id)) {
      errors.push({ field: `${field}[${index}].id`, reason: `repeats "${variant.id}"` });
    } else {
      result.push(variant as unknown as Variant);
      tables.push(...ownTables);
    }
  });
  return result;
};

const UI_RULES: Record<Exclude<keyof SamtykkeConfig, keyof GateConfig | 'variants' | 'texts'>, Rule> & Record<string, Rule> = {
  ...NOT_ALLOWED_RULES,
  controller: matching(/\S/, 'a non-empty string'),
  policyUrl: url,
  endpoint: (value, field, errors) => {
    if (value === null || value === '') return null;
    const checked = url(value, field, errors);
    return typeof checked === 'string' ? checked.replace(/\/+$/, '') : checked;
  },
  layout: choice(['box', 'bar', 'toggles']),
  theme: choice(['light', 'dark', 'auto']),
  categories: (value, field, errors) => {
    const result: Raw = {};
    readInto(result, value, Object.fromEntries(CATEGORIES.map((name) => [name, category])), `${field}.`, errors);
    return result;
  },
  // The loader reads `debug` from the raw rest (strictly `true`) to decide whether to fetch dev mode;
  // checked here so that a "yes" or "false" is reported rather than silently ignored.
  debug: choice([true, false]),
};

export interface ConfigResult {
  config: SamtykkeConfig;
  errors: ConfigError[];
  /**
   * Every language table of `texts` and of the variants' `texts`, for the control-label lint, which
   * the caller runs (it is a chunk of its own in the UI tier: only configs that override a control
   * label need it).
   */
  overrides: OverrideTable[];
}

/**
 * The lazy tier's half of validation: what the banner, the preferences, records and cookie clearing
 * read (controller, policy URL, endpoint, texts, the cookie declaration, variants), in depth. Keys
 * neither tier knows are reported here. Every problem names its field and reason; the offending value
 * falls back to its default, so the banner still works with the valid remainder.
 */
export function validateConfig(gate: GateConfig, rest: Raw): ConfigResult {
  const config: SamtykkeConfig = { ...defaultConfig(), ...gate };
  const errors: ConfigError[] = [];
  const overrides: OverrideTable[] = [];
  readInto(config as unknown as Raw, rest, { ...UI_RULES, variants: variants(overrides), texts: textOverrides(overrides) }, '', errors);
  for (const field of ['controller', 'policyUrl'] as const) {
    if (config[field] === '' && !errors.some((error) => error.field === field)) errors.push({ field, reason: 'is required' });
  }
  return { config, errors, overrides };
}

/** Both halves at once, for tests and tools: the errors of the loader's half come first. */
export function validateFullConfig(raw: unknown): ConfigResult {
  const gate = validateGateConfig(raw);
  const full = validateConfig(gate.config, gate.rest);
  return { config: full.config, errors: [...gate.errors, ...full.errors], overrides: full.overrides };
}
