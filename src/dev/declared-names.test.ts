import { describe, expect, it } from 'vitest';
import { compileDeclaredName, createUndeclaredCheck, declaredNames } from './declared-names.js';

describe('compileDeclaredName()', () => {
  it.each([
    ['an exact name', '_fbp', '_fbp', true],
    ['an exact name', '_fbp', '_fbp2', false],
    ['an exact name (case matters)', '_fbp', '_FBP', false],
    ['a trailing wildcard', '_ga_*', '_ga_ABC123', true],
    ['a trailing wildcard', '_ga_*', '_ga_', true],
    ['a trailing wildcard', '_ga_*', '_ga', false],
    ['a wildcard in the middle', '_pk_id.*.abcd', '_pk_id.1.abcd', true],
    ['a wildcard in the middle', '_pk_id.*.abcd', '_pk_id.1.abce', false],
    ['a leading wildcard', '*_session', 'shop_session', true],
    ['a leading wildcard', '*_session', 'shop_sessions', false],
    ['dots are not wildcards', '_pk_id.*', '_pk_idX1', false],
    ['regex characters are literal', 'a+b(c)', 'a+b(c)', true],
    ['regex characters are literal', 'a+b(c)', 'aab', false],
    ['a /regex/', '/^_hj/', '_hjSession_1', true],
    ['a /regex/', '/^_hj/', 'x_hj', false],
    ['a /regex/ with a flag', '/^_GA_/i', '_ga_1', true],
    ['an invalid /regex/, taken literally', '/[/', '/[/', true],
    ['an invalid /regex/, taken literally', '/[/', '[', false],
  ])('%s: %j against %j → %s', (_label, declared, name, expected) => {
    expect(compileDeclaredName(declared)(name)).toBe(expected);
  });
});

describe('declaredNames()', () => {
  const cookie = (name: unknown) => ({ name, provider: 'p', purpose: 'x', expiry: '1y' });

  it('collects the cookie names of every category, not the clear patterns', () => {
    expect(declaredNames({ technical: { cookies: [cookie('session')] }, statistical: { cookies: [cookie('_ga'), cookie('_ga_*')], clear: ['_gid'] }, marketing: {} })).toEqual(['session', '_ga', '_ga_*']);
  });

  it.each([
    ['no categories', undefined],
    ['categories that are no object', 'marketing'],
    ['a category that is no object', { marketing: true }],
    ['cookies that are no list', { marketing: { cookies: { name: '_fbp' } } }],
    ['declarations without a usable name', { marketing: { cookies: ['_fbp', null, cookie(1), cookie(' '), { provider: 'Meta' }] } }],
  ])('reads nothing from %s (validation reports it elsewhere)', (_label, categories) => {
    expect(declaredNames(categories)).toEqual([]);
  });
});

describe('createUndeclaredCheck()', () => {
  const isUndeclared = createUndeclaredCheck(['session', '_ga_*', '/^_hj/'], 'samtykke');

  it.each([
    ['foo', 'cookie', true],
    ['session', 'cookie', false],
    ['_ga_ABC', 'cookie', false],
    ['_hjSessionUser_1', 'localStorage', false],
    ['cart', 'localStorage', true],
    ['cart', 'sessionStorage', true],
  ] as const)('%s in %s → %s', (name, storage, expected) => {
    expect(isUndeclared(name, storage)).toBe(expected);
  });

  it('never counts the consent cookie, under the name configured for it', () => {
    expect(isUndeclared('samtykke', 'cookie')).toBe(false);
    expect(createUndeclaredCheck([], 'consent')('consent', 'cookie')).toBe(false);
    expect(createUndeclaredCheck([], 'consent')('samtykke', 'cookie')).toBe(true);
  });

  it('counts a storage key named like the consent cookie: Samtykke stores nothing there', () => {
    expect(isUndeclared('samtykke', 'localStorage')).toBe(true);
  });
});
