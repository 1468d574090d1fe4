import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';

// Every locale must mirror en.json: same keys, no empty strings, same {{placeholders}} per key, and an
// "Accept all" / "Reject all" pair of comparable weight (no nudging through button length).

const LOCALES_DIR = new URL('../../locales/', import.meta.url);
const LOCALES = ['en', 'da', 'nb', 'nn', 'sv', 'fi', 'is', 'de'] as const;
const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');

type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(readFileSync(new URL(`${locale}.json`, LOCALES_DIR), 'utf8')) as Tree;
}

/** Flattens nested keys to dotted paths; a non-string, non-object leaf is kept as-is so it fails below. */
function flatten(tree: Tree, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

function placeholders(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return [...new Set([...value.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((match) => match[1]!))].sort();
}

const en = flatten(load('en'));

describe('locale files', () => {
  it('are exactly the expected eight', () => {
    const files = readdirSync(LOCALES_DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...LOCALES].sort());
  });

  it('en.json has only non-empty string values', () => {
    const bad = [...en].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });
});

describe.each(TRANSLATED)('locales/%s.json', (locale) => {
  const flat = flatten(load(locale));

  it('has the same keys as en.json', () => {
    const missing = [...en.keys()].filter((key) => !flat.has(key));
    const extra = [...flat.keys()].filter((key) => !en.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty or non-string values', () => {
    const bad = [...flat].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('uses the same {{placeholders}} as en.json for every key', () => {
    const mismatches = [...en.keys()]
      .filter((key) => flat.has(key))
      .map((key) => ({ key, expected: placeholders(en.get(key)), actual: placeholders(flat.get(key)) }))
      .filter(({ expected, actual }) => expected.join() !== actual.join());
    expect(mismatches).toEqual([]);
  });

  it.each(['banner', 'preferences'])('%s.acceptAll and rejectAll are of comparable length', (section) => {
    const accept = flat.get(`${section}.acceptAll`);
    const reject = flat.get(`${section}.rejectAll`);
    expect(typeof accept).toBe('string');
    expect(typeof reject).toBe('string');
    const a = (accept as string).length;
    const r = (reject as string).length;
    expect(Math.abs(a - r)).toBeLessThanOrEqual(0.6 * Math.max(a, r));
  });
});
