import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely } from 'kysely';
import type { Database as Schema } from './database.js';
import { KyselyStore } from './kysely-store.js';
import { SqliteWorkerDialect } from './sqlite-worker-dialect.js';

/**
 * WAL lets stats and export reads run beside writes. `synchronous=FULL` fsyncs the WAL on every
 * commit, so an acknowledged record survives power loss, not only a killed process. Group commit
 * (group-commit.ts) keeps that to one fsync per batch, and the worker thread
 * (sqlite-worker-dialect.ts) keeps the fsync off the HTTP event loop.
 */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  // Another process (`samtykke-server seed`, a second collector on the same file) may hold the lock.
  'busy_timeout = 5000',
];

/** Opens (creating if needed) the SQLite file and migrates it. */
export async function openSqliteStore(file: string): Promise<KyselyStore> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const dialect = new SqliteWorkerDialect({ file, pragmas: PRAGMAS });
  const store = new KyselyStore(new Kysely<Schema>({ dialect }), 'sqlite', { executeTransaction: (queries) => dialect.executeTransaction(queries) });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
