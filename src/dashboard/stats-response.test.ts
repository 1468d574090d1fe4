import { describe, expect, it } from 'vitest';
import { actionShare, parseHistory, parseStats, UnexpectedResponseError } from './stats-response.js';
import { figures, group } from './test-data.js';

const stats = {
  from: '2026-11-01',
  to: '2026-11-30',
  ...figures({ impressions: 1000, actions: { accept_all: 400, reject_all: 200, custom: 100 }, granted: { statistical: 480, marketing: 410, personalised: 430 } }),
};

describe('parseStats()', () => {
  it('accepts the answer of contract section 7', () => {
    expect(parseStats(stats)).toEqual(stats);
  });

  it('keeps groups, including a null key', () => {
    const grouped = { ...stats, groups: [group(null, { impressions: 0, actions: { custom: 3 } }), group('a', { impressions: 10, actions: { accept_all: 5 } }), group(3, { impressions: 1 })] };
    expect(parseStats(grouped).groups?.map((entry) => entry.key)).toEqual([null, 'a', 3]);
  });

  it.each([
    ['a missing count', { ...stats, decisions: undefined }, 'stats.decisions'],
    ['a negative count', { ...stats, impressions: -1 }, 'stats.impressions'],
    ['a missing action', { ...stats, actions: { ...stats.actions, gpc: undefined } }, 'stats.actions.gpc'],
    ['a rate as text', { ...stats, categories: { ...stats.categories, marketing: { granted: 1, rate: '0.5' } } }, 'stats.categories.marketing.rate'],
    ['groups that are not a list', { ...stats, groups: {} }, 'stats.groups'],
    ['an HTML page', '<!doctype html>', 'stats'],
  ])('names the field on %s', (_name, value, path) => {
    expect(() => parseStats(value)).toThrow(UnexpectedResponseError);
    expect(() => parseStats(value)).toThrow(path);
  });
});

describe('parseHistory()', () => {
  const record = {
    consentId: '0b6f1a3e-8c1d-4b7a-9f3e-2a5c6d7e8f90',
    timestamp: '2026-11-01T10:00:00.000Z',
    action: 'custom',
    categories: { technical: true, statistical: true, marketing: false, personalised: true },
    revision: 3,
    locale: 'da',
    bannerVersion: '0.1.0',
    textHash: 'a'.repeat(64),
    variant: null,
    source: 'banner',
    gpc: false,
    pageUrl: 'https://www.example.dk/',
    device: 'mobile',
    receivedAt: '2026-11-01T10:00:01.000Z',
  };

  it('accepts a history', () => {
    expect(parseHistory({ consentId: record.consentId, records: [record, { ...record, variant: 'b' }] })).toEqual({
      consentId: record.consentId,
      records: [record, { ...record, variant: 'b' }],
    });
  });

  it('refuses a record without categories', () => {
    expect(() => parseHistory({ consentId: record.consentId, records: [{ ...record, categories: null }] })).toThrow('history.records[0].categories');
  });
});

describe('actionShare()', () => {
  it('divides by decisions', () => {
    expect(actionShare(figures({ impressions: 10, actions: { accept_all: 3, reject_all: 1 } }), 'accept_all')).toBe(0.75);
  });

  it('is 0 without decisions', () => {
    expect(actionShare(figures({ impressions: 10 }), 'reject_all')).toBe(0);
  });
});
