import { describe, expect, it } from 'vitest';
import { resolveDashboardLanguage, toDashboardLanguage } from './dashboard-language.js';

describe('toDashboardLanguage()', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['sv_SE', 'sv'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['EN-gb', 'en'],
    ['de', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, expected) => {
    expect(toDashboardLanguage(tag)).toBe(expected);
  });
});

describe('resolveDashboardLanguage()', () => {
  it.each([
    ['own lang first', 'sv', 'da', ['nb'], 'sv'],
    ['then the inherited lang', null, 'da-DK', ['nb'], 'da'],
    ['an unshipped lang falls through to the browser', 'de', 'fi', ['fr-FR', 'nb-NO'], 'nb'],
    ['English when nothing matches', null, null, ['fr', 'de'], 'en'],
    ['English without any source', undefined, undefined, [], 'en'],
  ] as const)('%s', (_name, own, inherited, browser, expected) => {
    expect(resolveDashboardLanguage(own, inherited, browser)).toBe(expected);
  });
});
