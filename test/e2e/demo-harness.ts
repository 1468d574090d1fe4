import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server.js';
import { buildApp } from '../../server/app.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { ConsentStore } from '../../server/store/types.js';

export const ADMIN_TOKEN = 'demo-e2e-token-0123456789abcdef';

export interface DemoEnvironment {
  site: DemoServer;
  collectorOrigin: string;
  /** GET an admin endpoint of the collector with the token, as JSON. */
  admin<T = any>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** A free port on 127.0.0.1 (the OS picks it; free again when this resolves). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The demo as `npm start` runs it, on random ports: the real demo server (demo/server.js) whose pages
 * send their records to a real collector (server/app.ts) on a fresh SQLite file, which accepts them
 * from the site's origin only. The site's port is chosen first, since each needs the other's origin.
 */
export async function startDemoEnvironment(): Promise<DemoEnvironment> {
  const dir = await mkdtemp(join(tmpdir(), 'samtykke-demo-'));
  const store: ConsentStore = await openSqliteStore(join(dir, 'collector.db'));
  const sitePort = await freePort();
  const collector: FastifyInstance = await buildApp({ store, adminToken: ADMIN_TOKEN, allowedOrigins: [`http://127.0.0.1:${sitePort}`], rateLimit: false });
  const collectorOrigin = await collector.listen({ port: 0, host: '127.0.0.1' });
  const site = await startDemoServer({ port: sitePort, host: '127.0.0.1', collector: collectorOrigin });
  return {
    site,
    collectorOrigin,
    async admin(path) {
      const response = await fetch(collectorOrigin + path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return response.json();
    },
    async close() {
      await site.close();
      await collector.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes sure nothing leaves 127.0.0.1: every other request is aborted and remembered, so a test can
 * assert that the list stays empty.
 */
export async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return outside;
}

/** What the demo's stand-ins recorded in the page (`window.__demoRan`). */
export function ranInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys((window as unknown as { __demoRan?: Record<string, unknown> }).__demoRan ?? {}).sort());
}

/** Polls `check` until it returns true (or gives up after `timeout` ms), for effects that arrive on their own time. */
export async function eventually(check: () => Promise<boolean> | boolean, timeout = 5000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}
