import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

export interface SqliteWorkerDialectOptions {
  file: string;
  /** Run once after opening, e.g. `journal_mode = WAL`. */
  pragmas: readonly string[];
}

/**
 * Kysely's SQLite dialect, with better-sqlite3 running in a worker thread.
 *
 * better-sqlite3 is synchronous: in the main thread every commit's fsync (synchronous=FULL) and every
 * WAL checkpoint would stop the event loop, and with it every request in flight. In a worker they only
 * delay the transaction that waits for them, while the HTTP thread keeps parsing and validating; the
 * group commit (group-commit.ts) then simply gathers more requests into the next transaction.
 * Kysely's own SQL compiler and adapter are reused, so queries are the same as with SqliteDialect.
 */
export class SqliteWorkerDialect implements Dialect {
  readonly #driver: SqliteWorkerDriver;

  constructor(options: SqliteWorkerDialectOptions) {
    this.#driver = new SqliteWorkerDriver(options);
  }

  createDriver(): Driver {
    return this.#driver;
  }

  /**
   * Runs the statements in one transaction with a single message to the worker. A Kysely transaction
   * would cost a round trip per statement, each waiting for a turn of the busy HTTP event loop.
   */
  executeTransaction(queries: readonly CompiledQuery[]): Promise<void> {
    return this.#driver.executeTransaction(queries);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

interface WorkerReply {
  id: number;
  rows?: unknown[];
  changes?: number;
  lastInsertRowid?: number | bigint;
  error?: { message: string; code?: string };
}

/** One connection (SQLite has one writer anyway), handed out under a mutex as Kysely's SqliteDriver does. */
class SqliteWorkerDriver implements Driver {
  readonly #options: SqliteWorkerDialectOptions;
  readonly #pending = new Map<number, (reply: WorkerReply) => void>();
  readonly #waiting: Array<() => void> = [];
  #worker: Worker | null = null;
  #nextId = 0;
  #locked = false;

  constructor(options: SqliteWorkerDialectOptions) {
    this.#options = options;
  }

  async init(): Promise<void> {
    const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
    // The worker's code is the function below, as compiled JavaScript: this way it runs the same from
    // the TypeScript sources under vitest and from dist/, with no separate file to locate.
    const worker = new Worker(`(${sqliteWorkerMain.toString()})()`, {
      eval: true,
      workerData: { driverPath, file: this.#options.file, pragmas: this.#options.pragmas },
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { ready?: true; error?: { message: string } }) =>
        message.ready ? resolve() : reject(new Error(message.error?.message ?? 'SQLite worker failed to start')),
      );
      worker.once('error', reject);
    });
    worker.on('message', (reply: WorkerReply) => {
      this.#pending.get(reply.id)?.(reply);
      this.#pending.delete(reply.id);
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', () => this.#failAll(new Error('SQLite worker stopped')));
    this.#worker = worker;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.#locked) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#locked = true;
    return { executeQuery: (query) => this.#execute(query), streamQuery: () => this.#noStreaming() };
  }

  async executeTransaction(queries: readonly CompiledQuery[]): Promise<void> {
    await this.acquireConnection();
    try {
      if (!this.#worker) throw new Error('the SQLite store is closed');
      const transaction = queries.map((query) => ({ sql: query.sql, parameters: query.parameters }));
      const reply = await this.#send(this.#worker, { transaction });
      if (reply.error) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    } finally {
      await this.releaseConnection();
    }
  }

  async releaseConnection(): Promise<void> {
    this.#locked = false;
    this.#waiting.shift()?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = null;
    // Closing the database in the worker checkpoints the WAL; then the thread can go.
    await this.#send(worker, { close: true }).catch(() => undefined);
    await worker.terminate();
  }

  async #execute<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.#worker) throw new Error('the SQLite store is closed');
    const reply = await this.#send(this.#worker, { sql: query.sql, parameters: query.parameters });
    if (reply.error) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    const rows = (reply.rows ?? []) as R[];
    if (reply.changes === undefined) return { rows };
    return {
      rows,
      numAffectedRows: BigInt(reply.changes),
      ...(reply.lastInsertRowid === undefined ? {} : { insertId: BigInt(reply.lastInsertRowid) }),
    };
  }

  #send(worker: Worker, message: object): Promise<WorkerReply> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ id, ...message });
    });
  }

  #failAll(error: Error): void {
    for (const [id, settle] of this.#pending) settle({ id, error: { message: error.message } });
    this.#pending.clear();
  }

  // The collector pages its exports with keyset queries and never streams.
  #noStreaming(): never {
    throw new Error('streaming queries are not supported by the SQLite worker driver');
  }
}

/**
 * Runs inside the worker; must not refer to anything outside its own body, because it is sent as
 * source text. Prepared statements are cached by SQL text: the group commit repeats the same few
 * statement shapes, and preparing is a large share of a small insert's cost. The write path has at
 * most 27 texts (MAX_WRITE_SHAPES in write-statements.ts) and reads a few dozen (stats by grouping and
 * range, history, export pages, retention); the cap leaves room for both together, and only bounds
 * memory should a statement's text ever vary with its input.
 */
function sqliteWorkerMain(): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const port = parentPort!;
  const Database = require(workerData.driverPath) as typeof import('better-sqlite3');
  let db: import('better-sqlite3').Database;
  try {
    db = new Database(workerData.file);
    for (const pragma of workerData.pragmas as string[]) db.pragma(pragma);
  } catch (error) {
    port.postMessage({ error: { message: error instanceof Error ? error.message : String(error) } });
    return;
  }
  const statements = new Map<string, import('better-sqlite3').Statement>();
  const prepared = (sql: string): import('better-sqlite3').Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= 128) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
  type Query = { sql: string; parameters: readonly unknown[] };
  const runAll = db.transaction((queries: Query[]) => {
    for (const query of queries) prepared(query.sql).run(query.parameters);
  });
  port.on('message', (message: { id: number; sql?: string; parameters?: unknown[]; transaction?: Query[]; close?: true }) => {
    const { id } = message;
    try {
      if (message.close) {
        db.close();
        port.postMessage({ id });
        return;
      }
      if (message.transaction) {
        runAll(message.transaction);
        port.postMessage({ id });
        return;
      }
      const statement = prepared(message.sql ?? '');
      if (statement.reader) {
        port.postMessage({ id, rows: statement.all(message.parameters ?? []) });
      } else {
        const result = statement.run(message.parameters ?? []);
        port.postMessage({ id, changes: result.changes, lastInsertRowid: result.lastInsertRowid });
      }
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
      port.postMessage({ id, error: { message: error instanceof Error ? error.message : String(error), code } });
    }
  });
  port.postMessage({ ready: true });
}
