import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { openPostgresStore } from './store/postgres.js';
import type { ConsentStore } from './store/types.js';
import { ADMIN_TOKEN, adminHeaders, validImpression, validRecord } from './test/fixtures.js';
import { createThrowawayCluster, findPostgresBinaries, type StopMode, type ThrowawayCluster } from './test/throwaway-cluster.js';

// A request that takes longer than this counts as a hang: a refused or dropped connection must be
// answered well within the store's connect timeout.
const REQUEST_BOUND_MS = 6_000;
const RECOVERY_BOUND_MS = 15_000;
const WRITERS = 8;
const READERS = 4;

interface Answer {
  status: number;
  body: { error?: { code: string } } | null;
  retryAfter: string | null;
}

const binDir = findPostgresBinaries();
// Stopping the shared server would break the test files running beside this one, so the test makes
// its own cluster, which needs the server's programs and not only a client.
const suite = binDir ? describe : describe.skip;
const title = binDir
  ? 'the PostgreSQL store while the database is stopped'
  : 'the PostgreSQL store while the database is stopped (skipped: no initdb and pg_ctl in PG_BINDIR or /usr/lib/postgresql/*/bin)';

suite(title, () => {
  let cluster: ThrowawayCluster | undefined;
  let store: ConsentStore | undefined;
  let app: FastifyInstance | undefined;
  let base: string;
  // In the real collector an 'error' event nobody listens to ends the process; here Vitest would only
  // report it beside the results, so the test collects them and fails on them itself.
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown): void => void uncaught.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    cluster = await createThrowawayCluster(binDir!);
    await cluster.start();
    store = await openPostgresStore({ connectionString: cluster.url, poolSize: 4, onPoolError: () => undefined });
    app = await buildApp({ store, adminToken: ADMIN_TOKEN, rateLimit: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    // Each step runs even if the one before failed: the cluster must never outlive the test.
    try {
      await app?.close();
    } finally {
      try {
        await store?.close();
      } finally {
        await cluster?.remove();
      }
    }
  });

  async function call(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(base + path, { ...init, signal: AbortSignal.timeout(REQUEST_BOUND_MS) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : null, retryAfter: response.headers.get('retry-after') };
  }

  const post = (path: string, body: unknown): Promise<Answer> =>
    call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  const today = (): string => new Date().toISOString().slice(0, 10);
  const statsPath = (): string => {
    const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    return `/api/v1/stats?from=${day(-1)}&to=${day(1)}`;
  };

  /**
   * Keeps the collector busy until stopped: writers post records, readers ask for health and stats,
   * so that pooled connections are in use, not only idle, when the server goes away. Remembers the
   * ids answered 201 and every answer that was neither a success nor 503 storage_unavailable.
   */
  function startTraffic(acknowledged: Set<string>): { stop(): Promise<string[]> } {
    const unexpected: string[] = [];
    let stopping = false;
    const check = (answer: Answer, success: number): void => {
      if (answer.status !== success && (answer.status !== 503 || answer.body?.error?.code !== 'storage_unavailable')) {
        unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };
    const loop = async (once: () => Promise<void>): Promise<void> => {
      while (!stopping) {
        try {
          await once();
        } catch (error) {
          unexpected.push(`no answer: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    const writer = (): Promise<void> =>
      loop(async () => {
        const record = validRecord();
        const answer = await post('/api/v1/consents', record);
        if (answer.status === 201) acknowledged.add(record.consentId);
        check(answer, 201);
      });
    const reader = (index: number): Promise<void> =>
      loop(async () => check(await call(index % 2 === 0 ? '/healthz' : statsPath(), { headers: adminHeaders }), 200));
    const running = [...Array.from({ length: WRITERS }, writer), ...Array.from({ length: READERS }, (_, index) => reader(index))];
    return {
      async stop() {
        stopping = true;
        await Promise.all(running);
        return unexpected;
      },
    };
  }

  async function expectUnavailable(name: string, answer: Promise<Answer>): Promise<void> {
    const { status, body, retryAfter } = await answer;
    expect({ name, status, code: body?.error?.code, retryAfter }).toEqual({
      name,
      status: 503,
      code: 'storage_unavailable',
      retryAfter: expect.stringMatching(/^\d+$/),
    });
  }

  async function waitForRecovery(): Promise<void> {
    const started = performance.now();
    for (;;) {
      const health = await call('/healthz').catch(() => null);
      if (health?.status === 200) return;
      if (performance.now() - started > RECOVERY_BOUND_MS) throw new Error(`still ${health?.status ?? 'no answer'} ${RECOVERY_BOUND_MS} ms after the database came back`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function storedIds(ids: readonly string[]): Promise<{ found: Set<string>; total: number }> {
    const client = new pg.Client({ connectionString: cluster!.url });
    await client.connect();
    try {
      const found = await client.query<{ consent_id: string }>('select distinct consent_id from consent_records where consent_id = any($1::text[])', [ids]);
      const total = await client.query<{ n: string }>('select count(*) as n from consent_records');
      return { found: new Set(found.rows.map((row) => row.consent_id)), total: Number(total.rows[0]?.n) };
    } finally {
      await client.end();
    }
  }

  it.each<StopMode>(['fast', 'immediate'])('answers 503 while stopped (-m %s), recovers by itself and keeps every acknowledged record', async (mode) => {
    if (!cluster!.isRunning) await cluster!.start();
    await waitForRecovery();

    const acknowledged = new Set<string>();
    const traffic = startTraffic(acknowledged);
    // Let writes be in flight on pooled connections when the server goes away.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cluster!.stop(mode);
    const acknowledgedBeforeStop = acknowledged.size;

    await expectUnavailable('healthz', call('/healthz'));
    await expectUnavailable('consents', post('/api/v1/consents', validRecord()));
    await expectUnavailable('impressions', post('/api/v1/impressions', validImpression()));
    await expectUnavailable('stats', call(statsPath(), { headers: adminHeaders }));
    await expectUnavailable('proof', call(`/api/v1/consents/${[...acknowledged][0] ?? validRecord().consentId}`, { headers: adminHeaders }));
    await expectUnavailable('export', call(`/api/v1/export.csv?from=${today()}&to=${today()}`, { headers: adminHeaders }));

    const unexpected = await traffic.stop();
    expect(unexpected).toEqual([]);
    expect(acknowledgedBeforeStop).toBeGreaterThan(0);

    await cluster!.start();
    await waitForRecovery();
    const after = validRecord();
    expect((await post('/api/v1/consents', after)).status).toBe(201);
    acknowledged.add(after.consentId);
    expect((await post('/api/v1/impressions', validImpression())).status).toBe(204);

    const ids = [...acknowledged];
    const { found, total } = await storedIds(ids);
    expect(ids.filter((id) => !found.has(id))).toEqual([]);
    const proof = await call(`/api/v1/consents/${ids[0]}`, { headers: adminHeaders });
    expect(proof.status).toBe(200);
    // Records and counts share each transaction, so even a crash leaves them agreeing.
    const stats = await call(statsPath(), { headers: adminHeaders });
    expect(stats.status).toBe(200);
    expect((stats.body as { decisions?: number } | null)?.decisions).toBe(total);
    expect(uncaught.map(String)).toEqual([]);
  });
});
