import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { ConsentRecordBody } from './schemas.js';
import {
  IMPRESSION_FIELDS,
  RECORD_FIELDS,
  contentType,
  malformedRequest,
  mutated,
  proofSegment,
  queryString,
  randomBytes,
  randomJsonText,
  truncated,
  validImpressionArb,
  validRecordArb,
  wireContentType,
} from './test/fuzz-arbitraries.js';
import { ADMIN_TOKEN, adminHeaders } from './test/fixtures.js';
import { rawExchange, sendOverHttp, type Answer } from './test/http-exchange.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

/**
 * Property-based fuzzing of everything a client controls: bodies, content types, query strings,
 * path segments and malformed HTTP. Whatever comes in, the collector answers 2xx or 4xx, every 4xx
 * has the error shape, and what it acknowledged is stored exactly as sent.
 *
 * Generated inputs per store (numRuns below): 700 valid bodies + 1,500 JSON values + 3,000 mutated
 * records + 1,500 mutated impressions + 1,000 byte strings + 800 truncated bodies + 1,000 stats
 * queries + 800 proof look-ups + 500 export queries + 500 requests over HTTP + 200 malformed HTTP
 * requests = 11,500, in about 10 s per store on a 2-core machine (up to 30 s when it is busy).
 * FUZZ_SEED=<n> replays a run with the seed fast-check reports.
 */
const RUNS = {
  valid: 700,
  jsonValues: 1500,
  records: 3000,
  impressions: 1500,
  bytes: 1000,
  truncated: 800,
  stats: 1000,
  proof: 800,
  export: 500,
  http: 500,
  malformed: 200,
} as const;

const ORIGIN = 'https://www.example.dk';
// A fixed clock puts every receipt on one day, so that the counts can be checked afterwards.
const DAY = '2026-11-15';
const NOW = new Date(`${DAY}T12:00:00.000Z`);
const PROPERTY_TIMEOUT_MS = 120_000;
const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
// A request that never gets an answer fails its run, with the input that hung, instead of the whole file.
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, timeout: 10_000, ...(seed === undefined ? {} : { seed }) });

type Route = '/api/v1/consents' | '/api/v1/impressions';
const route = fc.constantFrom<Route>('/api/v1/consents', '/api/v1/impressions');
interface Sent {
  url: Route;
  payload: string | Buffer;
}

/** The property every answer must have, whatever was asked. */
function expectWellFormed(answer: Answer): void {
  const detail = `${answer.status} ${answer.body.slice(0, 300)}`;
  expect((answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500), detail).toBe(true);
  if (answer.status >= 400) {
    expect(answer.contentType, detail).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body), detail).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  }
}

const answerOf = (response: LightMyRequestResponse): Answer => ({
  status: response.statusCode,
  contentType: response.headers['content-type'] === undefined ? undefined : String(response.headers['content-type']),
  body: response.body,
});
const asText = (payload: string | Buffer): string => (typeof payload === 'string' ? payload : payload.toString('utf8'));

describe.each(STORE_KINDS)('fuzzed requests ($name)', (kind) => {
  let handle: TestStore;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    handle = await kind.open();
    app = await buildApp({
      store: handle.store,
      adminToken: ADMIN_TOKEN,
      allowedOrigins: [ORIGIN],
      rateLimit: false,
      now: () => NOW,
      // One transaction per record: the fuzzer sends one request at a time, so waiting buys nothing.
      groupCommit: { maxDelayMs: 0 },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app?.close();
    await handle?.cleanup();
  });

  async function inject(url: string, payload: string | Buffer, type: string | undefined): Promise<Answer> {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (type !== undefined) headers['content-type'] = type;
    return answerOf(await app.inject({ method: 'POST', url, headers, payload }));
  }

  async function adminGet(url: string): Promise<Answer> {
    return answerOf(await app.inject({ method: 'GET', url, headers: adminHeaders }));
  }

  async function dayTotals(): Promise<{ decisions: number; impressions: number }> {
    const answer = await adminGet(`/api/v1/stats?from=${DAY}&to=${DAY}`);
    expect(answer.status).toBe(200);
    const { decisions, impressions } = JSON.parse(answer.body) as { decisions: number; impressions: number };
    return { decisions, impressions };
  }

  /**
   * Checks one ingest answer. A 201 must be findable by proof look-up with the very content that was
   * sent (the consent id in lower case, as stored and looked up); the counts are checked per test.
   */
  async function checkIngest(url: Route, payload: string | Buffer, answer: Answer, accepted: { decisions: number; impressions: number }): Promise<void> {
    expectWellFormed(answer);
    if (answer.status >= 300) return;
    if (url === '/api/v1/impressions') {
      expect(answer.status).toBe(204);
      accepted.impressions += 1;
      return;
    }
    expect(answer.status).toBe(201);
    accepted.decisions += 1;
    // Read as the collector reads it: a byte order mark and whitespace skipped, the last of duplicate
    // keys kept. Written back and read again, because JSON has one zero and the text may say -0.
    const parsed: unknown = JSON.parse(asText(payload).replace(/^\ufeff/, ''));
    const sent = JSON.parse(JSON.stringify(parsed)) as ConsentRecordBody;
    const { receivedAt } = JSON.parse(answer.body) as { receivedAt: string };
    const proof = await adminGet(`/api/v1/consents/${sent.consentId}`);
    expect(proof.status, proof.body).toBe(200);
    const { records } = JSON.parse(proof.body) as { records: unknown[] };
    expect(records.at(-1)).toEqual({ ...sent, consentId: sent.consentId.toLowerCase(), receivedAt });
  }

  /** Runs an ingest property and then checks that the day's counts grew by exactly what was acknowledged. */
  async function ingestProperty<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, send: (input: T) => Promise<Sent & { answer: Answer }>): Promise<void> {
    const before = await dayTotals();
    const accepted = { decisions: 0, impressions: 0 };
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const { url, payload, answer } = await send(input);
        await checkIngest(url, payload, answer, accepted);
      }),
      params(numRuns),
    );
    const after = await dayTotals();
    expect({ decisions: after.decisions - before.decisions, impressions: after.impressions - before.impressions }).toEqual(accepted);
  }

  it('accepts every valid record and impression the SDK could send, and stores the record as sent', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const body = fc.oneof(
      validRecordArb.map((record): Sent => ({ url: '/api/v1/consents', payload: JSON.stringify(record) })),
      validImpressionArb.map((impression): Sent => ({ url: '/api/v1/impressions', payload: JSON.stringify(impression) })),
    );
    await ingestProperty(fc.tuple(body, fc.constantFrom('application/json', 'text/plain;charset=UTF-8')), RUNS.valid, async ([{ url, payload }, type]) => {
      const answer = await inject(url, payload, type);
      // The others may refuse; these must not, or the fuzzer would mostly be testing refusals.
      expect(answer.status, answer.body).toBe(url === '/api/v1/consents' ? 201 : 204);
      return { url, payload, answer };
    });
  });

  it('answers random JSON values with 4xx and the error shape', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await ingestProperty(fc.tuple(route, randomJsonText, contentType), RUNS.jsonValues, async ([url, payload, type]) => ({
      url,
      payload,
      answer: await inject(url, payload, type),
    }));
  });

  it('stores a record mutated field by field exactly as sent, or refuses it with 4xx', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const body = mutated(validRecordArb, RECORD_FIELDS);
    await ingestProperty(fc.tuple(body, contentType), RUNS.records, async ([payload, type]) => ({
      url: '/api/v1/consents',
      payload,
      answer: await inject('/api/v1/consents', payload, type),
    }));
  });

  it('counts an impression mutated field by field, or refuses it with 4xx', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const body = mutated(validImpressionArb, IMPRESSION_FIELDS);
    await ingestProperty(fc.tuple(body, contentType), RUNS.impressions, async ([payload, type]) => ({
      url: '/api/v1/impressions',
      payload,
      answer: await inject('/api/v1/impressions', payload, type),
    }));
  });

  it('answers random bytes with 4xx and the error shape', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await ingestProperty(fc.tuple(route, randomBytes, contentType), RUNS.bytes, async ([url, payload, type]) => ({
      url,
      payload,
      answer: await inject(url, payload, type),
    }));
  });

  it('answers truncated JSON with 4xx and the error shape', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    const body = fc.oneof(
      truncated(validRecordArb).map((payload): Sent => ({ url: '/api/v1/consents', payload })),
      truncated(validImpressionArb).map((payload): Sent => ({ url: '/api/v1/impressions', payload })),
    );
    await ingestProperty(fc.tuple(body, contentType), RUNS.truncated, async ([{ url, payload }, type]) => ({
      url,
      payload,
      answer: await inject(url, payload, type),
    }));
  });

  /** One accepted record and impression, so that a range with the fixed day has something to count. */
  async function storeOneOfEach(): Promise<void> {
    const [record, impression] = fc.sample(fc.tuple(validRecordArb, validImpressionArb), 1)[0]!;
    expect((await inject('/api/v1/consents', JSON.stringify(record), 'application/json')).status).toBe(201);
    expect((await inject('/api/v1/impressions', JSON.stringify(impression), 'application/json')).status).toBe(204);
  }

  it('answers any stats query string with 4xx, or with the counts of exactly the days asked for', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await storeOneOfEach();
    const totals = await dayTotals();
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        const answer = await adminGet(`/api/v1/stats${query}`);
        expectWellFormed(answer);
        if (answer.status !== 200) return;
        // Everything was received on DAY: a range with it counts all of it, any other range nothing.
        const stats = JSON.parse(answer.body) as { from: string; to: string; decisions: number; impressions: number };
        expect(stats.from <= stats.to, answer.body).toBe(true);
        const hasDay = stats.from <= DAY && DAY <= stats.to;
        expect({ decisions: stats.decisions, impressions: stats.impressions }, query).toEqual(hasDay ? totals : { decisions: 0, impressions: 0 });
      }),
      params(RUNS.stats),
    );
  });

  it('answers any proof look-up with 200, 404 or another 4xx', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(proofSegment, fc.option(queryString, { nil: '' }), async (segment, query) => {
        expectWellFormed(await adminGet(`/api/v1/consents/${segment}${query}`));
      }),
      params(RUNS.proof),
    );
  });

  it('answers any export query string with 4xx, or with the CSV of exactly the days asked for', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await storeOneOfEach();
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        const response = await app.inject({ method: 'GET', url: `/api/v1/export.csv${query}`, headers: adminHeaders });
        expectWellFormed(answerOf(response));
        if (response.statusCode !== 200) return;
        const [header, ...rows] = response.body.split('\r\n').filter(Boolean);
        expect(header).toMatch(/^receivedAt,consentId,/);
        const range = /filename="samtykke-consents-(\d{4}-\d\d-\d\d)-(\d{4}-\d\d-\d\d)\.csv"/.exec(String(response.headers['content-disposition']));
        expect(range, query).not.toBeNull();
        expect(rows.length > 0, query).toBe(range![1]! <= DAY && DAY <= range![2]!);
      }),
      params(RUNS.export),
    );
  });

  it('holds over a real HTTP connection too', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    // One keep-alive connection: answers that close it (an early 413) make the agent open a new one.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = fc.oneof<Array<fc.WeightedArbitrary<Sent>>>(
        { weight: 3, arbitrary: mutated(validRecordArb, RECORD_FIELDS).map((payload) => ({ url: '/api/v1/consents', payload })) },
        { weight: 2, arbitrary: mutated(validImpressionArb, IMPRESSION_FIELDS).map((payload) => ({ url: '/api/v1/impressions', payload })) },
        { weight: 1, arbitrary: fc.tuple(route, randomBytes).map(([url, payload]) => ({ url, payload })) },
        { weight: 1, arbitrary: fc.tuple(route, randomJsonText).map(([url, payload]) => ({ url, payload })) },
      );
      await ingestProperty(fc.tuple(body, wireContentType), RUNS.http, async ([{ url, payload }, type]) => {
        const headers: Record<string, string> = { origin: ORIGIN };
        if (type !== undefined) headers['content-type'] = type;
        return { url, payload, answer: await sendOverHttp(port, agent, { method: 'POST', path: url, headers, body: payload }) };
      });
    } finally {
      agent.destroy();
    }
  });

  it('answers malformed HTTP with 4xx and the error shape, or not at all', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(malformedRequest, async (bytes) => {
        const answer = await rawExchange(port, bytes);
        // Closing without a word is fine for a request that never ended; a 5xx or a foreign shape is not.
        if (answer) expectWellFormed(answer);
      }),
      params(RUNS.malformed),
    );
  });

  it('is healthy after all of it', async () => {
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});
