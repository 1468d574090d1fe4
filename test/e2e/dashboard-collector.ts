import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { seed, type SeedOptions } from '../../server/seed.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { ConsentStore } from '../../server/store/types.js';

export const DASHBOARD_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));
export const DASHBOARD_TOKEN = 'dashboard-e2e-token-0123456789abcdef';

export interface RunningCollector {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  store: ConsentStore;
  app: FastifyInstance;
  /** GET an admin endpoint with the token, as JSON. */
  admin<T = unknown>(path: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * A real collector (buildApp) on a fresh SQLite file in a temp directory, listening on 127.0.0.1 on a
 * free port and serving dist/dashboard at /dashboard/. `fill` writes the data (server/seed.ts or
 * direct writes) before the collector starts listening.
 */
export async function startCollector(fill: (store: ConsentStore) => Promise<unknown>): Promise<RunningCollector> {
  const dir = await mkdtemp(join(tmpdir(), 'samtykke-dashboard-'));
  const store = await openSqliteStore(join(dir, 'collector.db'));
  try {
    await fill(store);
    const app = await buildApp({ store, adminToken: DASHBOARD_TOKEN, dashboardDir: DASHBOARD_DIR, rateLimit: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return {
      origin,
      store,
      app,
      async admin<T>(path: string): Promise<T> {
        const response = await fetch(origin + path, { headers: { authorization: `Bearer ${DASHBOARD_TOKEN}` } });
        if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      },
      async close() {
        // Chromium keeps preconnected sockets that never send a request; Node does not count them as
        // idle, so app.close() alone would wait for its headers timeout (seen as a 20-60 s hang).
        // Nothing is in flight once a test is done.
        const closing = app.close();
        app.server.closeAllConnections();
        await closing;
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The seeded A/B test: variants a and b, b with a known higher accept-all and statistics opt-in. */
export function seedKnownDifference(options: SeedOptions = {}): (store: ConsentStore) => Promise<unknown> {
  return (store) => seed(store, { days: 90, impressions: 60_000, variants: ['a', 'b'], seed: 7, ...options });
}

/**
 * An A/A test: the same seeded behaviour for both variants (seed.ts gives the first variant of a list
 * the control's choices, so each half is seeded as a one-variant run), with different random streams.
 */
export function seedNoDifference(): (store: ConsentStore) => Promise<unknown> {
  return async (store) => {
    await seed(store, { days: 90, impressions: 30_000, variants: ['a'], seed: 21 });
    await seed(store, { days: 90, impressions: 30_000, variants: ['b'], seed: 22 });
  };
}
