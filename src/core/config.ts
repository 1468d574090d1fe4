import type { Category, RefusableCategory } from './categories.js';

export const LANGUAGES = ['da', 'nb', 'nn', 'sv', 'fi', 'is', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Layout = 'box' | 'bar' | 'toggles';
export type ConsentModeSetting = 'basic' | 'advanced' | 'off';
export type GpcSetting = 'marketing' | 'all' | 'ignore';
export type Theme = 'light' | 'dark' | 'auto';

/** Per-language strings: `{ da: "…", en: "…" }`. */
export type LocalizedText = Partial<Record<Language, string>>;
/** Per-language overrides of locale keys: `{ da: { "banner.title": "…" } }`. */
export type TextOverrides = Partial<Record<Language, Record<string, string>>>;

export interface CookieDeclaration {
  name: string;
  provider: string;
  purpose: string | LocalizedText;
  expiry: string | LocalizedText;
}

export interface CategoryConfig {
  description?: LocalizedText;
  cookies?: CookieDeclaration[];
  /** Extra cookie-name patterns deleted on revoke: `"_ga"`, `"_gat*"`, `"/^_ga_/"`. */
  clear?: string[];
}

export interface Variant {
  id: string;
  /** Relative weight; variants without one weigh 1. */
  weight: number;
  layout?: Layout;
  texts?: TextOverrides;
}

export interface CookieSettings {
  /** @default "samtykke" */
  name: string;
  /** Share the decision across subdomains, e.g. "example.com". Host-only when absent. */
  domain?: string;
  /** @default "Lax" */
  sameSite: 'Lax' | 'Strict' | 'None';
  /** `auto`: Secure on https pages. */
  secure: boolean | 'auto';
}

/** The keys the loader reads on every page view; validated by the loader itself. */
export interface GateConfig {
  revision: number;
  maxAgeDays: number;
  language: Language | 'auto';
  cookie: CookieSettings;
  consentMode: ConsentModeSetting;
  gpc: GpcSetting;
  floatingButton: 'left' | 'right' | false;
  reloadOnWithdraw: boolean;
}

/** The whole config. The keys beyond GateConfig are validated by the lazy tier, their only reader. */
export interface SamtykkeConfig extends GateConfig {
  controller: string;
  policyUrl: string;
  endpoint: string | null;
  layout: Layout;
  theme: Theme;
  categories: Partial<Record<Category, CategoryConfig>>;
  variants: Variant[];
  texts: TextOverrides;
  /** Dev mode (README "Dev mode"): warnings about leaks and undeclared storage. Never in production. */
  debug: boolean;
}

export interface ConfigError {
  field: string;
  reason: string;
}

export interface GateConfigResult {
  config: GateConfig;
  /** The other keys, as given: for validateConfig in the lazy tier. */
  rest: Raw;
  errors: ConfigError[];
}

/** A fresh default object per call, so no caller can change another's defaults. */
export function defaultGateConfig(): GateConfig {
  return {
    revision: 0,
    maxAgeDays: 182,
    language: 'auto',
    cookie: { name: 'samtykke', sameSite: 'Lax', secure: 'auto' },
    consentMode: 'basic',
    gpc: 'marketing',
    floatingButton: 'left',
    reloadOnWithdraw: true,
  };
}

/** The whole config's defaults (the loader itself only needs defaultGateConfig). */
export function defaultConfig(): SamtykkeConfig {
  return { ...defaultGateConfig(), controller: '', policyUrl: '', endpoint: null, layout: 'box', theme: 'light', categories: {}, variants: [], texts: {}, debug: false };
}

export type Raw = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that must never be copied from untrusted input into our objects. */
export function isUnsafeKey(key: string): boolean {
  return /^(?:__proto__|constructor|prototype)$/.test(key);
}

/**
 * Merges config sources, later ones winning, one level deep for the nested `cookie` object.
 * Sources that are not objects are skipped: the loader reports them separately.
 */
export function mergeConfigSources(sources: unknown[]): Raw {
  const merged: Raw = {};
  for (const source of sources) {
    if (!isPlainObject(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      if (isUnsafeKey(key)) continue;
      const previous = merged[key];
      merged[key] = key === 'cookie' && isPlainObject(previous) && isPlainObject(value) ? { ...previous, ...value } : value;
    }
  }
  return merged;
}

/**
 * Reads the loader tag's `data-*` attributes (already as a plain record, e.g. from `dataset`) into
 * config keys. Values are strings there, so numbers and booleans are converted; anything left
 * unconvertible is passed through for validation to reject with its field name.
 */
export function configFromDataset(dataset: Record<string, string | undefined>): Raw {
  const raw: Raw = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (value === undefined || isUnsafeKey(key)) continue;
    if ((key === 'revision' || key === 'maxAgeDays') && /^\d+$/.test(value)) raw[key] = Number(value);
    else if (value === 'true' || value === 'false') raw[key] = value === 'true';
    // Fix (unit tests): keep a cookieName read before it; attribute order used to decide which one survived.
    else if (key === 'cookieDomain' || key === 'cookieName') raw.cookie = { ...(raw.cookie as Raw | undefined), [key === 'cookieName' ? 'name' : 'domain']: value };
    else raw[key] = value;
  }
  return raw;
}

/** http(s) absolute URL or a site path; never `javascript:`, `data:` or any other scheme. */
export function isSafeUrl(value: string, allowPath = true): boolean {
  // Fix (unit tests): browsers read "\" as "/" and drop tabs and newlines anywhere in a URL, so
  // "/\evil.example" and "/\t/evil.example" were protocol-relative links to another site.
  return (allowPath && /^\/(?![/\\])[^\t\n\r]*$/.test(value)) || /^https?:\/\/[^\s/?#]+\S*$/i.test(value);
}

/** What a rule returns for a value it refuses: the reason, phrased to follow the field name. */
export class Invalid {
  constructor(readonly reason: string) {}
}

/** Reads one value: returns what to keep, or Invalid. Nested rules report deeper fields themselves. */
export type Rule = (value: unknown, field: string, errors: ConfigError[]) => unknown;

export function listOptions(options: readonly unknown[]): string {
  return options.map((option) => JSON.stringify(option)).join(', ');
}

export const choice = (options: readonly unknown[]): Rule => (value) => (options.includes(value) ? value : new Invalid(`must be one of ${listOptions(options)}`));

export const integer = (min: number, max = Infinity): Rule => (value) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? value
    : new Invalid(max < Infinity ? `must be an integer from ${min} to ${max}` : `must be an integer ≥ ${min}`);

export const matching = (pattern: RegExp, reason: string): Rule => (value) => (typeof value === 'string' && pattern.test(value) ? value : new Invalid(`must be ${reason}`));

/**
 * Reads the keys of `raw` that have rules into `target`, reporting refused values. Keys without a
 * rule go to `rest` when given (another tier reads them), else they are reported as unknown.
 */
export function readInto(target: Raw, raw: unknown, rules: Record<string, Rule>, prefix: string, errors: ConfigError[], rest?: Raw): void {
  if (!isPlainObject(raw)) {
    // Prefixes end in "." (or are empty: the whole config).
    errors.push({ field: prefix.slice(0, -1) || '(config)', reason: 'must be an object' });
    return;
  }
  for (const [key, given] of Object.entries(raw)) {
    const field = prefix + key;
    const rule = Object.prototype.hasOwnProperty.call(rules, key) && rules[key];
    if (!rule) {
      // Fix (unit tests): `rest.__proto__ = …` changed rest's prototype and the key vanished unreported.
      if (rest && !isUnsafeKey(key)) rest[key] = given;
      else errors.push({ field, reason: 'is not a known key' });
    } else if (given !== undefined) {
      const value = rule(given, field, errors);
      if (value instanceof Invalid) errors.push({ field, reason: value.reason });
      else target[key] = value;
    }
  }
}

const COOKIE_RULES: Record<string, Rule> = {
  name: matching(/^[\w-]{1,64}$/, '1–64 letters, digits, "_" or "-"'),
  domain: (value) => (typeof value === 'string' && /^\.?([a-z0-9-]+\.)*[a-z0-9-]+$/i.test(value) ? value.replace(/^\./, '') : new Invalid('must be a host name such as "example.com"')),
  sameSite: choice(['Lax', 'Strict', 'None']),
  secure: choice([true, false, 'auto']),
};

const GATE_RULES: Record<keyof GateConfig, Rule> = {
  revision: integer(0),
  maxAgeDays: integer(1, 395),
  language: (value) => {
    const code = typeof value === 'string' ? value.toLowerCase() : value;
    return code === 'no' ? 'nb' : choice(['auto', ...LANGUAGES])(code, '', []);
  },
  cookie: (value, field, errors) => {
    const cookie = defaultGateConfig().cookie;
    readInto(cookie as unknown as Raw, value, COOKIE_RULES, `${field}.`, errors);
    return cookie;
  },
  consentMode: choice(['basic', 'advanced', 'off']),
  gpc: choice(['marketing', 'all', 'ignore']),
  floatingButton: choice(['left', 'right', false]),
  reloadOnWithdraw: choice([true, false]),
};

/**
 * Validates the keys the loader needs on every page view. The other keys are passed on as `rest`,
 * for `validateConfig` in the lazy tier, so the loader carries no rules it does not use. Every problem
 * is reported with its field and reason, and the value falls back to its default: validation never
 * grants anything.
 */
export function validateGateConfig(raw: unknown): GateConfigResult {
  const config = defaultGateConfig();
  const rest: Raw = {};
  const errors: ConfigError[] = [];
  readInto(config as unknown as Raw, raw, GATE_RULES, '', errors, rest);
  return { config, rest, errors };
}

export function formatConfigError(error: ConfigError): string {
  return `samtykke: config "${error.field}" ${error.reason}`;
}

export type { RefusableCategory };
