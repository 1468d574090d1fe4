import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import type { Language } from './config.js';
import { validateFullConfig } from './config-ui.js';
import { CONTROL_LABEL_KEYS, overridesControlLabel } from './control-labels.js';
import { CHOICE_PAIRS, MAX_LABEL_LENGTH, isSimilarLength, labelProblem, lintOverrideTables, lintOverrides } from './override-lint.js';
import { STEERING_PHRASES } from './steering-phrases.js';

const REQUIRED = { controller: 'Coworking Plus ApS', policyUrl: '/privatliv' } as const;

function flatKeys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : flatKeys(value as object, `${prefix}${key}.`)));
}

describe('CONTROL_LABEL_KEYS and CHOICE_PAIRS', () => {
  it('name only keys the locale tables have', () => {
    const known = new Set(flatKeys(en));
    expect(CONTROL_LABEL_KEYS.filter((key) => !known.has(key))).toEqual([]);
  });

  it('pair only control labels', () => {
    expect(CHOICE_PAIRS.flat().filter((key) => !CONTROL_LABEL_KEYS.includes(key))).toEqual([]);
  });
});

describe('overridesControlLabel()', () => {
  it.each([
    [[], false],
    [[{ strings: { 'banner.title': 'Cookies' } }], false],
    [[{ strings: { 'banner.title': 'Cookies' } }, { strings: { 'preferences.save': 'Gem' } }], true],
    [[{ strings: Object.create({ 'banner.rejectAll': 'inherited' }) as Record<string, string> }], false],
  ])('%j → %s', (tables, expected) => {
    expect(overridesControlLabel(tables)).toBe(expected);
  });
});

describe('isSimilarLength()', () => {
  it.each([
    ['Accept all', 'Reject all', true],
    ['Ja', 'Nej', true],
    ['Accepter', 'Afvis', true],
    ['Accept all', 'Only necessary', true],
    ['Samþykkja allt', 'Hafna öllu', true],
    // 4 characters more is always fine, whatever the ratio.
    ['OK', 'Afvis', true],
    ['OK', 'Reject all', false],
    ['Accepter alle', 'Afvis', false],
    ['Accept all', 'Refuse every optional cookie', false],
    // Counted in characters as a reader sees them, not UTF-16 units.
    ['Ωω', '𝒜𝒷𝒸𝒹𝒺𝒻', true],
  ])('"%s" and "%s" → %s', (first, second, expected) => {
    expect(isSimilarLength(first, second)).toBe(expected);
    expect(isSimilarLength(second, first)).toBe(expected);
  });
});

describe('labelProblem(): form', () => {
  it.each([
    ['empty', '', 'is an empty control label'],
    ['blank', '   ', 'is an empty control label'],
    ['too long', 'x'.repeat(MAX_LABEL_LENGTH + 1), `longer than ${MAX_LABEL_LENGTH} characters`],
    ['exclamation mark', 'Accept all!', 'exclamation mark'],
    ['inverted exclamation mark', '¡Aceptar', 'exclamation mark'],
    ['full-width exclamation mark', 'Accept all！', 'exclamation mark'],
    ['emoji', 'Accept 🍪', 'emoji'],
    ['emoji with variation selector', 'Afvis ❤️', 'emoji'],
    ['flag', 'Godta 🇳🇴', 'emoji'],
    ['a symbol', 'Accept ★', 'emoji or symbol'],
    ['a check mark', '✓ Allow all', 'emoji or symbol'],
    ['a word in capitals', 'REJECT all', 'a word in capitals ("REJECT")'],
    ['a short word in capitals', 'Accept ALL', '("ALL")'],
    ['capitals with letters outside ASCII', 'AFVÍS', '("AFVÍS")'],
  ])('refuses %s', (_, text, reason) => {
    expect(labelProblem('en', text)).toContain(reason);
  });

  it.each([
    ['exactly the longest length', 'x'.repeat(MAX_LABEL_LENGTH)],
    ['a two-letter capital word', 'OK'],
    ['capitals inside a word', 'GoDTA'],
    ['a placeholder', 'Allow {{category}}'],
    ['punctuation', 'Statistics & analytics (first-party)'],
  ])('accepts %s', (_, text) => {
    expect(labelProblem('en', text)).toBeNull();
  });
});

// Steering wording, in every language the banner ships; each row is a label a site might try.
const STEERING: Array<[Language, string, string]> = [
  ['en', 'No thanks', 'no thanks'],
  ['en', 'No, thank you', 'no thank you'],
  ['en', "I don't want a better experience", "i don't"],
  ['en', 'I’d rather not', "i'd rather"],
  ['en', 'Maybe later', 'later'],
  ['en', 'Not now', 'not now'],
  ['en', 'Continue without accepting', 'continue without'],
  ['en', 'Skip', 'skip'],
  ['en', 'Accept all (recommended)', 'recommended'],
  ['en', 'Accept for the best experience', 'best experience'],
  ['en', "I'm fine with a worse site", "i'm fine"],
  ['da', 'Nej tak', 'nej tak'],
  ['da', 'Nej, tak', 'nej tak'],
  ['da', 'Jeg vil ikke have relevante tilbud', 'jeg vil ikke'],
  ['da', 'Fortsæt uden at acceptere', 'fortsæt uden'],
  ['da', 'Måske senere', 'senere'],
  ['da', 'Accepter (anbefales)', 'anbefales'],
  ['da', 'Accepter for en bedre oplevelse', 'bedre oplevelse'],
  ['da', 'No thanks', 'no thanks'],
  ['nb', 'Nei takk', 'nei takk'],
  ['nb', 'Jeg vil ikke ha relevante tilbud', 'jeg vil ikke'],
  ['nb', 'Fortsett uten å godta', 'fortsett uten'],
  ['nb', 'Kanskje senere', 'senere'],
  ['nb', 'Godta for en bedre opplevelse', 'bedre opplevelse'],
  ['nb', 'Godta alle (anbefalt)', 'anbefalt'],
  ['nn', 'Nei takk', 'nei takk'],
  ['nn', 'Eg vil ikkje ha betre oppleving', 'eg vil ikkje'],
  ['nn', 'Hald fram utan å godta', 'hald fram utan'],
  ['nn', 'Kanskje seinare', 'seinare'],
  ['nn', 'Godta for betre opplevinga', 'betre opplevinga'],
  ['nn', 'Godta alle (tilrådd)', 'tilrådd'],
  ['sv', 'Nej tack', 'nej tack'],
  ['sv', 'Jag vill inte ha relevanta erbjudanden', 'jag vill inte'],
  ['sv', 'Fortsätt utan att godkänna', 'fortsätt utan'],
  ['sv', 'Kanske senare', 'senare'],
  ['sv', 'Godkänn för en bättre upplevelse', 'bättre upplevelse'],
  ['sv', 'Godkänn alla (rekommenderas)', 'rekommenderas'],
  ['de', 'Nein danke', 'nein danke'],
  ['de', 'Nein, danke', 'nein danke'],
  ['de', 'Ich möchte nicht', 'ich möchte nicht'],
  ['de', 'Weiter ohne Zustimmung', 'weiter ohne'],
  ['de', 'Vielleicht später', 'später'],
  ['de', 'Für ein besseres Erlebnis', 'besseres erlebnis'],
  ['de', 'Alle akzeptieren (empfohlen)', 'empfohlen'],
  ['fi', 'Ei kiitos', 'ei kiitos'],
  ['fi', 'En halua osuvampia mainoksia', 'en halua'],
  ['fi', 'Jatka ilman hyväksymistä', 'jatka ilman'],
  ['fi', 'Ehkä myöhemmin', 'myöhemmin'],
  ['fi', 'Hyväksy paremman kokemuksen vuoksi', 'paremman'],
  ['fi', 'Hyväksy kaikki (suositeltu)', 'suositeltu'],
  ['is', 'Nei takk', 'nei takk'],
  ['is', 'Ég vil ekki betri upplifun', 'ég vil ekki'],
  ['is', 'Halda áfram án samþykkis', 'áfram án'],
  ['is', 'Kannski seinna', 'seinna'],
  ['is', 'Samþykkja fyrir betri upplifun', 'betri upplifun'],
  ['is', 'Samþykkja allt (mælt með)', 'mælt með'],
];

describe('labelProblem(): steering wording', () => {
  it.each(STEERING)('%s: refuses "%s"', (language, text, phrase) => {
    expect(labelProblem(language, text)).toContain(`steering wording ("${phrase}")`);
  });

  it('has a list for every language the banner ships, each entry lower case with single spaces', () => {
    expect(Object.keys(STEERING_PHRASES).sort()).toEqual(['da', 'de', 'en', 'fi', 'is', 'nb', 'nn', 'sv']);
    const malformed = Object.values(STEERING_PHRASES)
      .flat()
      .filter((phrase) => phrase !== phrase.toLowerCase() || !/^[\p{L}'*]+(?: [\p{L}'*]+)*$/u.test(phrase));
    expect(malformed).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(labelProblem('en', 'Skipper settings')).toBeNull();
    expect(labelProblem('en', 'Translater')).toBeNull();
    expect(labelProblem('da', 'Senerestatistik')).toBeNull();
  });

  // Neutral overrides a site may well want: they name the choice, nothing more.
  it.each<[Language, string]>([
    ['en', 'Only necessary'],
    ['en', 'Reject'],
    ['en', 'Decline all'],
    ['en', "Don't allow"],
    ['en', 'Allow all'],
    ['en', 'Choose cookies'],
    ['da', 'Afvis'],
    ['da', 'Kun nødvendige'],
    ['da', 'Tillad alle'],
    ['nb', 'Bare nødvendige'],
    ['nb', 'Avslå alle'],
    ['nn', 'Berre naudsynte'],
    ['sv', 'Endast nödvändiga'],
    ['sv', 'Neka alla'],
    ['de', 'Nur notwendige'],
    ['de', 'Ablehnen'],
    ['fi', 'Vain välttämättömät'],
    ['fi', 'Hylkää'],
    ['is', 'Aðeins nauðsynlegar'],
    ['is', 'Hafna'],
  ])('%s: accepts "%s"', (language, text) => {
    expect(labelProblem(language, text)).toBeNull();
  });
});

describe('lintOverrides()', () => {
  it('keeps neutral overrides of a pair given together at similar length', () => {
    const table = { 'banner.acceptAll': 'Accepter', 'banner.rejectAll': 'Afvis' };
    expect(lintOverrides('da', table)).toEqual({ kept: table, refused: [] });
  });

  it('keeps "Only necessary" opposite "Accept all"', () => {
    const table = { 'banner.acceptAll': 'Accept all', 'banner.rejectAll': 'Only necessary' };
    expect(lintOverrides('en', table).refused).toEqual([]);
  });

  it('leaves texts that are not control labels alone, however long or loud', () => {
    const table = { 'banner.title': 'COOKIES!', 'categories.marketing.description': 'x'.repeat(500), 'banner.intro': 'No thanks is an option too' };
    expect(lintOverrides('en', table)).toEqual({ kept: table, refused: [] });
  });

  it.each([
    ['banner.rejectAll', 'banner.acceptAll'],
    ['banner.acceptAll', 'banner.rejectAll'],
    ['preferences.rejectAll', 'preferences.acceptAll'],
  ])('refuses %s overridden without %s', (key, partner) => {
    const result = lintOverrides('en', { [key]: 'Decline' });
    expect(result.kept).toEqual({});
    expect(result.refused).toEqual([{ key, reason: expect.stringContaining(`is overridden without "${partner}"`) }]);
  });

  it('refuses both labels of a pair of unequal length', () => {
    const result = lintOverrides('en', { 'banner.acceptAll': 'Accept all', 'banner.rejectAll': 'Refuse every optional cookie' });
    expect(result.kept).toEqual({});
    expect(result.refused.map(({ key }) => key)).toEqual(['banner.acceptAll', 'banner.rejectAll']);
    expect(result.refused[0]!.reason).toBe(
      'and "banner.rejectAll" differ in length (10 and 28 characters); the longer may be at most 1.5 times the shorter or 4 characters longer, so that neither choice stands out',
    );
  });

  it('refuses the partner of a refused label, so a vetted label never stands next to a site\'s', () => {
    const result = lintOverrides('da', { 'banner.acceptAll': 'Accepter', 'banner.rejectAll': 'Nej tak' });
    expect(result.kept).toEqual({});
    expect(result.refused).toEqual([
      { key: 'banner.rejectAll', reason: expect.stringContaining('steering wording ("nej tak")') },
      { key: 'banner.acceptAll', reason: 'goes with "banner.rejectAll", which was refused; the two are overridden together or not at all' },
    ]);
  });

  it('checks the banner\'s pair and the preferences\' pair each on its own', () => {
    const result = lintOverrides('en', { 'banner.acceptAll': 'Allow all', 'banner.rejectAll': 'Deny all', 'preferences.rejectAll': 'Deny all' });
    expect(result.kept).toEqual({ 'banner.acceptAll': 'Allow all', 'banner.rejectAll': 'Deny all' });
    expect(result.refused.map(({ key }) => key)).toEqual(['preferences.rejectAll']);
  });

  it('refuses a steering label that is not part of a pair, and keeps the rest', () => {
    const result = lintOverrides('sv', { 'banner.settings': 'Kanske senare', 'banner.title': 'Kakor' });
    expect(result.kept).toEqual({ 'banner.title': 'Kakor' });
    expect(result.refused).toEqual([{ key: 'banner.settings', reason: expect.stringContaining('("senare")') }]);
  });

  it('does not change the table it is given', () => {
    const table = { 'banner.rejectAll': 'No thanks' };
    lintOverrides('en', table);
    expect(table).toEqual({ 'banner.rejectAll': 'No thanks' });
  });
});

describe('lintOverrideTables() on a validated config', () => {
  it('names the full field, removes the refused override from the config, and keeps the rest', () => {
    const validated = validateFullConfig({
      ...REQUIRED,
      texts: { da: { 'banner.title': 'Cookies hos os', 'banner.acceptAll': 'Accepter alle', 'banner.rejectAll': 'Nej tak!' } },
    });
    expect(validated.errors).toEqual([]);
    const errors = lintOverrideTables(validated.overrides);
    expect(errors).toEqual([
      { field: 'texts.da.banner.rejectAll', reason: expect.stringContaining('exclamation mark') },
      { field: 'texts.da.banner.acceptAll', reason: expect.stringContaining('goes with "banner.rejectAll"') },
    ]);
    expect(validated.config.texts).toEqual({ da: { 'banner.title': 'Cookies hos os' } });
  });

  it('names a variant by its index in the config as written, also after an invalid variant', () => {
    const validated = validateFullConfig({
      ...REQUIRED,
      variants: [{ weight: 1 }, { id: 'b', texts: { en: { 'banner.acceptAll': 'Yes please', 'banner.rejectAll': 'Reject all' } } }],
    });
    expect(validated.errors).toEqual([{ field: 'variants[0].id', reason: 'is required' }]);
    expect(lintOverrideTables(validated.overrides).map(({ field }) => field)).toEqual(['variants[1].texts.en.banner.acceptAll', 'variants[1].texts.en.banner.rejectAll']);
    expect(validated.config.variants).toEqual([{ id: 'b', weight: 1, texts: { en: {} } }]);
  });

  it('does not lint the texts of a variant that was itself refused', () => {
    const validated = validateFullConfig({
      ...REQUIRED,
      variants: [{ id: 'a' }, { id: 'a', texts: { en: { 'banner.rejectAll': 'No thanks' } } }],
    });
    expect(validated.overrides).toEqual([]);
    expect(lintOverrideTables(validated.overrides)).toEqual([]);
  });

  it('reports nothing for a config without control-label overrides', () => {
    const validated = validateFullConfig({ ...REQUIRED, texts: { en: { 'banner.title': 'Cookies' } } });
    expect(overridesControlLabel(validated.overrides)).toBe(false);
    expect(lintOverrideTables(validated.overrides)).toEqual([]);
  });
});
