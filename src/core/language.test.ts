import { describe, expect, it } from 'vitest';
import { resolveLanguage, toSupportedLanguage } from './language.js';

describe('toSupportedLanguage()', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['DA-dk', 'da'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['nn-NO', 'nn'],
    ['sv_SE', 'sv'],
    ['sv-FI', 'sv'],
    ['fi', 'fi'],
    ['is-IS', 'is'],
    ['en-GB', 'en'],
    ['de-AT', 'de'],
    [' da ', 'da'],
    ['fr', null],
    ['fr-CA', null],
    ['nob', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (tag, expected) => {
    expect(toSupportedLanguage(tag)).toBe(expected);
  });
});

describe('resolveLanguage()', () => {
  it.each([
    ['an explicit setting wins over the page and the browser', 'sv', 'da', ['nb'], 'sv'],
    ['auto: <html lang> first', 'auto', 'da-DK', ['nb', 'en'], 'da'],
    ['auto: <html lang="no"> is nb', 'auto', 'no', ['en'], 'nb'],
    ['auto: an unsupported page language falls through to the browser', 'auto', 'fr', ['fr-FR', 'nn-NO', 'en'], 'nn'],
    ['auto: no page language falls through to the browser', 'auto', null, ['sv_SE'], 'sv'],
    ['auto: an empty page language falls through to the browser', 'auto', '', ['en-GB'], 'en'],
    ['auto: the first supported browser language, in order', 'auto', undefined, ['fr', 'de-CH', 'da'], 'de'],
    ['auto: nothing supported → en', 'auto', 'fr', ['fr', 'es', 'pl'], 'en'],
    ['auto: nothing at all → en', 'auto', null, [], 'en'],
  ] as const)('%s', (_label, setting, htmlLang, browserLanguages, expected) => {
    expect(resolveLanguage(setting, htmlLang, browserLanguages)).toBe(expected);
  });
});
