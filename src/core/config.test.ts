import { describe, expect, it } from 'vitest';
import { configFromDataset, defaultGateConfig, formatConfigError, isSafeUrl, mergeConfigSources, validateGateConfig, type GateConfig } from './config.js';

describe('defaultGateConfig()', () => {
  it('returns a fresh object each call, so one caller cannot change another\'s defaults', () => {
    const first = defaultGateConfig();
    first.cookie.name = 'changed';
    first.revision = 9;
    expect(defaultGateConfig()).toEqual({
      revision: 0,
      maxAgeDays: 182,
      language: 'auto',
      cookie: { name: 'samtykke', sameSite: 'Lax', secure: 'auto' },
      consentMode: 'basic',
      gpc: 'marketing',
      floatingButton: 'left',
      reloadOnWithdraw: true,
    });
  });
});

describe('validateGateConfig()', () => {
  it('returns the defaults without errors for an empty object', () => {
    expect(validateGateConfig({})).toEqual({ config: defaultGateConfig(), rest: {}, errors: [] });
  });

  it.each([
    ['revision', 0, 0],
    ['revision', 7, 7],
    ['maxAgeDays', 1, 1],
    ['maxAgeDays', 395, 395],
    ['language', 'auto', 'auto'],
    ['language', 'da', 'da'],
    ['language', 'nn', 'nn'],
    ['language', 'no', 'nb'],
    ['language', 'NO', 'nb'],
    ['language', 'SV', 'sv'],
    ['consentMode', 'basic', 'basic'],
    ['consentMode', 'advanced', 'advanced'],
    ['consentMode', 'off', 'off'],
    ['gpc', 'marketing', 'marketing'],
    ['gpc', 'all', 'all'],
    ['gpc', 'ignore', 'ignore'],
    ['floatingButton', 'left', 'left'],
    ['floatingButton', 'right', 'right'],
    ['floatingButton', false, false],
    ['reloadOnWithdraw', true, true],
    ['reloadOnWithdraw', false, false],
  ] as const)('accepts %s: %j (→ %j)', (key, value, expected) => {
    const { config, errors } = validateGateConfig({ [key]: value });
    expect(errors).toEqual([]);
    expect(config[key as keyof GateConfig]).toEqual(expected);
  });

  it.each([
    ['revision', -1, 'must be an integer ≥ 0'],
    ['revision', 1.5, 'must be an integer ≥ 0'],
    ['revision', '3', 'must be an integer ≥ 0'],
    ['revision', Number.NaN, 'must be an integer ≥ 0'],
    ['revision', null, 'must be an integer ≥ 0'],
    ['maxAgeDays', 0, 'must be an integer from 1 to 395'],
    ['maxAgeDays', 396, 'must be an integer from 1 to 395'],
    ['maxAgeDays', 1.5, 'must be an integer from 1 to 395'],
    ['maxAgeDays', Number.POSITIVE_INFINITY, 'must be an integer from 1 to 395'],
    ['maxAgeDays', '182', 'must be an integer from 1 to 395'],
    ['language', 'fr', 'must be one of'],
    ['language', 'da-DK', 'must be one of'],
    ['language', 1, 'must be one of'],
    ['consentMode', 'full', 'must be one of "basic", "advanced", "off"'],
    ['consentMode', true, 'must be one of "basic", "advanced", "off"'],
    ['gpc', true, 'must be one of "marketing", "all", "ignore"'],
    ['gpc', 'none', 'must be one of "marketing", "all", "ignore"'],
    ['floatingButton', 'center', 'must be one of "left", "right", false'],
    ['floatingButton', true, 'must be one of "left", "right", false'],
    ['reloadOnWithdraw', 'false', 'must be one of true, false'],
    ['reloadOnWithdraw', 0, 'must be one of true, false'],
    ['cookie', 'samtykke', 'must be an object'],
    ['cookie', ['samtykke'], 'must be an object'],
    ['cookie', null, 'must be an object'],
  ])('refuses %s: %j, naming the field, and keeps the default', (key, value, reason) => {
    const { config, errors } = validateGateConfig({ [key]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(key);
    expect(errors[0]!.reason).toContain(reason);
    expect(config[key as keyof GateConfig]).toEqual(defaultGateConfig()[key as keyof GateConfig]);
  });

  it.each([
    ['name', 'consent_v2', 'consent_v2'],
    ['name', 'a'.repeat(64), 'a'.repeat(64)],
    ['domain', 'example.com', 'example.com'],
    ['domain', '.example.com', 'example.com'],
    ['domain', 'shop.example.co.uk', 'shop.example.co.uk'],
    ['sameSite', 'Lax', 'Lax'],
    ['sameSite', 'Strict', 'Strict'],
    ['sameSite', 'None', 'None'],
    ['secure', true, true],
    ['secure', false, false],
    ['secure', 'auto', 'auto'],
  ] as const)('accepts cookie.%s: %j (→ %j)', (key, value, expected) => {
    const { config, errors } = validateGateConfig({ cookie: { [key]: value } });
    expect(errors).toEqual([]);
    expect(config.cookie[key]).toEqual(expected);
  });

  it.each([
    ['name', '', '1–64 letters'],
    ['name', 'a'.repeat(65), '1–64 letters'],
    ['name', 'sam tykke', '1–64 letters'],
    ['name', 'sam;tykke', '1–64 letters'],
    ['name', 3, '1–64 letters'],
    ['domain', 'https://example.com', 'must be a host name'],
    ['domain', 'example.com/path', 'must be a host name'],
    ['domain', 'exa mple.com', 'must be a host name'],
    ['domain', 'example.com;secure', 'must be a host name'],
    ['domain', '', 'must be a host name'],
    ['sameSite', 'lax', 'must be one of "Lax", "Strict", "None"'],
    ['secure', 'true', 'must be one of true, false, "auto"'],
  ])('refuses cookie.%s: %j, naming the dotted field, and keeps the default', (key, value, reason) => {
    const { config, errors } = validateGateConfig({ cookie: { [key]: value } });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(`cookie.${key}`);
    expect(errors[0]!.reason).toContain(reason);
    expect(config.cookie).toEqual(defaultGateConfig().cookie);
  });

  it('keeps the valid cookie keys next to a refused one', () => {
    const { config } = validateGateConfig({ cookie: { name: 'x y', domain: 'example.com', sameSite: 'Strict' } });
    expect(config.cookie).toEqual({ name: 'samtykke', domain: 'example.com', sameSite: 'Strict', secure: 'auto' });
  });

  it('reports unknown keys under cookie', () => {
    expect(validateGateConfig({ cookie: { path: '/' } }).errors).toEqual([{ field: 'cookie.path', reason: 'is not a known key' }]);
  });

  it('passes the keys it does not read on as rest, unvalidated and unreported', () => {
    const rest = { controller: 'Coworking Plus ApS', policyUrl: 'javascript:alert(1)', whatever: 1 };
    const result = validateGateConfig({ revision: 2, ...rest });
    expect(result.rest).toEqual(rest);
    expect(result.errors).toEqual([]);
  });

  it.each([
    ['__proto__', JSON.parse('{"__proto__":{"layout":"bar"}}')],
    ['constructor', { constructor: { prototype: { polluted: true } } }],
    ['prototype', { prototype: { polluted: true } }],
  ])('reports a %s key instead of passing it on', (key, raw) => {
    const result = validateGateConfig(raw);
    expect(result.errors).toEqual([{ field: key, reason: 'is not a known key' }]);
    expect(Object.getPrototypeOf(result.rest)).toBe(Object.prototype);
    expect(Object.keys(result.rest)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores keys whose value is undefined', () => {
    expect(validateGateConfig({ revision: undefined, cookie: { name: undefined } })).toEqual({ config: defaultGateConfig(), rest: {}, errors: [] });
  });

  it.each([
    ['null', null],
    ['a string', 'revision=3'],
    ['a number', 3],
    ['an array', [{ revision: 3 }]],
    ['undefined', undefined],
  ])('reports %s as a config that must be an object, and keeps every default', (_label, raw) => {
    const result = validateGateConfig(raw);
    expect(result.errors).toEqual([{ field: '(config)', reason: 'must be an object' }]);
    expect(result.config).toEqual(defaultGateConfig());
  });

  it('reports every refused field, not only the first', () => {
    const { errors } = validateGateConfig({ revision: -1, maxAgeDays: 0, cookie: { name: '' } });
    expect(errors.map((error) => error.field)).toEqual(['revision', 'maxAgeDays', 'cookie.name']);
  });
});

describe('mergeConfigSources()', () => {
  it('lets later sources win', () => {
    expect(mergeConfigSources([{ revision: 1, layout: 'bar' }, { revision: 2 }, { revision: 3, gpc: 'all' }])).toEqual({ revision: 3, layout: 'bar', gpc: 'all' });
  });

  it('merges cookie one level deep', () => {
    expect(mergeConfigSources([{ cookie: { name: 'a', sameSite: 'Strict' } }, { cookie: { domain: 'example.com' } }, { cookie: { name: 'b' } }])).toEqual({
      cookie: { name: 'b', sameSite: 'Strict', domain: 'example.com' },
    });
  });

  it('replaces other nested objects whole', () => {
    expect(mergeConfigSources([{ categories: { marketing: { clear: ['a'] } } }, { categories: { statistical: {} } }])).toEqual({ categories: { statistical: {} } });
  });

  it('replaces a cookie object by a later non-object (validation reports it)', () => {
    expect(mergeConfigSources([{ cookie: { name: 'a' } }, { cookie: 'b' }])).toEqual({ cookie: 'b' });
  });

  it('does not change its sources', () => {
    const first = { cookie: { name: 'a' } };
    mergeConfigSources([first, { cookie: { name: 'b' } }]);
    expect(first).toEqual({ cookie: { name: 'a' } });
  });

  it.each([
    ['__proto__', '{"__proto__":{"polluted":true},"revision":1}'],
    ['constructor', '{"constructor":{"prototype":{"polluted":true}},"revision":1}'],
    ['prototype', '{"prototype":{"polluted":true},"revision":1}'],
  ])('skips %s keys', (key, json) => {
    const merged = mergeConfigSources([JSON.parse(json)]);
    expect(Object.keys(merged)).toEqual(['revision']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(merged, key)).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'revision'],
    ['a number', 4],
    ['an array', [['revision', 4]]],
    ['a function', () => ({ revision: 4 })],
  ])('skips a source that is %s', (_label, source) => {
    expect(mergeConfigSources([{ revision: 1 }, source, { layout: 'bar' }])).toEqual({ revision: 1, layout: 'bar' });
  });
});

describe('configFromDataset()', () => {
  it.each([
    ['revision "3" → 3', { revision: '3' }, { revision: 3 }],
    ['maxAgeDays "30" → 30', { maxAgeDays: '30' }, { maxAgeDays: 30 }],
    ['revision "-1" stays a string (validation refuses it)', { revision: '-1' }, { revision: '-1' }],
    ['maxAgeDays "1.5" stays a string', { maxAgeDays: '1.5' }, { maxAgeDays: '1.5' }],
    ['"true" → true', { reloadOnWithdraw: 'true' }, { reloadOnWithdraw: true }],
    ['"false" → false', { floatingButton: 'false' }, { floatingButton: false }],
    ['data-debug="true" → debug: true', { debug: 'true' }, { debug: true }],
    ['other strings kept', { policyUrl: '/privatliv', controller: 'Coworking Plus ApS' }, { policyUrl: '/privatliv', controller: 'Coworking Plus ApS' }],
    ['a numeric string in another key kept as a string', { controller: '42' }, { controller: '42' }],
    ['cookieDomain → cookie.domain', { cookieDomain: 'example.com' }, { cookie: { domain: 'example.com' } }],
    ['cookieName → cookie.name', { cookieName: 'consent' }, { cookie: { name: 'consent' } }],
    ['cookieName then cookieDomain', { cookieName: 'consent', cookieDomain: 'example.com' }, { cookie: { name: 'consent', domain: 'example.com' } }],
    ['cookieDomain then cookieName', { cookieDomain: 'example.com', cookieName: 'consent' }, { cookie: { domain: 'example.com', name: 'consent' } }],
    ['undefined values skipped', { revision: undefined }, {}],
  ])('%s', (_label, dataset, expected) => {
    expect(configFromDataset(dataset)).toEqual(expected);
  });

  it('skips unsafe keys', () => {
    const dataset = Object.assign(Object.create(null) as Record<string, string>, { constructor: 'x', prototype: 'y', revision: '1' });
    Object.defineProperty(dataset, '__proto__', { value: 'z', enumerable: true });
    expect(configFromDataset(dataset)).toEqual({ revision: 1 });
  });

  it('produces what validateGateConfig accepts for a typical loader tag', () => {
    const raw = configFromDataset({ policyUrl: '/privatliv', controller: 'Coworking Plus ApS', revision: '3', maxAgeDays: '90', cookieDomain: 'example.com', reloadOnWithdraw: 'false' });
    const { config, errors } = validateGateConfig(raw);
    expect(errors).toEqual([]);
    expect(config).toMatchObject({ revision: 3, maxAgeDays: 90, reloadOnWithdraw: false, cookie: { name: 'samtykke', domain: 'example.com' } });
  });

  it('passes debug on in rest, where the loader looks for it', () => {
    expect(validateGateConfig(configFromDataset({ debug: 'true' })).rest).toEqual({ debug: true });
  });
});

describe('isSafeUrl()', () => {
  it.each([
    'https://example.com/privatliv',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/a?b=c#d',
    '/privatliv',
    '/',
    '/a/b?c=d#e',
    '/a\\b',
  ])('accepts %j', (value) => {
    expect(isSafeUrl(value)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/a\r\n',
    'https://',
    'https:// evil.example',
    'https://example.com/a b',
    'ftp://example.com',
    'privatliv',
    './privatliv',
    '',
    ' /privatliv',
  ])('refuses %j', (value) => {
    expect(isSafeUrl(value)).toBe(false);
  });

  it('refuses a path when paths are not allowed', () => {
    expect(isSafeUrl('/privatliv', false)).toBe(false);
    expect(isSafeUrl('https://example.com', false)).toBe(true);
  });
});

describe('formatConfigError()', () => {
  it('names the field and the reason in one console line', () => {
    expect(formatConfigError({ field: 'cookie.domain', reason: 'must be a host name such as "example.com"' })).toBe(
      'samtykke: config "cookie.domain" must be a host name such as "example.com"',
    );
  });
});
