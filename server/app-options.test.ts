import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { consentRecordSchema, impressionSchema } from './schemas.js';
import { ADMIN_TOKEN, adminHeaders, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

describe.each(STORE_KINDS)('buildApp() options ($name)', (kind) => {
  let handle: TestStore;
  let dashboardDir: string;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    handle = await kind.open();
    dashboardDir = await mkdtemp(join(tmpdir(), 'samtykke-dashboard-'));
    await writeFile(join(dashboardDir, 'index.html'), '<!doctype html><title>Samtykke dashboard</title>');
    await writeFile(join(dashboardDir, 'dashboard.js'), 'export const ready = true;');
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await handle?.cleanup();
    await rm(dashboardDir, { recursive: true, force: true });
  });

  const build = async (options: { dashboardDir?: string; adminToken?: string | null } = {}): Promise<FastifyInstance> => {
    const app = await buildApp({ store: handle.store, rateLimit: false, adminToken: ADMIN_TOKEN, ...options });
    apps.push(app);
    return app;
  };

  describe('dashboardDir', () => {
    it('redirects /dashboard to /dashboard/', async () => {
      const app = await build({ dashboardDir });
      const response = await app.inject({ url: '/dashboard' });
      expect([301, 302, 308]).toContain(response.statusCode);
      expect(response.headers.location).toBe('/dashboard/');
    });

    it('serves index.html at /dashboard/ and files beside it', async () => {
      const app = await build({ dashboardDir });
      const index = await app.inject({ url: '/dashboard/' });
      expect(index.statusCode).toBe(200);
      expect(index.headers['content-type']).toMatch(/^text\/html/);
      expect(index.body).toContain('Samtykke dashboard');
      const script = await app.inject({ url: '/dashboard/dashboard.js' });
      expect(script.body).toBe('export const ready = true;');
    });

    it('answers 404 with the error shape for a missing file or no directory', async () => {
      const app = await build({ dashboardDir });
      expect((await app.inject({ url: '/dashboard/missing.js' })).json().error.code).toBe('not_found');
      expect((await app.inject({ url: '/dashboard/../package.json' })).statusCode).toBe(404);
      const without = await build();
      expect((await without.inject({ url: '/dashboard' })).statusCode).toBe(404);
    });
  });

  describe('adminToken', () => {
    it('without one, ingest works and admin endpoints say how to enable them', async () => {
      const app = await build({ adminToken: null });
      const response = await app.inject({ url: '/api/v1/stats', headers: { authorization: 'Bearer anything' } });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toContain('SAMTYKKE_ADMIN_TOKEN');
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('documents every route from the schemas it validates with', async () => {
      const app = await build();
      const document = (await app.inject({ url: '/api/v1/openapi.json' })).json();
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths).sort()).toEqual([
        '/api/v1/consents',
        '/api/v1/consents/{consentId}',
        '/api/v1/export.csv',
        '/api/v1/impressions',
        '/api/v1/stats',
        '/healthz',
      ]);
      const ingest = document.paths['/api/v1/consents'].post;
      expect(ingest.requestBody.content['application/json'].schema).toEqual(JSON.parse(JSON.stringify(consentRecordSchema)));
      expect(ingest.requestBody.content['text/plain'].schema).toEqual(JSON.parse(JSON.stringify(consentRecordSchema)));
      expect(Object.keys(ingest.responses)).toEqual(['201', '4XX', '5XX']);
      expect(document.paths['/api/v1/impressions'].post.requestBody.content['application/json'].schema).toEqual(JSON.parse(JSON.stringify(impressionSchema)));
      expect(document.paths['/api/v1/stats'].get.security).toEqual([{ bearerAuth: [] }]);
      expect(document.paths['/api/v1/stats'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['from', 'to', 'groupBy']);
      expect(document.paths['/api/v1/consents/{consentId}'].get.parameters[0]).toMatchObject({ name: 'consentId', in: 'path', required: true });
      expect(document.paths['/healthz'].get.security).toBeUndefined();
    });
  });
});

describe('a store that stops answering', () => {
  it('answers 503 with the error shape, never 500', async () => {
    const handle = await STORE_KINDS.find((kind) => kind.name === 'sqlite')!.open();
    const app = await buildApp({ store: handle.store, rateLimit: false, adminToken: ADMIN_TOKEN });
    await handle.store.close();
    try {
      const health = await app.inject({ url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.json().error.code).toBe('storage_unavailable');
      const post = await app.inject({ method: 'POST', url: '/api/v1/consents', payload: validRecord() });
      expect(post.statusCode).toBe(503);
      expect(post.json()).toEqual({ error: { code: 'storage_unavailable', message: expect.stringContaining('retry') } });
      const stats = await app.inject({ url: '/api/v1/stats', headers: adminHeaders });
      expect(stats.statusCode).toBe(503);
    } finally {
      await app.close();
      await handle.cleanup();
    }
  });
});
