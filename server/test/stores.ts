import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { ConsentStore } from '../store/types.js';

/** Tests read the environment freely; only the collector's own code must not. */
export const POSTGRES_URL = process.env['DATABASE_URL'] ?? 'postgres://root@127.0.0.1:5432/test';

export interface TestStore {
  store: ConsentStore;
  /** Opens a second store on the same database, as a second collector would. */
  openAnother(): Promise<ConsentStore>;
  /** Every row of every table, for scanning what is actually kept. */
  dumpAllTables(): Promise<Record<string, Array<Record<string, unknown>>>>;
  cleanup(): Promise<void>;
}

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

const sqlite: StoreKind = {
  name: 'sqlite',
  async open() {
    const dir = await mkdtemp(join(tmpdir(), 'samtykke-test-'));
    const file = join(dir, 'collector.db');
    const opened: ConsentStore[] = [await openSqliteStore(file)];
    return {
      store: opened[0]!,
      async openAnother() {
        const another = await openSqliteStore(file);
        opened.push(another);
        return another;
      },
      async dumpAllTables() {
        const db = new Database(file, { readonly: true });
        try {
          const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>;
          return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`select * from "${name}"`).all() as Array<Record<string, unknown>>]));
        } finally {
          db.close();
        }
      },
      async cleanup() {
        for (const store of opened) await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
};

/**
 * A fresh schema per test file, dropped afterwards. If PostgreSQL is unreachable, open() throws and
 * the suite fails: CI has PostgreSQL, and a silent skip would hide a broken store.
 */
const postgres: StoreKind = {
  name: 'postgres',
  async open() {
    const schema = `samtykke_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    const dropSchema = async (): Promise<void> => {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    };
    let opened: ConsentStore[];
    try {
      opened = [await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 4 })];
    } catch (error) {
      await dropSchema().catch(() => undefined);
      throw error;
    }
    return {
      store: opened[0]!,
      async openAnother() {
        const another = await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 4 });
        opened.push(another);
        return another;
      },
      async dumpAllTables() {
        const tables = await admin.query<{ table_name: string }>(
          "select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE'",
          [schema],
        );
        const dump: Record<string, Array<Record<string, unknown>>> = {};
        for (const { table_name: name } of tables.rows) {
          dump[name] = (await admin.query<Record<string, unknown>>(`select * from ${schema}."${name}"`)).rows;
        }
        return dump;
      },
      async cleanup() {
        for (const store of opened) await store.close();
        await dropSchema();
      },
    };
  },
};

export const STORE_KINDS: StoreKind[] = [sqlite, postgres];
