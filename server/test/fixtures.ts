import { createHash, randomUUID } from 'node:crypto';
import type { ConsentRecordBody, ImpressionBody } from '../schemas.js';

export const TEXT_HASH = createHash('sha256').update('banner texts, da, revision 3').digest('hex');

export function validRecord(overrides: Partial<ConsentRecordBody> = {}): ConsentRecordBody {
  return {
    consentId: randomUUID(),
    timestamp: '2026-11-01T10:00:00.000+01:00',
    action: 'custom',
    categories: { technical: true, statistical: true, marketing: false, personalised: true },
    revision: 3,
    locale: 'da',
    bannerVersion: '0.1.0',
    textHash: TEXT_HASH,
    variant: 'a',
    source: 'banner',
    gpc: false,
    pageUrl: 'https://www.example.dk/kontakt',
    device: 'desktop',
    ...overrides,
  };
}

export function validImpression(overrides: Partial<ImpressionBody> = {}): ImpressionBody {
  return {
    timestamp: '2026-11-01T10:00:00.000Z',
    locale: 'da',
    revision: 3,
    variant: 'a',
    device: 'desktop',
    bannerVersion: '0.1.0',
    textHash: TEXT_HASH,
    pageUrl: 'https://www.example.dk/',
    ...overrides,
  };
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };
