import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { ADMIN_TOKEN, validImpression, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

const SITE = 'https://www.example.dk';

/**
 * Origin header values: the allowed ones, near misses of them (another scheme or port, the name as
 * a prefix, suffix, path or user info, other case, trailing dots, look-alike letters, lists), and
 * anything at all.
 */
const originHeader: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(SITE, 'https://example.dk') },
  {
    weight: 6,
    arbitrary: fc
      .record({
        scheme: fc.constantFrom('https://', 'http://', 'HTTPS://', 'wss://', 'https:/', 'https:\\\\', '//', ''),
        userinfo: fc.constantFrom('', '', '', 'user@', 'www.example.dk@', 'https://www.example.dk@'),
        host: fc.constantFrom(
          'www.example.dk', 'example.dk', 'WWW.Example.DK', 'www.example.dk.', 'www.example.dk.evil.com', 'evilwww.example.dk',
          'www.example.dk-evil.com', 'wwwexample.dk', 'www.example.dkk', 'ww.example.dk', 'www.exаmple.dk', 'xn--www-example-dk',
          'www.example.dk%2eevil.com', 'evil.com', '127.0.0.1', '[::1]', 'www.example.dk\u0000', 'www.example.dk\u200b',
        ),
        port: fc.constantFrom('', '', '', ':443', ':80', ':8443', ':', ':0443'),
        rest: fc.constantFrom('', '', '', '/', '/www.example.dk', '?https://www.example.dk', '#', ', https://evil.com', ' ', '\t', '.evil.com'),
      })
      .map(({ scheme, userinfo, host, port, rest }) => `${scheme}${userinfo}${host}${port}${rest}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('null', '', ' https://www.example.dk', 'https://evil.com/https://www.example.dk', 'file://', 'https://www.example.dk https://example.dk') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.webUrl().map((url) => new URL(url).origin) },
);
const preflight = (origin: string, method = 'POST') => ({
  method: 'OPTIONS' as const,
  url: '/api/v1/consents',
  headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' },
});

describe.each(STORE_KINDS)('CORS and rate limits ($name)', (kind) => {
  let handle: TestStore;
  const apps: FastifyInstance[] = [];
  const build = async (options: Parameters<typeof buildApp>[0] extends infer O ? Omit<O, 'store'> : never) => {
    const app = await buildApp({ store: handle.store, adminToken: ADMIN_TOKEN, ...options });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    handle = await kind.open();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await handle?.cleanup();
  });

  it('answers a preflight from an allowed origin', async () => {
    const app = await build({ allowedOrigins: [SITE], rateLimit: false });
    const response = await app.inject(preflight(SITE));
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(SITE);
    expect(response.headers['access-control-allow-methods']).toContain('POST');
    expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toContain('content-type');
    // sendBeacon with a JSON Blob is a credentialed request.
    expect(response.headers['access-control-allow-credentials']).toBe('true');
  });

  it('refuses a preflight from another origin with 403 and no CORS headers', async () => {
    const app = await build({ allowedOrigins: [SITE], rateLimit: false });
    const response = await app.inject(preflight('https://evil.example'));
    expect(response.statusCode).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.json().error.code).toBe('origin_not_allowed');
  });

  it('matches configured origins however they were written', async () => {
    const app = await build({ allowedOrigins: ['HTTPS://WWW.Example.DK/'], rateLimit: false });
    expect((await app.inject(preflight(SITE))).statusCode).toBe(204);
  });

  it('adds CORS headers to a record from an allowed origin', async () => {
    const app = await build({ allowedOrigins: [SITE], rateLimit: false });
    const response = await app.inject({ method: 'POST', url: '/api/v1/consents', headers: { origin: SITE }, payload: validRecord() });
    expect(response.statusCode).toBe(201);
    expect(response.headers['access-control-allow-origin']).toBe(SITE);
  });

  it('reflects any origin when no list is configured', async () => {
    const app = await build({ rateLimit: false });
    const response = await app.inject(preflight('https://anywhere.example'));
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://anywhere.example');
    const post = await app.inject({ method: 'POST', url: '/api/v1/impressions', payload: validImpression() });
    expect(post.statusCode).toBe(204);
  });

  it('answers 429 with the error shape once a client passes the limit', async () => {
    const app = await build({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const send = (remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/v1/impressions', payload: validImpression(), remoteAddress });
    for (let index = 0; index < 3; index++) expect((await send('198.51.100.1')).statusCode).toBe(204);
    const limited = await send('198.51.100.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('rate limit') } });
    // Another client is not affected, and health checks are never limited.
    expect((await send('198.51.100.2')).statusCode).toBe(204);
    expect((await app.inject({ url: '/healthz', remoteAddress: '198.51.100.1' })).statusCode).toBe(200);
  });

  it('accepts the same client again once the window has passed, as Retry-After says', async () => {
    // A second: long enough that a slow machine stays inside it between two requests, short enough to wait out.
    const app = await build({ rateLimit: { max: 2, timeWindowMs: 1000 } });
    const send = () => app.inject({ method: 'POST', url: '/api/v1/impressions', payload: validImpression(), remoteAddress: '198.51.100.9' });
    for (let round = 0; round < 2; round++) {
      expect((await send()).statusCode).toBe(204);
      expect((await send()).statusCode).toBe(204);
      const limited = await send();
      expect(limited.statusCode).toBe(429);
      // Whole seconds, rounded up from what is left of the window: waiting that long is always enough.
      const retryAfterSeconds = Number(limited.headers['retry-after']);
      expect(retryAfterSeconds).toBe(1);
      expect((await send()).statusCode).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000));
    }
    expect((await send()).statusCode).toBe(204);
  });

  it('lets only the exact allowed origins through, for any Origin header', { timeout: 60_000 }, async () => {
    const allowed = [SITE, 'https://example.dk'];
    const app = await build({ allowedOrigins: allowed, rateLimit: false });
    await fc.assert(
      fc.asyncProperty(originHeader, async (origin) => {
        const isAllowed = allowed.includes(origin);
        const check = (response: LightMyRequestResponse, allowedStatus: number) => {
          expect(response.statusCode, origin).toBe(isAllowed ? allowedStatus : 403);
          expect(response.headers['access-control-allow-origin'], origin).toBe(isAllowed ? origin : undefined);
          if (!isAllowed) expect(response.json().error.code).toBe('origin_not_allowed');
        };
        check(await app.inject(preflight(origin)), 204);
        // The beacon: a "simple" request that gets no preflight, so the route's own check must hold.
        check(
          await app.inject({ method: 'POST', url: '/api/v1/impressions', headers: { origin, 'content-type': 'text/plain;charset=UTF-8' }, payload: JSON.stringify(validImpression()) }),
          204,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts a text/plain beacon from an allowed origin over a real connection', async () => {
    const app = await build({ allowedOrigins: [SITE], rateLimit: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const body = JSON.stringify(validRecord());
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/v1/consents', headers: { origin: SITE, 'content-type': 'text/plain;charset=UTF-8' } },
        (incoming) => {
          let text = '';
          incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    expect(answer.status).toBe(201);
    expect(answer.headers['access-control-allow-origin']).toBe(SITE);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
  });
});
