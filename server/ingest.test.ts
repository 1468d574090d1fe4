import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { ADMIN_TOKEN, adminHeaders, validImpression, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

describe.each(STORE_KINDS)('collector ingest and proof ($name)', (kind) => {
  let handle: TestStore;
  let app: FastifyInstance;
  let clock = new Date('2026-11-01T09:00:00.000Z');

  beforeAll(async () => {
    handle = await kind.open();
    app = await buildApp({ store: handle.store, adminToken: ADMIN_TOKEN, rateLimit: false, now: () => clock });
  });

  afterAll(async () => {
    await app?.close();
    await handle?.cleanup();
  });

  it('answers 201 with the receipt time once a record is stored', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/consents', payload: validRecord() });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ ok: true, receivedAt: '2026-11-01T09:00:00.000Z' });
  });

  it('answers 204 to an impression', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/impressions', payload: validImpression() });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });

  it('accepts JSON sent as text/plain, as sendBeacon with a string does', async () => {
    const record = validRecord();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/consents',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify(record),
    });
    expect(response.statusCode).toBe(201);
    const impression = await app.inject({
      method: 'POST',
      url: '/api/v1/impressions',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify(validImpression()),
    });
    expect(impression.statusCode).toBe(204);
    const proof = await app.inject({ url: `/api/v1/consents/${record.consentId}`, headers: adminHeaders });
    expect(proof.json().records).toHaveLength(1);
  });

  it('returns the history of one consent id oldest first, each record as sent plus receivedAt', async () => {
    const first = validRecord({ action: 'accept_all', categories: { technical: true, statistical: true, marketing: true, personalised: true } });
    const later = [
      { ...first, action: 'custom' as const, categories: { technical: true as const, statistical: true, marketing: false, personalised: false }, source: 'preferences' as const },
      { ...first, action: 'withdraw' as const, categories: { technical: true as const, statistical: false, marketing: false, personalised: false }, source: 'api' as const },
    ];
    const sent = [first, ...later];
    const times = ['2026-11-02T08:00:00.000Z', '2026-11-03T08:00:00.000Z', '2026-11-03T08:00:01.000Z'];
    for (const [index, record] of sent.entries()) {
      clock = new Date(times[index]!);
      expect((await app.inject({ method: 'POST', url: '/api/v1/consents', payload: record })).statusCode).toBe(201);
    }
    // Another id in between must not leak into this history.
    await app.inject({ method: 'POST', url: '/api/v1/consents', payload: validRecord() });

    const response = await app.inject({ url: `/api/v1/consents/${first.consentId}`, headers: adminHeaders });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      consentId: first.consentId,
      records: sent.map((record, index) => ({ ...record, receivedAt: times[index] })),
    });
  });

  it('keeps a variant of null as null', async () => {
    const record = validRecord({ variant: null });
    await app.inject({ method: 'POST', url: '/api/v1/consents', payload: record });
    const response = await app.inject({ url: `/api/v1/consents/${record.consentId}`, headers: adminHeaders });
    expect(response.json().records[0].variant).toBeNull();
  });

  it('finds a history whatever the case of the consent id', async () => {
    const record = validRecord();
    await app.inject({ method: 'POST', url: '/api/v1/consents', payload: { ...record, consentId: record.consentId.toUpperCase() } });
    const response = await app.inject({ url: `/api/v1/consents/${record.consentId.toUpperCase()}`, headers: adminHeaders });
    expect(response.statusCode).toBe(200);
    expect(response.json().consentId).toBe(record.consentId);
  });

  it('answers 404 with the error shape for an unknown consent id', async () => {
    const response = await app.inject({ url: `/api/v1/consents/${validRecord().consentId}`, headers: adminHeaders });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('stores SQL-looking text verbatim and harmlessly', async () => {
    const record = validRecord({ pageUrl: "https://www.example.dk/';DROP%20TABLE%20consent_records;--" });
    expect((await app.inject({ method: 'POST', url: '/api/v1/consents', payload: record })).statusCode).toBe(201);
    const response = await app.inject({ url: `/api/v1/consents/${record.consentId}`, headers: adminHeaders });
    expect(response.json().records[0].pageUrl).toBe(record.pageUrl);
  });

  it('reports health with the store kind', async () => {
    const response = await app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, store: kind.name });
  });
});
