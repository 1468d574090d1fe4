import { describe, expect, it } from 'vitest';
import type { RefusableCategory } from './categories.js';
import { BUILTIN_COOKIE_PATTERNS, compileCookiePattern, compileCookiePatterns, cookiesToClear } from './cookie-patterns.js';

describe('compileCookiePattern()', () => {
  it.each([
    ['an exact name', '_ga', '_ga', true],
    ['an exact name', '_ga', '_ga_ABC', false],
    ['an exact name', '_ga', 'x_ga', false],
    ['an exact name (case matters)', '_ga', '_GA', false],
    ['a prefix', '_gat*', '_gat', true],
    ['a prefix', '_gat*', '_gat_UA-1', true],
    ['a prefix', '_gat*', '_ga', false],
    ['a prefix', '_gat*', 'x_gat', false],
    ['a regex', '/^_ga_/', '_ga_ABC123', true],
    ['a regex', '/^_ga_/', '_ga', false],
    ['a regex', '/^_ga_/', 'x_ga_1', false],
    ['an unanchored regex', '/ga/', 'x_ga_1', true],
    ['a regex with the i flag', '/^_GA_/i', '_ga_abc', true],
    ['a regex without the i flag', '/^_GA_/', '_ga_abc', false],
    ['a regex ending in *', '/^_ga*/', '_g', true],
    ['a name that is only slashes', '//', '//', true],
  ])('matches %s: %j against %j → %s', (_label, pattern, name, expected) => {
    expect(compileCookiePattern(pattern)?.(name)).toBe(expected);
  });

  it.each(['/^_ga_/g', '/^_ga_/y', '/^_ga_/gy'])('drops the stateful flags of %j, so the same name matches every time', (pattern) => {
    const matches = compileCookiePattern(pattern)!;
    expect([matches('_ga_1'), matches('_ga_1'), matches('_ga_1')]).toEqual([true, true, true]);
  });

  it.each([
    ['empty', ''],
    ['"*" alone', '*'],
    ['an invalid regex', '/[/'],
    ['an invalid regex (unbalanced group)', '/(_ga/'],
    ['an unknown flag', '/_ga/x'],
    ['a repeated flag', '/_ga/ii'],
  ])('returns null for %s', (_label, pattern) => {
    expect(compileCookiePattern(pattern)).toBeNull();
  });
});

describe('compileCookiePatterns()', () => {
  it('matches a name any usable pattern matches and skips unusable ones', () => {
    const matches = compileCookiePatterns(['/[/', '*', '_a', '_b*']);
    expect(['_a', '_b1', '_c', '[', ''].map(matches)).toEqual([true, true, false, false, false]);
  });

  it('matches nothing without patterns', () => {
    expect(compileCookiePatterns([])('_ga')).toBe(false);
  });
});

describe('cookiesToClear()', () => {
  // The owner of each first-party cookie name; null: no built-in pattern may touch it.
  const OWNERS: Array<[name: string, owner: RefusableCategory | null]> = [
    ['_ga', 'statistical'],
    ['_ga_ABC123', 'statistical'],
    ['_gid', 'statistical'],
    ['_gat', 'statistical'],
    ['_gat_UA-1', 'statistical'],
    ['_gat_gtag_UA_1_2', 'statistical'],
    ['_hjSessionUser_1', 'statistical'],
    ['_hjSession_1', 'statistical'],
    ['_clck', 'statistical'],
    ['_clsk', 'statistical'],
    ['_pk_id.1.1fff', 'statistical'],
    ['_pk_ses.1.1fff', 'statistical'],
    ['mtm_consent', 'statistical'],
    ['_gcl_au', 'marketing'],
    ['_gcl_aw', 'marketing'],
    ['_fbp', 'marketing'],
    ['_fbc', 'marketing'],
    ['li_fat_id', 'marketing'],
    ['lidc', 'marketing'],
    ['bcookie', 'marketing'],
    ['_uetsid', 'marketing'],
    ['_uetvid', 'marketing'],
    ['_ttp', 'marketing'],
    ['samtykke', null],
    ['session', null],
    ['PHPSESSID', null],
    ['csrftoken', null],
    // "_gac" must not be caught by GA's "/^_ga_/". (Real "_gac_<property>" / "_gac_gb_<container>" cookies
    // are Google Ads campaign cookies that no built-in pattern covers today: see the test report.)
    ['_gac', null],
    ['_g', null],
    ['ga', null],
    ['_gclid', null],
    ['_fbp_x', null],
  ];

  const CASES = (['statistical', 'marketing', 'personalised'] as const).flatMap((category) =>
    OWNERS.map(([name, owner]) => [name, category, owner === category] as const),
  );

  it.each(CASES)('%s is cleared with %s: %s', (name, category, expected) => {
    expect(cookiesToClear([name], BUILTIN_COOKIE_PATTERNS[category])).toEqual(expected ? [name] : []);
  });

  it('keeps the names in their order and leaves the others', () => {
    expect(cookiesToClear(['session', '_gid', 'samtykke', '_ga'], BUILTIN_COOKIE_PATTERNS.statistical)).toEqual(['_gid', '_ga']);
  });

  it('never clears a name listed in keep, whatever the patterns', () => {
    expect(cookiesToClear(['samtykke', '_ga'], ['/.*/'], ['samtykke'])).toEqual(['_ga']);
  });

  it('uses site patterns as well', () => {
    expect(cookiesToClear(['_my_ab', 'other'], ['_my_*'])).toEqual(['_my_ab']);
  });
});

describe('BUILTIN_COOKIE_PATTERNS', () => {
  it.each(Object.entries(BUILTIN_COOKIE_PATTERNS))('has only usable patterns for %s', (_category, patterns) => {
    expect(patterns.filter((pattern) => compileCookiePattern(pattern) === null)).toEqual([]);
  });
});
