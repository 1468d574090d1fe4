import { describe, expect, it } from 'vitest';
import { blockedCategories, checkBlockedElement, declaredCategories } from './declared-categories.js';

const cookie = (name: unknown) => ({ name, provider: 'p', purpose: 'x', expiry: '1y' });

describe('declaredCategories()', () => {
  it('lists the refusable categories that name at least one cookie', () => {
    const categories = {
      technical: { cookies: [cookie('session')] },
      statistical: { cookies: [cookie('_ga_*')] },
      marketing: { cookies: [] },
      personalised: { description: { en: 'Sorts content' } },
    };
    expect([...declaredCategories(categories)]).toEqual(['statistical']);
  });

  it.each([
    ['no categories', undefined],
    ['categories that are not an object', ['statistical']],
    ['cookies that are not a list', { statistical: { cookies: { name: '_ga' } } }],
    ['entries without a name, or with a blank one', { statistical: { cookies: [cookie(undefined), cookie('  '), cookie(3), 'x'] } }],
    ['a category that is not an object', { statistical: true }],
  ])('declares nothing with %s', (_label, categories) => {
    expect(declaredCategories(categories).size).toBe(0);
  });
});

describe('blockedCategories()', () => {
  it.each([
    ['marketing', null, ['marketing']],
    ['statistical marketing', null, ['statistical', 'marketing']],
    ['technical statistical', null, ['statistical']],
    ['technical', null, []],
    ['statistical wrong', null, []],
    [null, 'statistics', ['statistical']],
    [null, 'preferences, marketing', ['personalised', 'marketing']],
    [null, 'necessary', []],
    [null, 'ignore', []],
    // The gate reads data-samtykke first, as here.
    ['personalised', 'marketing', ['personalised']],
    [null, null, []],
  ])('data-samtykke=%j data-cookieconsent=%j → %j', (samtykke, cookiebot, expected) => {
    expect(blockedCategories(samtykke, cookiebot)).toEqual(expected);
  });
});

describe('checkBlockedElement()', () => {
  it('finds one undeclared-category problem per refusable category with nothing declared', () => {
    const findings = checkBlockedElement('statistical marketing', null, new Set(['statistical']));
    expect(findings).toEqual([{ code: 'undeclared-category', category: 'marketing', message: expect.stringContaining('categories.marketing.cookies declares no cookie') }]);
    expect(findings[0]!.message).toContain('Declare the cookies these elements set (name, provider, purpose, expiry) under categories.marketing.cookies.');
  });

  it('finds nothing when every category the element waits for is declared, or it waits for technical only', () => {
    expect(checkBlockedElement(null, 'statistics', new Set(['statistical']))).toEqual([]);
    expect(checkBlockedElement('technical', null, new Set())).toEqual([]);
  });
});
