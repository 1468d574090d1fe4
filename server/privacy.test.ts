import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { ADMIN_TOKEN, adminHeaders, validImpression, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

const CLIENT_IP = '203.0.113.77';
const FORWARDED_IP = '198.51.100.23';
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) SamtykkeProbe/9.9';
const TRACES = [CLIENT_IP, FORWARDED_IP, 'SamtykkeProbe'];

describe.each(STORE_KINDS)('no client IP or user agent is kept ($name)', (kind) => {
  let handle: TestStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await kind.open();
    // trustProxy makes Fastify resolve request.ip from X-Forwarded-For: the IP is then known to the
    // app (for rate limiting) and must still not reach the database.
    app = await buildApp({ store: handle.store, adminToken: ADMIN_TOKEN, trustProxy: true, rateLimit: { max: 100 } });
    const headers = { 'x-forwarded-for': `${FORWARDED_IP}, ${CLIENT_IP}`, 'user-agent': USER_AGENT, 'x-real-ip': CLIENT_IP };
    for (let index = 0; index < 5; index++) {
      const record = await app.inject({ method: 'POST', url: '/api/v1/consents', remoteAddress: CLIENT_IP, headers, payload: validRecord() });
      expect(record.statusCode).toBe(201);
      const impression = await app.inject({ method: 'POST', url: '/api/v1/impressions', remoteAddress: CLIENT_IP, headers, payload: validImpression() });
      expect(impression.statusCode).toBe(204);
    }
  });

  afterAll(async () => {
    await app?.close();
    await handle?.cleanup();
  });

  it('in any column of any table', async () => {
    const tables = await handle.dumpAllTables();
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['consent_records', 'daily_aggregates']));
    expect(tables['consent_records']).toHaveLength(5);
    let cells = 0;
    for (const [table, rows] of Object.entries(tables)) {
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          cells++;
          for (const trace of TRACES) expect(String(value), `${table}.${column}`).not.toContain(trace);
        }
      }
    }
    expect(cells).toBeGreaterThan(5 * 17);
  });

  it('in the CSV export', async () => {
    const response = await app.inject({ url: '/api/v1/export.csv?from=2000-01-01&to=2001-12-31', headers: adminHeaders });
    expect(response.statusCode).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const csv = (await app.inject({ url: `/api/v1/export.csv?from=${today}&to=${today}`, headers: adminHeaders })).body;
    expect(csv.trimEnd().split('\r\n')).toHaveLength(6);
    for (const trace of TRACES) expect(csv).not.toContain(trace);
  });
});
