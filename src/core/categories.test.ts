import { describe, expect, it } from 'vitest';
import { CATEGORIES, REFUSABLE_CATEGORIES, deniedChoices, grantedChoices, isCategory, parseCategoryList } from './categories.js';

describe('CATEGORIES', () => {
  it('lists the four contract categories, technical first and not refusable', () => {
    expect(CATEGORIES).toEqual(['technical', 'statistical', 'marketing', 'personalised']);
    expect(REFUSABLE_CATEGORIES).toEqual(['statistical', 'marketing', 'personalised']);
  });
});

describe('isCategory()', () => {
  it.each([
    ['technical', true],
    ['statistical', true],
    ['marketing', true],
    ['personalised', true],
    ['personalized', false],
    ['Marketing', false],
    ['statistics', false],
    ['', false],
    ['toString', false],
    ['__proto__', false],
    [null, false],
    [1, false],
  ])('%j → %s', (value, expected) => {
    expect(isCategory(value)).toBe(expected);
  });
});

describe('deniedChoices()', () => {
  it('grants technical only, as a fresh object each call', () => {
    const first = deniedChoices();
    first.marketing = true;
    expect(deniedChoices()).toEqual({ technical: true, statistical: false, marketing: false, personalised: false });
  });
});

describe('grantedChoices()', () => {
  it('grants every category, as a fresh object each call', () => {
    const first = grantedChoices();
    first.marketing = false;
    expect(grantedChoices()).toEqual({ technical: true, statistical: true, marketing: true, personalised: true });
  });
});

describe('parseCategoryList()', () => {
  it.each([
    ['marketing', ['marketing']],
    ['statistical marketing', ['statistical', 'marketing']],
    ['  statistical\tmarketing\n', ['statistical', 'marketing']],
    ['marketing,statistical', ['marketing', 'statistical']],
    ['marketing marketing', ['marketing']],
    ['technical', ['technical']],
    ['', null],
    ['   ', null],
    ['marketing ads', null],
    ['Marketing', null],
    ['statistics', null],
    ['__proto__', null],
  ])('reads samtykke markup %j → %j', (value, expected) => {
    expect(parseCategoryList(value)).toEqual(expected);
  });

  it.each([
    ['statistics', ['statistical']],
    ['marketing', ['marketing']],
    ['preferences', ['personalised']],
    ['necessary', ['technical']],
    ['statistics, marketing', ['statistical', 'marketing']],
    ['Statistics', ['statistical']],
    ['statistics statistics', ['statistical']],
    ['statistical', null],
    ['ignore', null],
    ['__proto__', null],
    ['constructor', null],
    ['', null],
  ])('reads Cookiebot markup %j → %j', (value, expected) => {
    expect(parseCategoryList(value, 'cookiebot')).toEqual(expected);
  });
});
