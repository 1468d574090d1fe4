import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeTextHash, type TextHashInput } from '../../index.js';
import { canonicalJson, textRecord } from './text-hash.js';

// Runs in Node, as an auditor would: the package entry exports computeTextHash, and a proof bundle
// (or one rebuilt from a stored config and locale file) is all it needs.

function bundle(overrides: Partial<TextHashInput> = {}): TextHashInput {
  return {
    config: {
      revision: 3,
      controller: 'Coworking Plus ApS',
      policyUrl: '/privatliv',
      categories: {
        marketing: { cookies: [{ name: '_fbp', provider: 'Meta', purpose: { da: 'Annoncer', en: 'Ads' }, expiry: '3 months' }] },
      },
    },
    language: 'da',
    variant: 'b',
    strings: { 'banner.title': 'Cookies', 'banner.rejectAll': 'Afvis alle' },
    ...overrides,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('computeTextHash()', () => {
  it('is the SHA-256 of the canonical JSON written out here, so it can be rebuilt without this package', async () => {
    const canonical =
      '{"controller":"Coworking Plus ApS",' +
      '"cookies":{"marketing":[{"expiry":"3 months","name":"_fbp","provider":"Meta","purpose":"Annoncer"}],"personalised":[],"statistical":[],"technical":[]},' +
      '"language":"da","policyUrl":"/privatliv","revision":3,' +
      '"texts":{"banner.rejectAll":"Afvis alle","banner.title":"Cookies"},' +
      '"variant":"b"}';
    expect(canonicalJson(textRecord(bundle()))).toBe(canonical);
    expect(await computeTextHash(bundle())).toBe(sha256(canonical));
  });

  it('does not depend on the order of keys', async () => {
    const reordered = bundle({ strings: { 'banner.rejectAll': 'Afvis alle', 'banner.title': 'Cookies' } });
    expect(await computeTextHash(reordered)).toBe(await computeTextHash(bundle()));
  });

  it('ignores the parts of a full config that the visitor does not read', async () => {
    const config = { ...bundle().config, endpoint: 'https://consent.example.com', maxAgeDays: 30, texts: { sv: { 'banner.title': 'Kakor' } } };
    expect(await computeTextHash(bundle({ config }))).toBe(await computeTextHash(bundle()));
  });

  it.each<[string, Partial<TextHashInput>]>([
    ['one string', { strings: { 'banner.title': 'Cookies', 'banner.rejectAll': 'Afvis' } }],
    ['the language', { language: 'nb' }],
    ['the variant', { variant: null }],
    ['the revision', { config: { ...bundle().config, revision: 4 } }],
    ['the controller', { config: { ...bundle().config, controller: 'Someone Else A/S' } }],
  ])('changes with %s', async (_, change) => {
    expect(await computeTextHash(bundle(change))).not.toBe(await computeTextHash(bundle()));
  });
});
