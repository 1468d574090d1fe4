import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  MAX_AGE_CAP_DAYS,
  changedCategories,
  createConsentId,
  createConsentState,
  isConsentId,
  isCurrent,
  parseConsentCookie,
  revokedCategories,
  serializeConsentState,
  type ConsentState,
} from './consent-state.js';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const MINUTE_MS = 60 * 1000;
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OPTIONS = { now: NOW, revision: 3, maxAgeDays: 182 };

function state(overrides: Partial<ConsentState> = {}): ConsentState {
  return {
    ...createConsentState({
      id: ID,
      action: 'custom',
      categories: { statistical: true, marketing: false, personalised: true },
      now: NOW - DAY_MS,
      maxAgeDays: 182,
      revision: 3,
    }),
    ...overrides,
  };
}

/**
 * The stored body of `state` as plain JSON fields, in the stored key order. Tests edit it and sign it
 * again with `sign`, so each hostile value differs from a valid one in exactly one respect.
 */
function body(from: ConsentState = state()): Record<string, unknown> {
  return {
    v: 1,
    id: from.id,
    ts: from.timestamp,
    exp: from.expires,
    rev: from.revision,
    act: from.action,
    cats: { statistical: from.categories.statistical, marketing: from.categories.marketing, personalised: from.categories.personalised },
  };
}

/** The cookie format's checksum (FNV-1a, base 36), rewritten here so tests can forge a correctly signed value. */
function sign(fields: Record<string, unknown>): string {
  const text = JSON.stringify(fields);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.slice(0, -1)},"sum":"${(hash >>> 0).toString(36)}"}`;
}

/** The valid stored value with one field replaced and the checksum made right again. */
function signedWith(key: string, value: unknown): string {
  return sign({ ...body(), [key]: value });
}

function signedWithCats(cats: Record<string, unknown>): string {
  return sign({ ...body(), cats });
}

describe('createConsentId()', () => {
  it.each([
    ['zeros', new Uint8Array(16), '00000000-0000-4000-8000-000000000000'],
    ['0xff', new Uint8Array(16).fill(0xff), 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
    ['0..15', Uint8Array.from({ length: 16 }, (_, index) => index), '00010203-0405-4607-8809-0a0b0c0d0e0f'],
    ['more than 16 bytes (the rest unused)', Uint8Array.from({ length: 32 }, (_, index) => 0xa0 + index), 'a0a1a2a3-a4a5-46a7-a8a9-aaabacadaeaf'],
  ])('makes a version 4 UUID from %s', (_label, bytes, expected) => {
    const id = createConsentId(bytes);
    expect(id).toBe(expected);
    expect(isConsentId(id)).toBe(true);
  });

  it.each([0, 1, 15])('throws a RangeError on %i bytes', (length) => {
    expect(() => createConsentId(new Uint8Array(length))).toThrow(RangeError);
  });

  it('does not change the bytes it is given', () => {
    const bytes = new Uint8Array(16).fill(0xff);
    createConsentId(bytes);
    expect([...bytes]).toEqual(new Array(16).fill(0xff));
  });
});

describe('isConsentId()', () => {
  it.each([
    ['a v4 UUID', ID, true],
    ['a v1 UUID', 'c232ab00-9414-11ec-b3c8-9f68deced846', false],
    ['an upper-case v4 UUID', ID.toUpperCase(), false],
    ['a v4 UUID with the wrong variant', '0f8fad5b-d9cb-469f-7165-70867728950e', false],
    ['a UUID without dashes', ID.replace(/-/g, ''), false],
    ['a number', 42, false],
    ['null', null, false],
  ])('%s → %s', (_label, value, expected) => {
    expect(isConsentId(value)).toBe(expected);
  });
});

describe('createConsentState()', () => {
  it('writes the timestamp and expiry as ISO 8601 from the time given', () => {
    const created = createConsentState({ id: ID, action: 'accept_all', categories: {}, now: NOW, maxAgeDays: 10, revision: 0 });
    expect(created.timestamp).toBe('2026-03-01T12:00:00.000Z');
    expect(created.expires).toBe('2026-03-11T12:00:00.000Z');
  });

  it(`caps the lifetime at ${MAX_AGE_CAP_DAYS} days`, () => {
    const created = createConsentState({ id: ID, action: 'accept_all', categories: {}, now: NOW, maxAgeDays: 1000, revision: 0 });
    expect(Date.parse(created.expires) - NOW).toBe(MAX_AGE_CAP_DAYS * DAY_MS);
  });

  it('forces technical on and denies every category not given as exactly true', () => {
    const loose = { technical: false, statistical: 'yes', marketing: 1, personalised: undefined } as unknown as Record<string, boolean>;
    const created = createConsentState({ id: ID, action: 'custom', categories: loose, now: NOW, maxAgeDays: 10, revision: 0 });
    expect(created.categories).toEqual({ technical: true, statistical: false, marketing: false, personalised: false });
  });

  it('keeps id, action and revision as given', () => {
    const created = createConsentState({ id: ID, action: 'gpc', categories: {}, now: NOW, maxAgeDays: 10, revision: 7 });
    expect(created).toMatchObject({ id: ID, action: 'gpc', revision: 7 });
  });
});

describe('serializeConsentState()', () => {
  it('writes compact JSON of the stored fields followed by a checksum', () => {
    expect(serializeConsentState(state())).toBe(sign(body()));
    expect(serializeConsentState(state())).toMatch(/^\{"v":1,"id":"[^"]+","ts":"[^"]+","exp":"[^"]+","rev":3,"act":"custom","cats":\{[^}]+\},"sum":"[0-9a-z]+"\}$/);
  });

  it('leaves technical out: it is always true', () => {
    expect(serializeConsentState(state())).not.toContain('technical');
  });
});

describe('parseConsentCookie()', () => {
  it('reads back a serialised state unchanged', () => {
    const original = state();
    expect(parseConsentCookie(serializeConsentState(original), OPTIONS)).toEqual(original);
  });

  it.each(['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'] as const)('reads back the action %s', (action) => {
    const original = state({ action });
    expect(parseConsentCookie(serializeConsentState(original), OPTIONS)?.action).toBe(action);
  });

  it('accepts a decision made under a higher revision than the config', () => {
    const original = state({ revision: 4 });
    expect(parseConsentCookie(serializeConsentState(original), OPTIONS)).toEqual(original);
  });

  it('accepts a timestamp up to 5 minutes ahead of the clock (skew)', () => {
    const ahead = createConsentState({ id: ID, action: 'reject_all', categories: {}, now: NOW + 5 * MINUTE_MS, maxAgeDays: 182, revision: 3 });
    expect(parseConsentCookie(serializeConsentState(ahead), OPTIONS)).toEqual(ahead);
  });

  it('accepts a decision one millisecond before it expires', () => {
    const original = state();
    expect(parseConsentCookie(serializeConsentState(original), { ...OPTIONS, now: Date.parse(original.expires) - 1 })).toEqual(original);
  });

  const valid = serializeConsentState(state());
  const flipped = valid.replace('"marketing":false', '"marketing":true');
  const hostile: Array<[label: string, value: unknown]> = [
    ['not JSON', '{v:1,'],
    ['the empty string', ''],
    ['"null"', 'null'],
    ['"true"', 'true'],
    ['a JSON number', '42'],
    ['a JSON string', '"samtykke"'],
    ['a JSON array', '[1,2,3]'],
    ['an empty object', '{}'],
    ['HTML', '<script>alert(1)</script>'],
    ['a 5000-character string', 'a'.repeat(5000)],
    ['valid-looking JSON longer than 4096 characters', `${valid.slice(0, -1)},"pad":"${'x'.repeat(4096)}"}`],
    ['a __proto__ key at the top level', '{"__proto__":{"marketing":true}}'],
    // JSON.parse makes "__proto__" an own key; an object literal would set the prototype instead.
    ['a __proto__ key inside cats', signedWithCats(JSON.parse('{"statistical":true,"marketing":false,"personalised":true,"__proto__":{"marketing":true}}'))],
    ['cats replaced by a __proto__ object', signedWithCats(JSON.parse('{"__proto__":{"statistical":true,"marketing":true,"personalised":true}}'))],
    ['a constructor key', sign({ ...body(), constructor: { prototype: { marketing: true } } })],
    ['rev as a string', signedWith('rev', '3')],
    ['rev negative', signedWith('rev', -1)],
    ['rev fractional', signedWith('rev', 3.5)],
    ['rev null', signedWith('rev', null)],
    ['a flag as "true"', signedWithCats({ statistical: 'true', marketing: false, personalised: true })],
    ['a flag as 1', signedWithCats({ statistical: 1, marketing: false, personalised: true })],
    ['a flag as null', signedWithCats({ statistical: null, marketing: false, personalised: true })],
    ['cats as a string', signedWith('cats', 'all')],
    ['cats as an array', signedWith('cats', [true, true, true])],
    ['cats with technical', signedWithCats({ technical: true, statistical: true, marketing: false, personalised: true })],
    ['id not a UUID', signedWith('id', 'not-a-uuid')],
    ['id a v1 UUID', signedWith('id', 'c232ab00-9414-11ec-b3c8-9f68deced846')],
    ['id an upper-case UUID', signedWith('id', ID.toUpperCase())],
    ['id in an array', signedWith('id', [ID])],
    ['id a number', signedWith('id', 1)],
    ['act unknown', signedWith('act', 'accept')],
    ['act in an array', signedWith('act', ['accept_all'])],
    ['v: 2', signedWith('v', 2)],
    ['v as a string', signedWith('v', '1')],
    ['ts as a number', signedWith('ts', NOW - DAY_MS)],
    ['ts not a date', signedWith('ts', 'yesterday')],
    ['exp as a number', signedWith('exp', NOW + DAY_MS)],
    ['a missing key (act)', sign(Object.fromEntries(Object.entries(body()).filter(([key]) => key !== 'act')))],
    ['a missing flag', signedWithCats({ statistical: true, personalised: true })],
    ['an extra key', sign({ ...body(), extra: true })],
    ['keys reordered', sign(Object.fromEntries(Object.entries(body()).reverse()))],
    ['flags reordered', signedWithCats({ personalised: true, marketing: false, statistical: true })],
    ['a flipped flag with the old checksum', flipped],
    ['a wrong checksum', valid.replace(/"sum":"[0-9a-z]+"/, '"sum":"0"')],
    ['no checksum', JSON.stringify(body())],
    ['the checksum as a number', valid.replace(/"sum":"([0-9a-z]+)"/, '"sum":1')],
    ['whitespace added', valid.replace(',', ', ')],
    ['a trailing newline', `${valid}\n`],
    ['a date re-spelt (same instant without milliseconds)', signedWith('ts', state().timestamp.replace('.000Z', 'Z'))],
    ['a date re-spelt (same instant with an offset)', signedWith('ts', '2026-02-28T13:00:00.000+01:00')],
    ['a timestamp more than 5 minutes ahead', signedWith('ts', new Date(NOW + 5 * MINUTE_MS + 1).toISOString())],
    ['expired (now = exp)', signedWith('exp', new Date(NOW).toISOString())],
    ['expired (now > exp)', signedWith('exp', new Date(NOW - 1).toISOString())],
    // Made within the allowed skew and not yet expired by the clock: only exp ≤ ts is wrong.
    ['exp = ts', sign({ ...body(), ts: new Date(NOW + 4 * MINUTE_MS).toISOString(), exp: new Date(NOW + 4 * MINUTE_MS).toISOString() })],
    ['exp < ts', sign({ ...body(), ts: new Date(NOW + 4 * MINUTE_MS).toISOString(), exp: new Date(NOW + 2 * MINUTE_MS).toISOString() })],
    ['older than maxAgeDays though exp is later', sign({ ...body(), ts: new Date(NOW - 182 * DAY_MS).toISOString(), exp: new Date(NOW + 100 * DAY_MS).toISOString() })],
    ['a revision lower than the config revision', signedWith('rev', 2)],
    // The cookie layer decodes the value before calling the parser; an undecoded value is not ours.
    ['a percent-encoded value (decoding is the caller\'s concern)', encodeURIComponent(valid)],
    ['a number (not a string)', 42],
    ['null (not a string)', null],
    ['undefined (no cookie)', undefined],
    ['an object (not a string)', body()],
  ];

  it('has a valid baseline for the hostile table (a wrong forgery would make it pass vacuously)', () => {
    expect(parseConsentCookie(sign(body()), OPTIONS)).toEqual(state());
    expect(parseConsentCookie(signedWith('rev', 3), OPTIONS)).not.toBeNull();
    expect(parseConsentCookie(signedWithCats({ statistical: true, marketing: false, personalised: true }), OPTIONS)).not.toBeNull();
  });

  it.each(hostile)('reads %s as no decision', (_label, value) => {
    expect(parseConsentCookie(value, OPTIONS)).toBeNull();
  });

  it.each(hostile)('lets nothing in %s pollute Object.prototype', (_label, value) => {
    parseConsentCookie(value, OPTIONS);
    const probe: Record<string, unknown> = {};
    expect(probe.marketing).toBeUndefined();
    expect(probe.statistical).toBeUndefined();
    expect(probe.prototype).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('marketing');
  });

  it('reads a decision older than maxAgeDays as void even when its own expiry is later', () => {
    const longLived = createConsentState({ id: ID, action: 'accept_all', categories: {}, now: NOW - 31 * DAY_MS, maxAgeDays: 395, revision: 3 });
    const value = serializeConsentState(longLived);
    expect(parseConsentCookie(value, { ...OPTIONS, maxAgeDays: 395 })).toEqual(longLived);
    expect(parseConsentCookie(value, { ...OPTIONS, maxAgeDays: 30 })).toBeNull();
  });

  it('reads a decision as void once the config revision is bumped past it', () => {
    const value = serializeConsentState(state({ revision: 3 }));
    expect(parseConsentCookie(value, { ...OPTIONS, revision: 3 })).not.toBeNull();
    expect(parseConsentCookie(value, { ...OPTIONS, revision: 4 })).toBeNull();
  });
});

describe('isCurrent()', () => {
  const made = NOW - DAY_MS;
  const current = createConsentState({ id: ID, action: 'custom', categories: {}, now: made, maxAgeDays: 10, revision: 3 });
  const expires = made + 10 * DAY_MS;

  it.each([
    ['just made', made, 10, 3, true],
    ['one millisecond before expiry', expires - 1, 10, 3, true],
    ['at expiry', expires, 10, 3, false],
    ['after expiry', expires + DAY_MS, 10, 3, false],
    ['at the config lifetime, before its own expiry', made + 5 * DAY_MS, 5, 3, false],
    ['5 minutes before it was made (clock skew)', made - 5 * MINUTE_MS, 10, 3, true],
    ['more than 5 minutes before it was made', made - 5 * MINUTE_MS - 1, 10, 3, false],
    ['under a higher config revision', made, 10, 4, false],
    ['under a lower config revision', made, 10, 0, true],
  ])('%s → %s', (_label, now, maxAgeDays, revision, expected) => {
    expect(isCurrent(current, { now, maxAgeDays, revision })).toBe(expected);
  });

  it('caps the config lifetime at 395 days', () => {
    const longLived = { ...current, expires: new Date(made + 1000 * DAY_MS).toISOString() };
    expect(isCurrent(longLived, { now: made + 395 * DAY_MS - 1, maxAgeDays: 1000, revision: 0 })).toBe(true);
    expect(isCurrent(longLived, { now: made + 395 * DAY_MS, maxAgeDays: 1000, revision: 0 })).toBe(false);
  });
});

describe('changedCategories()', () => {
  const choices = (statistical: boolean, marketing: boolean, personalised: boolean): ConsentState => state({ categories: { technical: true, statistical, marketing, personalised } });

  it.each([
    ['no decision → no decision', null, null, []],
    ['no decision → all denied', null, choices(false, false, false), []],
    ['no decision → marketing', null, choices(false, true, false), ['marketing']],
    ['all granted → no decision', choices(true, true, true), null, ['statistical', 'marketing', 'personalised']],
    ['the same choices', choices(true, false, true), choices(true, false, true), []],
    ['statistical and personalised flipped', choices(true, false, false), choices(false, false, true), ['statistical', 'personalised']],
  ])('%s → %j', (_label, before, after, expected) => {
    expect(changedCategories(before, after)).toEqual(expected);
  });
});

describe('revokedCategories()', () => {
  const all = { technical: true, statistical: true, marketing: true, personalised: true };
  const none = { technical: true, statistical: false, marketing: false, personalised: false };

  it.each([
    ['no decision before', null, none, []],
    ['undefined before', undefined, none, []],
    ['all granted → all denied', all, none, ['statistical', 'marketing', 'personalised']],
    ['all denied → all granted (grants revoke nothing)', none, all, []],
    ['marketing taken back', all, { ...all, marketing: false }, ['marketing']],
  ])('%s → %j', (_label, before, after, expected) => {
    expect(revokedCategories(before, after)).toEqual(expected);
  });
});
