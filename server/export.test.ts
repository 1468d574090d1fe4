import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { ADMIN_TOKEN, adminHeaders, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

const HEADER =
  'receivedAt,consentId,timestamp,action,technical,statistical,marketing,personalised,revision,locale,bannerVersion,textHash,variant,source,gpc,pageUrl,device';

describe.each(STORE_KINDS)('GET /api/v1/export.csv ($name)', (kind) => {
  let handle: TestStore;
  let app: FastifyInstance;
  let clock = new Date('2026-11-01T12:00:00.000Z');

  beforeAll(async () => {
    handle = await kind.open();
    app = await buildApp({ store: handle.store, adminToken: ADMIN_TOKEN, rateLimit: false, now: () => clock });
  });

  afterAll(async () => {
    await app?.close();
    await handle?.cleanup();
  });

  const post = async (at: string, record = validRecord()): Promise<void> => {
    clock = new Date(at);
    expect((await app.inject({ method: 'POST', url: '/api/v1/consents', payload: record })).statusCode).toBe(201);
  };

  it('streams a header and one escaped row per record received in the range, in order of receipt', async () => {
    const plain = validRecord({ variant: null, gpc: true, action: 'gpc', source: 'gpc' });
    const awkward = validRecord({ variant: '-b.2', pageUrl: 'https://www.example.dk/a,b"c' });
    await post('2026-10-31T23:59:59.999Z', validRecord());
    await post('2026-11-01T08:00:00.000Z', awkward);
    await post('2026-11-01T07:00:00.000Z', plain);
    await post('2026-11-02T00:00:00.000Z', validRecord());

    const response = await app.inject({ url: '/api/v1/export.csv?from=2026-11-01&to=2026-11-01', headers: adminHeaders });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="samtykke-consents-2026-11-01-2026-11-01.csv"');
    expect(response.body.split('\r\n')).toEqual([
      HEADER,
      `2026-11-01T07:00:00.000Z,${plain.consentId},2026-11-01T10:00:00.000+01:00,gpc,true,true,false,true,3,da,0.1.0,${plain.textHash},,gpc,true,https://www.example.dk/kontakt,desktop`,
      // The variant would be read as a formula, the URL holds a comma and a quote.
      `2026-11-01T08:00:00.000Z,${awkward.consentId},2026-11-01T10:00:00.000+01:00,custom,true,true,false,true,3,da,0.1.0,${awkward.textHash},'-b.2,banner,false,"https://www.example.dk/a,b""c",desktop`,
      '',
    ]);
  });

  it('answers only the header for a range without records', async () => {
    const response = await app.inject({ url: '/api/v1/export.csv?from=2020-01-01&to=2020-01-31', headers: adminHeaders });
    expect(response.body).toBe(`${HEADER}\r\n`);
  });

  it('pages through more records than one query reads, none twice', async () => {
    const receivedAt = '2026-12-01T10:00:00.000Z';
    // Same receipt time for all: the (receivedAt, id) cursor must still page correctly.
    const records = Array.from({ length: 2500 }, () => ({ record: validRecord(), receivedAt }));
    await handle.store.write({ records, impressions: [] });
    const response = await app.inject({ url: '/api/v1/export.csv?from=2026-12-01&to=2026-12-01', headers: adminHeaders });
    const lines = response.body.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(2500);
    expect(new Set(lines.map((line) => line.split(',')[1]))).toEqual(new Set(records.map(({ record }) => record.consentId)));
  });
});
