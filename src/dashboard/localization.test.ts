import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_LANGUAGES } from './dashboard-language.js';
import { createDashboardLocalization, dashboardLocaleLoaders } from './localization.js';

const DIR = new URL('../../locales/dashboard/', import.meta.url);
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

const load = (language: string): Map<string, unknown> => flatten(JSON.parse(readFileSync(new URL(`${language}.json`, DIR), 'utf8')) as Tree);
const placeholders = (value: unknown): string => (typeof value === 'string' ? [...new Set([...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]))].sort().join() : '');
const en = load('en');

describe('locales/dashboard/', () => {
  it('has exactly one file per dashboard language', () => {
    expect(readdirSync(DIR).sort()).toEqual(DASHBOARD_LANGUAGES.map((language) => `${language}.json`).sort());
  });

  describe.each(DASHBOARD_LANGUAGES)('%s.json', (language) => {
    const table = load(language);

    it('has the same keys as en.json', () => {
      expect([...table.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it('has only non-empty strings', () => {
      expect([...table].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it('uses the same {{placeholders}} as en.json', () => {
      const mismatches = [...en.keys()].filter((key) => placeholders(en.get(key)) !== placeholders(table.get(key)));
      expect(mismatches).toEqual([]);
    });
  });
});

describe('createDashboardLocalization()', () => {
  it('translates with a private instance, plurals included', async () => {
    const da = await createDashboardLocalization('da');
    expect(da.language).toBe('da');
    expect(da.t('range.last', { count: 30 })).toBe('Seneste 30 dage');
    expect(da.t('figures.heading')).toBe('Nøgletal');
    const sv = await createDashboardLocalization('sv');
    expect(sv.t('range.last', { count: 7 })).toBe('Senaste 7 dagarna');
    // The two instances do not share state.
    expect(da.t('figures.heading')).toBe('Nøgletal');
  });

  it('does not escape HTML (Lit does)', async () => {
    const en = await createDashboardLocalization('en');
    expect(en.t('proof.notFound', { id: '<b>' })).toBe('Not found: the collector has no records for <b>.');
  });

  it('falls back to English when a language fails to load', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const localization = await createDashboardLocalization('nb', { ...dashboardLocaleLoaders, nb: () => Promise.reject(new Error('offline')) });
      expect(localization.language).toBe('en');
      expect(localization.t('signIn.submit')).toBe('Sign in');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
