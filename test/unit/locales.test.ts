import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Language } from '../../src/core/config.js';
import { lintOverrides } from '../../src/core/override-lint.js';

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

// R19: the first layer's buttons come from these tables. Written out here, not in a snapshot file that
// a test run could rewrite: changing a label must change this table too, in a reviewed diff.
const FIRST_LAYER_BUTTONS: Record<(typeof LOCALES)[number], { acceptAll: string; rejectAll: string; settings: string; save: string }> = {
  en: { acceptAll: 'Accept all', rejectAll: 'Reject all', settings: 'Settings', save: 'Save choices' },
  da: { acceptAll: 'Accepter alle', rejectAll: 'Afvis alle', settings: 'Indstillinger', save: 'Gem valg' },
  nb: { acceptAll: 'Godta alle', rejectAll: 'Avvis alle', settings: 'Innstillinger', save: 'Lagre valg' },
  nn: { acceptAll: 'Godta alle', rejectAll: 'Avvis alle', settings: 'Innstillingar', save: 'Lagre val' },
  sv: { acceptAll: 'Godkänn alla', rejectAll: 'Avvisa alla', settings: 'Inställningar', save: 'Spara val' },
  fi: { acceptAll: 'Hyväksy kaikki', rejectAll: 'Hylkää kaikki', settings: 'Asetukset', save: 'Tallenna valinnat' },
  is: { acceptAll: 'Samþykkja allt', rejectAll: 'Hafna öllu', settings: 'Stillingar', save: 'Vista val' },
  de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen', settings: 'Einstellungen', save: 'Auswahl speichern' },
};

describe.each(LOCALES)('locales/%s.json, the vetted wording (R19)', (locale) => {
  const flat = Object.fromEntries([...flatten(load(locale))].map(([key, value]) => [key, String(value)]));

  it('has the first-layer button labels written out above', () => {
    const { acceptAll, rejectAll, settings, save } = FIRST_LAYER_BUTTONS[locale];
    expect({ acceptAll: flat['banner.acceptAll'], rejectAll: flat['banner.rejectAll'], settings: flat['banner.settings'], save: flat['banner.save'] }).toEqual({
      acceptAll,
      rejectAll,
      settings,
      save,
    });
  });

  it('passes the override lint as a whole, so a site may restate any of it', () => {
    expect(lintOverrides(locale as Language, flat).refused).toEqual([]);
  });
});
