import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../core/config.js';
import en from '../../locales/en.json';
import da from '../../locales/da.json';
import { createLocalization, interpolate, type LocalizationOptions } from './localization.js';

const options = (overrides: Partial<LocalizationOptions> = {}): LocalizationOptions => ({
  language: 'en',
  config: { ...defaultConfig(), controller: 'Brygge ApS', policyUrl: '/privacy' },
  variant: null,
  ...overrides,
});

describe('interpolate()', () => {
  it.each([
    ['{{controller}} asks', { controller: 'Brygge ApS' }, 'Brygge ApS asks'],
    ['{{ controller }} asks', { controller: 'Brygge ApS' }, 'Brygge ApS asks'],
    ['{{a}} and {{b}}', { a: '1', b: '2' }, '1 and 2'],
    ['{{a}}{{a}}', { a: 'x' }, 'xx'],
    ['no placeholders', { a: 'x' }, 'no placeholders'],
    ['{{missing}} stays', {}, '{{missing}} stays'],
    ['{single} braces stay', { single: 'x' }, '{single} braces stay'],
    ['{{toString}} is not inherited', {}, '{{toString}} is not inherited'],
  ])('%s', (text, values, expected) => {
    expect(interpolate(text, values)).toBe(expected);
  });

  it('inserts values literally: no second pass, no pattern replacement', () => {
    expect(interpolate('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
    expect(interpolate('{{a}}', { a: '$& $1 $$' })).toBe('$& $1 $$');
    expect(interpolate('{{a}}', { a: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws and leaves text without placeholders untouched (10,000 inputs)', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.string()), (text, values) => {
        const result = interpolate(text, values);
        if (!text.includes('{{')) expect(result).toBe(text);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('createLocalization()', () => {
  it('looks up dotted keys and fills in the controller and policy URL', async () => {
    const localization = await createLocalization(options());
    expect(localization.language).toBe('en');
    expect(localization.t('banner.acceptAll')).toBe(en.banner.acceptAll);
    expect(localization.t('banner.intro')).toBe(en.banner.intro.replaceAll('{{controller}}', 'Brygge ApS'));
    expect(localization.t('banner.intro')).not.toContain('{{');
  });

  it('takes extra values next to the defaults', async () => {
    const localization = await createLocalization(options({ config: { ...options().config, texts: { en: { 'banner.title': '{{count}} x {{controller}}' } } } }));
    expect(localization.t('banner.title', { count: '3' })).toBe('3 x Brygge ApS');
  });

  it('answers an unknown key with the key itself, as i18next did', async () => {
    const localization = await createLocalization(options());
    expect(localization.t('banner.nope' as never)).toBe('banner.nope');
    expect(localization.t('__proto__' as never)).toBe('__proto__');
  });

  it('loads the requested language', async () => {
    const localization = await createLocalization(options({ language: 'da' }));
    expect(localization.language).toBe('da');
    expect(localization.t('banner.rejectAll')).toBe(da.banner.rejectAll);
  });

  it('applies overrides in order: category descriptions, site texts, variant texts', async () => {
    const localization = await createLocalization(
      options({
        config: {
          ...options().config,
          categories: { marketing: { description: { en: 'From categories' } } },
          texts: { en: { 'banner.title': 'Site title', 'categories.marketing.description': 'From texts' } },
        },
        variant: { id: 'b', weight: 1, texts: { en: { 'banner.title': 'Variant title' } } },
      }),
    );
    expect(localization.t('banner.title')).toBe('Variant title');
    expect(localization.t('categories.marketing.description')).toBe('From texts');
  });

  it('drops unknown override keys with a warning and never touches prototypes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const localization = await createLocalization(options({ config: { ...options().config, texts: { en: { 'banner.titel': 'Typo', __proto__: 'x', 'constructor.prototype.polluted': 'y' } } } }));
    expect(warn.mock.calls.flat().join('\n')).toContain('banner.titel');
    expect(localization.texts()).not.toHaveProperty('banner.titel');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    warn.mockRestore();
  });

  it('gives every mount its own table', async () => {
    const first = await createLocalization(options({ config: { ...options().config, texts: { en: { 'banner.title': 'Changed' } } } }));
    const second = await createLocalization(options());
    expect(first.t('banner.title')).toBe('Changed');
    expect(second.t('banner.title')).toBe(en.banner.title);
    first.texts()['banner.title'] = 'mutated copy';
    expect(first.t('banner.title')).toBe('Changed');
  });

  it('lists every key of the locale, flat, before interpolation', async () => {
    const texts = (await createLocalization(options())).texts();
    expect(texts['banner.intro']).toBe(en.banner.intro);
    expect(Object.keys(texts).length).toBeGreaterThan(20);
  });
});
