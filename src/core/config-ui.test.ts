import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultGateConfig, type SamtykkeConfig } from './config.js';
import { validateConfig, validateFullConfig } from './config-ui.js';

/** The two required keys, so each case below differs from a valid config in one key only. */
const REQUIRED = { controller: 'Coworking Plus ApS', policyUrl: '/privatliv' } as const;

const validate = (extra: Record<string, unknown>) => validateFullConfig({ ...REQUIRED, ...extra });

const NOT_ALLOWED = 'is not allowed: no category is on before the visitor opts in';

describe('validateConfig()', () => {
  it('keeps the gate half as validated by the loader', () => {
    const gate = { ...defaultGateConfig(), revision: 4, gpc: 'all' as const };
    const { config, errors } = validateConfig(gate, { ...REQUIRED });
    expect(errors).toEqual([]);
    expect(config).toEqual({ ...defaultConfig(), ...gate, ...REQUIRED });
  });

  it('reports keys neither tier knows', () => {
    expect(validateConfig(defaultGateConfig(), { ...REQUIRED, colour: 'red' }).errors).toEqual([{ field: 'colour', reason: 'is not a known key' }]);
  });
});

describe('validateFullConfig()', () => {
  it('returns the defaults plus the required keys without errors', () => {
    expect(validateFullConfig({ ...REQUIRED })).toEqual({ config: { ...defaultConfig(), ...REQUIRED }, errors: [], overrides: [] });
  });

  it('lists every language table of texts and of the kept variants, with its field, as the config\'s own objects', () => {
    const { config, overrides } = validate({
      texts: { da: { 'banner.title': 'Hej' }, en: {} },
      variants: [{ id: 'b', texts: { sv: { 'banner.rejectAll': 'Avvisa' } } }, { id: 'b', texts: { de: { 'banner.title': 'Hallo' } } }],
    });
    expect(overrides.map(({ field, language }) => [field, language])).toEqual([
      ['texts.da', 'da'],
      ['texts.en', 'en'],
      ['variants[0].texts.sv', 'sv'],
    ]);
    expect(overrides[0]!.strings).toBe(config.texts.da);
    expect(overrides[2]!.strings).toBe(config.variants[0]!.texts!.sv);
  });

  it.each([
    ['controller', 'missing'],
    ['policyUrl', 'missing'],
  ])('reports %s when %s as "is required"', (key) => {
    const raw: Record<string, unknown> = { ...REQUIRED };
    delete raw[key];
    expect(validateFullConfig(raw).errors).toEqual([{ field: key, reason: 'is required' }]);
  });

  it('reports controller and policyUrl once each when they are invalid, not also as missing', () => {
    expect(validateFullConfig({ controller: '  ', policyUrl: 'javascript:alert(1)' }).errors).toEqual([
      { field: 'controller', reason: 'must be a non-empty string' },
      { field: 'policyUrl', reason: 'must be an http(s) URL or a path starting with "/"' },
    ]);
  });

  it('lists the errors of the loader\'s half first', () => {
    const { errors } = validateFullConfig({ layout: 'modal', revision: -1, ...REQUIRED });
    expect(errors.map((error) => error.field)).toEqual(['revision', 'layout']);
  });

  it.each([
    ['language', 'no', 'nb'],
    ['language', 'nb', 'nb'],
    ['maxAgeDays', 395, 395],
    ['controller', 'Coworking Plus ApS', 'Coworking Plus ApS'],
    ['policyUrl', 'https://example.com/privatliv', 'https://example.com/privatliv'],
    ['policyUrl', 'http://example.com', 'http://example.com'],
    ['policyUrl', '/privatliv', '/privatliv'],
    ['policyUrl', '  /privatliv\n', '/privatliv'],
    ['endpoint', 'https://consent.example.com', 'https://consent.example.com'],
    ['endpoint', 'https://consent.example.com//', 'https://consent.example.com'],
    ['endpoint', '/samtykke', '/samtykke'],
    ['endpoint', null, null],
    ['endpoint', '', null],
    ['layout', 'box', 'box'],
    ['layout', 'bar', 'bar'],
    ['layout', 'toggles', 'toggles'],
    ['theme', 'light', 'light'],
    ['theme', 'dark', 'dark'],
    ['theme', 'auto', 'auto'],
    ['debug', true, true],
    ['debug', false, false],
    ['texts', { da: { 'banner.title': 'Vi bruger cookies' } }, { da: { 'banner.title': 'Vi bruger cookies' } }],
    ['variants', [], []],
    ['variants', [{ id: 'a' }, { id: 'b.2', weight: 3 }], [{ id: 'a', weight: 1 }, { id: 'b.2', weight: 3 }]],
    ['variants', [{ id: 'off', weight: 0, layout: 'bar', texts: { en: { 'banner.title': 'Cookies' } } }], [{ id: 'off', weight: 0, layout: 'bar', texts: { en: { 'banner.title': 'Cookies' } } }]],
    ['categories', {}, {}],
    ['categories', { technical: { description: { da: 'Nødvendige', en: 'Necessary' } } }, { technical: { description: { da: 'Nødvendige', en: 'Necessary' } } }],
    [
      'categories',
      { marketing: { cookies: [{ name: '_fbp', provider: 'Meta', purpose: { da: 'Annoncer', en: 'Ads' }, expiry: '3 months' }] } },
      { marketing: { cookies: [{ name: '_fbp', provider: 'Meta', purpose: { da: 'Annoncer', en: 'Ads' }, expiry: '3 months' }] } },
    ],
    ['categories', { marketing: { cookies: [{ name: '_fbp' }] } }, { marketing: { cookies: [{ name: '_fbp', provider: '', purpose: '', expiry: '' }] } }],
    ['categories', { statistical: { clear: ['_my_ga', '_abc*', '/^_x_/i'] } }, { statistical: { clear: ['_my_ga', '_abc*', '/^_x_/i'] } }],
  ])('accepts %s: %j', (key, value, expected) => {
    const { config, errors } = validate({ [key]: value });
    expect(errors).toEqual([]);
    expect(config[key as keyof SamtykkeConfig]).toEqual(expected);
  });

  // [key, value, field of the error, a piece of its reason]
  it.each([
    ['controller', '', 'controller', 'must be a non-empty string'],
    ['controller', 42, 'controller', 'must be a non-empty string'],
    ['policyUrl', 'javascript:alert(1)', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', ' javascript:alert(1)', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', 'data:text/html,<script>alert(1)</script>', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', '//evil.example', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', '/\\evil.example', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', 'vbscript:msgbox(1)', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', 'privatliv', 'policyUrl', 'must be an http(s) URL'],
    ['policyUrl', { href: '/privatliv' }, 'policyUrl', 'must be an http(s) URL'],
    ['endpoint', 'javascript:alert(1)', 'endpoint', 'must be an http(s) URL'],
    ['endpoint', 'wss://consent.example.com', 'endpoint', 'must be an http(s) URL'],
    ['endpoint', 8080, 'endpoint', 'must be an http(s) URL'],
    ['layout', 'modal', 'layout', 'must be one of "box", "bar", "toggles"'],
    ['theme', 'blue', 'theme', 'must be one of "light", "dark", "auto"'],
    ['debug', 'true', 'debug', 'must be one of true, false'],
    ['debug', 1, 'debug', 'must be one of true, false'],
    ['texts', 'Hej', 'texts', 'must be an object of language code'],
    ['texts', { fr: { 'banner.title': 'Bonjour' } }, 'texts.fr', 'is not a language'],
    ['texts', { da: 'Hej' }, 'texts.da', 'must be an object of text key to string'],
    ['texts', { da: { 'banner.title': 1 } }, 'texts.da.banner.title', 'must be a string'],
    ['categories', 'marketing', 'categories', 'must be an object'],
    ['categories', { advertising: {} }, 'categories.advertising', 'is not a known key'],
    ['categories', { marketing: true }, 'categories.marketing', 'must be an object'],
    ['categories', { marketing: { legalBasis: 'legitimate_interest' } }, 'categories.marketing.legalBasis', NOT_ALLOWED],
    ['categories', { statistical: { default: true } }, 'categories.statistical.default', NOT_ALLOWED],
    ['categories', { personalised: { enabled: true } }, 'categories.personalised.enabled', NOT_ALLOWED],
    ['categories', { marketing: { preselected: true } }, 'categories.marketing.preselected', NOT_ALLOWED],
    ['categories', { marketing: { vendors: [] } }, 'categories.marketing.vendors', 'is not a known key'],
    ['categories', { marketing: { description: 'Ads' } }, 'categories.marketing.description', 'must be an object of language code to text'],
    ['categories', { marketing: { description: { fr: 'Pubs' } } }, 'categories.marketing.description.fr', 'is not a language'],
    ['categories', { marketing: { description: { da: 1 } } }, 'categories.marketing.description.da', 'must be a string'],
    ['categories', { marketing: { cookies: { name: '_fbp' } } }, 'categories.marketing.cookies', 'must be a list'],
    ['categories', { marketing: { cookies: ['_fbp'] } }, 'categories.marketing.cookies[0]', 'must be an object'],
    ['categories', { marketing: { cookies: [{ provider: 'Meta' }] } }, 'categories.marketing.cookies[0].name', 'is required'],
    ['categories', { marketing: { cookies: [{ name: ' ' }] } }, 'categories.marketing.cookies[0].name', 'must be a non-empty string'],
    ['categories', { marketing: { cookies: [{ name: '_fbp' }, { name: '_fbc', provider: '' }] } }, 'categories.marketing.cookies[1].provider', 'must be a non-empty string'],
    ['categories', { marketing: { cookies: [{ name: '_fbp', purpose: 5 }] } }, 'categories.marketing.cookies[0].purpose', 'must be an object of language code to text'],
    ['categories', { marketing: { cookies: [{ name: '_fbp', expiry: { xx: '1y' } }] } }, 'categories.marketing.cookies[0].expiry.xx', 'is not a language'],
    ['categories', { marketing: { cookies: [{ name: '_fbp', domain: '.facebook.com' }] } }, 'categories.marketing.cookies[0].domain', 'is not a known key'],
    ['categories', { marketing: { clear: '_fbp' } }, 'categories.marketing.clear', 'must be a list of cookie names or patterns'],
    ['categories', { marketing: { clear: ['_fbp', ''] } }, 'categories.marketing.clear', 'must be a list of cookie names or patterns'],
    ['categories', { marketing: { clear: [1] } }, 'categories.marketing.clear', 'must be a list of cookie names or patterns'],
    ['categories', { marketing: { clear: ['*'] } }, 'categories.marketing.clear', 'must be a list of cookie names or patterns'],
    ['categories', { marketing: { clear: ['/[/'] } }, 'categories.marketing.clear', 'must be a list of cookie names or patterns'],
    ['variants', { id: 'a' }, 'variants', 'must be a list'],
    ['variants', ['a'], 'variants[0]', 'must be an object'],
    ['variants', [{ weight: 1 }], 'variants[0].id', 'is required'],
    ['variants', [{ id: 'a' }, { id: 'b c' }], 'variants[1].id', '1–40 letters'],
    ['variants', [{ id: 'a' }, { id: 'x'.repeat(41) }], 'variants[1].id', '1–40 letters'],
    ['variants', [{ id: 'a' }, { id: 'a' }], 'variants[1].id', 'repeats "a"'],
    ['variants', [{ id: 'a', weight: -1 }], 'variants[0].weight', 'must be a number ≥ 0'],
    ['variants', [{ id: 'a', weight: '2' }], 'variants[0].weight', 'must be a number ≥ 0'],
    ['variants', [{ id: 'a', weight: Number.NaN }], 'variants[0].weight', 'must be a number ≥ 0'],
    ['variants', [{ id: 'a', weight: Number.POSITIVE_INFINITY }], 'variants[0].weight', 'must be a number ≥ 0'],
    ['variants', [{ id: 'a', layout: 'modal' }], 'variants[0].layout', 'must be one of "box", "bar", "toggles"'],
    ['variants', [{ id: 'a', texts: { de: { 'banner.title': 2 } } }], 'variants[0].texts.de.banner.title', 'must be a string'],
    ['variants', [{ id: 'a', colour: 'red' }], 'variants[0].colour', 'is not a known key'],
    ['colour', 'red', 'colour', 'is not a known key'],
    ['legalBasis', 'consent', 'legalBasis', NOT_ALLOWED],
  ])('refuses %s: %j with an error on %s', (key, value, field, reason) => {
    const { errors } = validate({ [key]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(field);
    expect(errors[0]!.reason).toContain(reason);
  });

  it.each([
    ['controller', 42],
    ['policyUrl', 'javascript:alert(1)'],
    ['endpoint', 'javascript:alert(1)'],
    ['layout', 'modal'],
    ['theme', 'blue'],
    ['texts', 'Hej'],
    ['categories', 'marketing'],
    ['variants', { id: 'a' }],
  ] as const)('falls back to the default of %s when %j is refused', (key, value) => {
    const raw: Record<string, unknown> = { ...REQUIRED, [key]: value };
    expect(validateFullConfig(raw).config[key]).toEqual(defaultConfig()[key]);
  });

  it('keeps the valid remainder of a category next to a refused key', () => {
    const { config } = validate({ categories: { marketing: { default: true, clear: ['_x'], description: { da: 'Annoncer', fr: 'Pubs' } } } });
    expect(config.categories).toEqual({ marketing: { clear: ['_x'], description: { da: 'Annoncer' } } });
  });

  it('keeps the valid variants next to refused ones', () => {
    const { config, errors } = validate({ variants: [{ id: 'a' }, { id: 'a' }, { weight: 2 }, { id: 'b', weight: -1 }] });
    expect(config.variants).toEqual([{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }]);
    expect(errors.map((error) => error.field)).toEqual(['variants[1].id', 'variants[2].id', 'variants[3].weight']);
  });

  it('drops a cookie declaration without a name and keeps the others', () => {
    const { config } = validate({ categories: { marketing: { cookies: [{ provider: 'Meta' }, { name: '_fbp', provider: 'Meta' }] } } });
    expect(config.categories.marketing?.cookies).toEqual([{ name: '_fbp', provider: 'Meta', purpose: '', expiry: '' }]);
  });

  it('skips unsafe keys inside text overrides without copying them', () => {
    const { config } = validate({ texts: JSON.parse('{"da":{"__proto__":{"polluted":true},"banner.title":"Hej"}}') });
    expect(config.texts).toEqual({ da: { 'banner.title': 'Hej' } });
    expect(Object.getPrototypeOf(config.texts.da)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['top level', '{"controller":"C","policyUrl":"/p","__proto__":{"polluted":true}}', '__proto__'],
    ['categories', '{"controller":"C","policyUrl":"/p","categories":{"__proto__":{"polluted":true}}}', 'categories.__proto__'],
    ['a category', '{"controller":"C","policyUrl":"/p","categories":{"marketing":{"__proto__":{"polluted":true}}}}', 'categories.marketing.__proto__'],
    ['a variant', '{"controller":"C","policyUrl":"/p","variants":[{"id":"a","__proto__":{"polluted":true}}]}', 'variants[0].__proto__'],
    ['descriptions', '{"controller":"C","policyUrl":"/p","categories":{"marketing":{"description":{"__proto__":"x"}}}}', 'categories.marketing.description.__proto__'],
  ])('reports a __proto__ key at %s and pollutes nothing', (_label, json, field) => {
    const { errors } = validateFullConfig(JSON.parse(json));
    expect(errors.map((error) => error.field)).toEqual([field]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
