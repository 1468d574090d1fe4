import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, REFUSABLE_CATEGORIES, type CategoryChoices } from './categories.js';
import { LANGUAGES, isSafeUrl, type SamtykkeConfig } from './config.js';
import { validateFullConfig, type ConfigResult } from './config-ui.js';
import { toConsentMode } from './consent-mode.js';
import {
  CONSENT_ACTIONS,
  DAY_MS,
  createConsentId,
  createConsentState,
  parseConsentCookie,
  serializeConsentState,
  type ConsentState,
} from './consent-state.js';
import { compileCookiePattern } from './cookie-patterns.js';
import { gpcDeniedCategories } from './gpc.js';
import { acceptAll, applyGpc, type TransitionContext } from './transitions.js';

const RUNS = { numRuns: 10_000 };
const MINUTE_MS = 60 * 1000;
const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const PARSE_OPTIONS = { now: NOW, revision: 3, maxAgeDays: 182 };

// ---- arbitraries -------------------------------------------------------------------------------

const consentId = fc.uint8Array({ minLength: 16, maxLength: 16 }).map(createConsentId);
const action = fc.constantFrom(...CONSENT_ACTIONS);
const flags = fc.record({ statistical: fc.boolean(), marketing: fc.boolean(), personalised: fc.boolean() });
const isoAround = (minOffset: number, maxOffset: number) => fc.integer({ min: NOW + minOffset, max: NOW + maxOffset }).map((time) => new Date(time).toISOString());

/** Any stored decision, current or not, of any revision. */
const anyState: fc.Arbitrary<ConsentState> = fc
  .record({ id: consentId, action, categories: flags, made: fc.integer({ min: NOW - 400 * DAY_MS, max: NOW }), maxAgeDays: fc.integer({ min: 1, max: 395 }), revision: fc.nat(20) })
  .map(({ made, ...input }) => createConsentState({ ...input, now: made }));

/**
 * Objects shaped like the stored body, each field either plausible or any JSON value, signed with
 * the right checksum: the parser's type checks, not the checksum, decide what they read as.
 */
const json = fc.jsonValue({ maxDepth: 1 });
/** Mostly the plausible value, sometimes any JSON value: a fair share of the forgeries is accepted. */
const mostly = <T>(plausible: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: json });
const storedShaped = fc
  .record({
    v: mostly(fc.constant(1)),
    id: mostly(consentId),
    ts: mostly(isoAround(-200 * DAY_MS, 10 * MINUTE_MS)),
    exp: mostly(isoAround(-10 * DAY_MS, 400 * DAY_MS)),
    rev: mostly(fc.nat(10)),
    act: mostly(action),
    cats: mostly(fc.oneof({ weight: 4, arbitrary: flags }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('statistical', 'marketing', 'personalised', 'technical', '__proto__'), json) })),
  })
  .map(sign);

/** The cookie format's checksum (FNV-1a, base 36), as in consent-state.test.ts. */
function sign(fields: Record<string, unknown>): string {
  const text = JSON.stringify(fields);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.slice(0, -1)},"sum":"${(hash >>> 0).toString(36)}"}`;
}

/**
 * Why a parse result is wrong, or null when it is fine: nothing, or a well-formed decision that grants
 * technical and serialises back to exactly the input. Plain checks (one `expect` per run) keep 10 000
 * runs fast.
 */
function parseProblem(result: ConsentState | null, input: string): string | null {
  if (({} as Record<string, unknown>).marketing !== undefined) return 'Object.prototype was polluted';
  if (result === null) return null;
  const keys = Object.keys(result.categories).sort().join();
  if (keys !== [...CATEGORIES].sort().join()) return `categories has the keys ${keys}`;
  if (!Object.values(result.categories).every((flag) => typeof flag === 'boolean')) return 'a category flag is not a boolean';
  if (result.categories.technical !== true) return 'technical is not granted';
  if (!CONSENT_ACTIONS.includes(result.action)) return `unknown action ${String(result.action)}`;
  if (serializeConsentState(result) !== input) return 'the result does not serialise back to the input';
  return null;
}

// ---- parseConsentCookie ------------------------------------------------------------------------

describe('parseConsentCookie()', () => {
  it.each([
    ['fc.string()', fc.string()],
    ['full-Unicode strings', fc.string({ unit: 'binary' })],
    ['fc.json()', fc.json()],
    ['arbitrary objects as JSON', fc.object({ maxDepth: 2 }).map((value) => JSON.stringify(value))],
    ['stored-shaped objects with a valid checksum', storedShaped],
  ])('never throws for %s, pollutes nothing, and returns null or a well-formed decision', (_label, values) => {
    fc.assert(
      fc.property(values, (value) => {
        expect(parseProblem(parseConsentCookie(value, PARSE_OPTIONS), value)).toBeNull();
      }),
      RUNS,
    );
  });

  it('reads back every current decision of an equal or higher revision unchanged', () => {
    const input = fc.record({
      id: consentId,
      action,
      categories: flags,
      now: fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }),
      lifetime: fc.integer({ min: 1, max: 395 }).chain((maxAgeDays) =>
        fc.record({ maxAgeDays: fc.constant(maxAgeDays), elapsed: fc.integer({ min: -5 * MINUTE_MS, max: maxAgeDays * DAY_MS - 1 }) }),
      ),
      configRevision: fc.nat(1000),
      revisionsAhead: fc.nat(1_000_000),
    });
    fc.assert(
      fc.property(input, ({ id, action, categories, now, lifetime: { maxAgeDays, elapsed }, configRevision, revisionsAhead }) => {
        const state = createConsentState({ id, action, categories, now: now - elapsed, maxAgeDays, revision: configRevision + revisionsAhead });
        expect(parseConsentCookie(serializeConsentState(state), { now, revision: configRevision, maxAgeDays })).toEqual(state);
      }),
      RUNS,
    );
  });
});

// ---- validateFullConfig ------------------------------------------------------------------------

const ENUMS = {
  language: ['auto', ...LANGUAGES],
  consentMode: ['basic', 'advanced', 'off'],
  gpc: ['marketing', 'all', 'ignore'],
  floatingButton: ['left', 'right', false],
  reloadOnWithdraw: [true, false],
  layout: ['box', 'bar', 'toggles'],
  theme: ['light', 'dark', 'auto'],
  debug: [true, false],
} as const;

const oneOf = (options: readonly unknown[], value: unknown): boolean => options.includes(value);

/** Why a validation result is malformed, or null when it is fine (plain checks: one `expect` per run). */
function configProblem({ config, errors }: ConfigResult): string | null {
  if (!Array.isArray(errors)) return 'errors is not an array';
  for (const error of errors) {
    if (Object.keys(error).sort().join() !== 'field,reason' || typeof error.field !== 'string' || typeof error.reason !== 'string') return `malformed error ${JSON.stringify(error)}`;
  }
  for (const [key, options] of Object.entries(ENUMS)) if (!oneOf(options, config[key as keyof SamtykkeConfig])) return `${key} is ${String(config[key as keyof SamtykkeConfig])}`;
  if (!Number.isInteger(config.revision) || config.revision < 0) return `revision is ${config.revision}`;
  if (!Number.isInteger(config.maxAgeDays) || config.maxAgeDays < 1 || config.maxAgeDays > 395) return `maxAgeDays is ${config.maxAgeDays}`;
  if (!/^[\w-]{1,64}$/.test(config.cookie.name)) return `cookie.name is ${String(config.cookie.name)}`;
  if (!oneOf(['Lax', 'Strict', 'None'], config.cookie.sameSite)) return `cookie.sameSite is ${String(config.cookie.sameSite)}`;
  if (!oneOf([true, false, 'auto'], config.cookie.secure)) return `cookie.secure is ${String(config.cookie.secure)}`;
  if (config.cookie.domain !== undefined && !/^([a-z0-9-]+\.)*[a-z0-9-]+$/i.test(config.cookie.domain)) return `cookie.domain is ${String(config.cookie.domain)}`;
  if (typeof config.controller !== 'string') return 'controller is not a string';
  if (config.policyUrl !== '' && !isSafeUrl(config.policyUrl)) return `policyUrl is ${String(config.policyUrl)}`;
  if (config.endpoint !== null && config.endpoint !== '' && !isSafeUrl(config.endpoint)) return `endpoint is ${String(config.endpoint)}`;
  for (const [name, category] of Object.entries(config.categories)) {
    if (!oneOf(CATEGORIES, name)) return `categories.${name} was kept`;
    for (const key of Object.keys(category!)) if (!oneOf(['description', 'cookies', 'clear'], key)) return `categories.${name}.${key} was kept`;
  }
  if (new Set(config.variants.map((variant) => variant.id)).size !== config.variants.length) return 'variant ids repeat';
  for (const variant of config.variants) {
    if (typeof variant.id !== 'string' || typeof variant.weight !== 'number' || !(variant.weight >= 0) || !Number.isFinite(variant.weight)) return `variant ${JSON.stringify(variant)}`;
  }
  for (const language of Object.keys(config.texts)) if (!oneOf(LANGUAGES, language)) return `texts.${language} was kept`;
  if (({} as Record<string, unknown>).polluted !== undefined) return 'Object.prototype was polluted';
  return null;
}

/** Config-shaped input: the real keys, each with a plausible or an arbitrary value. */
// Mostly cheap hostile constants, sometimes anything at all: keeps 10 000 runs within a few seconds.
const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(null, undefined, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'x', '__proto__', true, false, [], {}, [''], { id: 'a' }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1, withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true, withSparseArray: true }) },
);
const orAnything = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, anyValue);
const configShaped = fc.record(
  {
    controller: orAnything(fc.string()),
    policyUrl: orAnything(fc.constantFrom('/privatliv', 'https://example.com/p', 'javascript:alert(1)', '//evil.example')),
    endpoint: orAnything(fc.constantFrom(null, '', '/', 'https://consent.example.com/')),
    revision: orAnything(fc.integer({ min: -2, max: 5 })),
    maxAgeDays: orAnything(fc.integer({ min: -1, max: 400 })),
    language: orAnything(fc.constantFrom('auto', 'no', 'NB', 'da', 'fr')),
    cookie: orAnything(fc.record({ name: orAnything(fc.string()), domain: orAnything(fc.domain()), sameSite: orAnything(fc.constantFrom('Lax', 'None', 'lax')), secure: anyValue }, { requiredKeys: [] })),
    consentMode: orAnything(fc.constantFrom('basic', 'advanced', 'off', 'on')),
    gpc: orAnything(fc.constantFrom('marketing', 'all', 'ignore', true)),
    floatingButton: orAnything(fc.constantFrom('left', 'right', false, true)),
    reloadOnWithdraw: anyValue,
    layout: orAnything(fc.constantFrom('box', 'bar', 'toggles', 'modal')),
    theme: orAnything(fc.constantFrom('light', 'dark', 'auto', 'blue')),
    debug: anyValue,
    categories: orAnything(
      fc.dictionary(
        fc.constantFrom(...CATEGORIES, 'ads', '__proto__'),
        orAnything(fc.record({ description: anyValue, cookies: orAnything(fc.array(orAnything(fc.record({ name: anyValue, provider: anyValue }, { requiredKeys: [] })))), clear: orAnything(fc.array(fc.string())), default: anyValue }, { requiredKeys: [] })),
      ),
    ),
    variants: orAnything(fc.array(orAnything(fc.record({ id: orAnything(fc.constantFrom('a', 'b', 'a b')), weight: anyValue, layout: anyValue, texts: anyValue }, { requiredKeys: [] })))),
    texts: orAnything(fc.dictionary(fc.constantFrom(...LANGUAGES, 'fr'), orAnything(fc.dictionary(fc.string(), anyValue)))),
  },
  { requiredKeys: [] },
);

describe('validateFullConfig()', () => {
  it.each([
    ['fc.anything()', fc.anything({ withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true })],
    ['fc.object()', fc.object({ maxDepth: 2 })],
    ['config-shaped objects', configShaped],
  ])('never throws for %s and returns a well-formed config', (_label, values) => {
    fc.assert(
      fc.property(values, (value) => {
        expect(configProblem(validateFullConfig(value))).toBeNull();
      }),
      RUNS,
    );
  });
});

// ---- compileCookiePattern ----------------------------------------------------------------------

describe('compileCookiePattern()', () => {
  it.each([
    ['fc.string()', fc.string()],
    ['strings shaped like /regex/flags', fc.tuple(fc.string(), fc.string({ unit: fc.constantFrom(...'dgimsuyvx'), maxLength: 4 })).map(([source, flags]) => `/${source}/${flags}`)],
  ])('never throws for %s, and its matcher answers a boolean', (_label, patterns) => {
    fc.assert(
      fc.property(patterns, (pattern) => {
        const matches = compileCookiePattern(pattern);
        if (matches) expect(typeof matches('_ga_1')).toBe('boolean');
      }),
      RUNS,
    );
  });
});

// ---- toConsentMode -----------------------------------------------------------------------------

describe('toConsentMode()', () => {
  it('always returns exactly the seven keys, each granted or denied, security_storage granted', () => {
    const choices = fc.record({ technical: fc.boolean(), statistical: fc.boolean(), marketing: fc.boolean(), personalised: fc.boolean() });
    fc.assert(
      fc.property(choices, (categories: CategoryChoices) => {
        const signal = (granted: boolean) => (granted ? 'granted' : 'denied');
        expect(toConsentMode(categories)).toStrictEqual({
          ad_storage: signal(categories.marketing),
          ad_user_data: signal(categories.marketing),
          ad_personalization: signal(categories.marketing),
          analytics_storage: signal(categories.statistical),
          functionality_storage: signal(categories.personalised),
          personalization_storage: signal(categories.personalised),
          security_storage: 'granted',
        });
      }),
      RUNS,
    );
  });
});

// ---- GPC never grants --------------------------------------------------------------------------

describe('acceptAll() and applyGpc() under GPC', () => {
  const gpcInput = fc.record({
    previous: fc.option(anyState, { nil: null }),
    setting: fc.constantFrom('marketing', 'all', 'ignore') as fc.Arbitrary<'marketing' | 'all' | 'ignore'>,
    signal: fc.oneof(fc.constant(true), fc.constantFrom(false, undefined, null, '1', 1, 'true')),
    newId: consentId,
  });
  const contextOf = (setting: 'marketing' | 'all' | 'ignore', signal: unknown, newId: string): TransitionContext => ({
    now: NOW,
    maxAgeDays: 182,
    revision: 3,
    newId,
    gpcDenied: gpcDeniedCategories(setting, signal),
  });

  it('acceptAll() never grants a category GPC denies', () => {
    fc.assert(
      fc.property(gpcInput, ({ previous, setting, signal, newId }) => {
        const context = contextOf(setting, signal, newId);
        const { categories } = acceptAll(previous, context);
        const granted = CATEGORIES.filter((category) => categories[category]);
        expect(granted.filter((category) => context.gpcDenied.includes(category) || category === 'technical')).toEqual(['technical']);
      }),
      RUNS,
    );
  });

  it('applyGpc() never grants anything and leaves no GPC-denied category granted', () => {
    fc.assert(
      fc.property(gpcInput, ({ previous, setting, signal, newId }) => {
        const context = contextOf(setting, signal, newId);
        const result = applyGpc(previous, context);
        const stillGranted = (state: ConsentState | null) => context.gpcDenied.filter((category) => state?.categories[category]);
        if (result === null) {
          expect(stillGranted(previous)).toEqual([]); // null only when there was nothing to deny
          return;
        }
        const newlyGranted = REFUSABLE_CATEGORIES.filter((category) => result.categories[category] && !previous?.categories[category]);
        expect({ action: result.action, id: result.id, stillGranted: stillGranted(result), newlyGranted, technical: result.categories.technical }).toEqual({
          action: 'gpc',
          id: previous?.id,
          stillGranted: [],
          newlyGranted: [],
          technical: true,
        });
      }),
      RUNS,
    );
  });
});
