import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './database.js';
import { KyselyStore } from './kysely-store.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /**
   * Schema to create and use (through `search_path`); tests use a fresh one per run.
   * @default the connection's own search_path (normally `public`)
   */
  schema?: string;
  /**
   * Connections per collector.
   * @default 10
   */
  poolSize?: number;
  /**
   * How long a query waits for a connection, whether a new one is being opened or all are busy,
   * before it fails with StorageError (answered 503) instead of holding the request.
   * @default 5000
   */
  connectTimeoutMs?: number;
  /** Called when a pooled connection fails, idle or in use (the pool replaces it). */
  onPoolError?: (error: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to PostgreSQL and migrates. Several collectors may do this at once: Kysely locks. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<KyselyStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // Lets the operating system notice a server that vanished without closing the connection.
    keepAlive: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A connection the server closes emits 'error' on its client, and an 'error' event without a
  // listener kills the process. The pool listens only while a client is idle; a client in use (for
  // instance between a failed query and its release) has no listener, so each gets its own. The
  // query that was running fails on its own and is answered 503.
  pool.on('connect', (client) => client.on('error', (error) => options.onPoolError?.(error)));
  // Reported by the client's own listener above; the pool's event must still be listened to.
  pool.on('error', () => undefined);
  let store: KyselyStore | undefined;
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    const current = await pool.query<{ schema: string | null }>('select current_schema() as schema');
    const migrationTableSchema = current.rows[0]?.schema;
    if (!migrationTableSchema) throw new Error('PostgreSQL has no current schema: check search_path');
    store = new KyselyStore(new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), 'postgres', { migrationTableSchema });
    await store.migrate();
  } catch (error) {
    if (store) await store.close();
    else await pool.end();
    throw error;
  }
  return store;
}
