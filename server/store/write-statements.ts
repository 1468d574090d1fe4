import { sql, type CompiledQuery, type Kysely, type QueryCreator, type RawBuilder } from 'kysely';
import { COUNTER_COLUMNS, type CounterColumn, type Database } from './database.js';
import { RECORD_COLUMNS, type RecordInsert } from './rows.js';
import { StatementCache, flatten, ordered } from './statement-cache.js';
import type { AggregateDelta, MonthlyDelta, SqlDialect } from './types.js';

const DIMENSIONS = ['locale', 'device', 'variant', 'revision'] as const;
const DAILY_COLUMNS = ['day', ...DIMENSIONS, ...COUNTER_COLUMNS] as const;
const MONTHLY_COLUMNS = ['month', ...DIMENSIONS, ...COUNTER_COLUMNS] as const;

/**
 * Rows in the largest SQLite statement: 256 × 16 record columns = 4,096 bound parameters, far below
 * SQLite's 32,766. A power of two (see chunksOf).
 */
export const MAX_ROWS_PER_STATEMENT = 256;

/**
 * The most distinct SQL texts the write path produces, whatever the sizes of the batches. SQLite: one
 * per statement kind (records, daily upserts, monthly upserts) and chunk size (1, 2, 4, …,
 * MAX_ROWS_PER_STATEMENT). PostgreSQL: the one statement of recordAndCount.
 */
export const MAX_WRITE_SHAPES = {
  sqlite: 3 * (Math.log2(MAX_ROWS_PER_STATEMENT) + 1),
  postgres: 1,
} as const satisfies Record<SqlDialect, number>;

/**
 * Splits rows into consecutive chunks whose sizes are powers of two, largest first: 300 rows are
 * written as 256 + 32 + 8 + 4, 1,000 as 3 × 256 + 128 + 64 + 32 + 8.
 *
 * A multi-row statement's SQL text depends on its row count, and each text is kept twice: as the
 * compiled template (statement-cache.ts) and as a prepared statement in the SQLite worker
 * (sqlite-worker-dialect.ts), whose program grows with the rows. With one statement per batch, batch
 * sizes (after a stall, every size up to the group commit's maxBatch) meant hundreds of texts per
 * table and hundreds of megabytes; here there are at most log2(MAX_ROWS_PER_STATEMENT) + 1 = 9 per
 * table. The price is one statement per set bit of the row count, about 4.5 instead of 1 for sizes up
 * to 500, all in the worker's one transaction; coarser steps (powers of four: 5 shapes) would need
 * about half as many statements again.
 */
export function* chunksOf<T>(items: readonly T[]): Generator<T[]> {
  let start = 0;
  while (start < items.length) {
    const left = items.length - start;
    const size = Math.min(MAX_ROWS_PER_STATEMENT, 2 ** (31 - Math.clz32(left)));
    yield items.slice(start, start + size);
    start += size;
  }
}

/**
 * PostgreSQL array types the columns are sent as. On insert each element is cast to its column's own
 * type (varchar(n), char(n), bigint), with the same checks as a value bound directly to the column.
 * Flags go as 0/1, which PostgreSQL reads as booleans.
 */
const RECORD_ARRAY_TYPES = {
  consent_id: 'text',
  client_timestamp: 'text',
  action: 'text',
  statistical: 'boolean',
  marketing: 'boolean',
  personalised: 'boolean',
  revision: 'integer',
  locale: 'text',
  banner_version: 'text',
  text_hash: 'text',
  variant: 'text',
  source: 'text',
  gpc: 'boolean',
  page_url: 'text',
  device: 'text',
  received_at: 'text',
} as const satisfies Record<(typeof RECORD_COLUMNS)[number], string>;

const COUNTER_ARRAY_TYPES = Object.fromEntries(COUNTER_COLUMNS.map((column) => [column, 'bigint'])) as Record<CounterColumn, 'bigint'>;
const DIMENSION_ARRAY_TYPES = { locale: 'text', device: 'text', variant: 'text', revision: 'integer' } as const;
const DAILY_ARRAY_TYPES = { day: 'text', ...DIMENSION_ARRAY_TYPES, ...COUNTER_ARRAY_TYPES };
const MONTHLY_ARRAY_TYPES = { month: 'text', ...DIMENSION_ARRAY_TYPES, ...COUNTER_ARRAY_TYPES };

/** One array per column, in the given column order: the parameters of an unnest() statement. */
function columnArrays<Row>(rows: readonly Row[], columns: readonly (keyof Row)[], into: unknown[] = []): unknown[] {
  for (const column of columns) into.push(rows.map((row) => row[column]));
  return into;
}

/**
 * `SELECT * FROM unnest($1::text[], $2::integer[], …)`: the rows as one array parameter per column. The
 * SQL text is the same for any number of rows, and unnest yields the rows in array order.
 */
function unnestRows<Row>(rows: readonly Row[], columns: readonly (keyof Row & string)[], types: Record<keyof Row & string, string>): RawBuilder<unknown> {
  const arrays = columnArrays(rows, columns);
  return sql`select * from unnest(${sql.join(columns.map((column, index) => sql`${arrays[index]}::${sql.raw(types[column])}[]`))})`;
}

/**
 * `SET n = table.n + excluded.n` for every counter: the database adds, so concurrent collectors never
 * overwrite each other's counts.
 */
function addCounters(table: 'daily_aggregates' | 'monthly_aggregates'): Record<CounterColumn, RawBuilder<number>> {
  const set = {} as Record<CounterColumn, RawBuilder<number>>;
  for (const column of COUNTER_COLUMNS) set[column] = sql<number>`${sql.ref(`${table}.${column}`)} + ${sql.ref(`excluded.${column}`)}`;
  return set;
}

// A CTE only adds its own name to a query creator's type; the statements below never refer to it.
type AnyCreator = QueryCreator<Database>;
const asCreator = <DB extends Database>(creator: QueryCreator<DB>): AnyCreator => creator as unknown as AnyCreator;

/**
 * The write path's statements, compiled by Kysely once per shape (statement-cache.ts) and bound to
 * each batch's values. Rows keep the order they are passed in: records get their ids in arrival
 * order, and aggregate rows (sorted by key) are locked in key order.
 */
export class WriteStatements {
  readonly #db: Kysely<Database>;
  readonly #cache: StatementCache;

  constructor(db: Kysely<Database>, dialect: SqlDialect) {
    this.#db = db;
    this.#cache = new StatementCache(MAX_WRITE_SHAPES[dialect]);
  }

  /** Distinct SQL texts compiled so far: at most MAX_WRITE_SHAPES of the dialect. */
  get shapes(): number {
    return this.#cache.size;
  }

  /** SQLite: the records in chunks of bounded sizes (chunksOf), one INSERT each. */
  insertRecords(rows: readonly RecordInsert[]): CompiledQuery[] {
    return [...chunksOf(rows)].map((chunk) =>
      this.#cache.get(
        `records:${chunk.length}`,
        () => this.#db.insertInto('consent_records').values(chunk.map((row) => ordered(row, RECORD_COLUMNS))).compile(),
        () => flatten(chunk, RECORD_COLUMNS),
      ),
    );
  }

  /** SQLite: the daily deltas in chunks of bounded sizes, one upsert each. */
  upsertDaily(deltas: readonly AggregateDelta[]): CompiledQuery[] {
    return [...chunksOf(deltas)].map((chunk) =>
      this.#cache.get(
        `daily:${chunk.length}`,
        () =>
          this.#db
            .insertInto('daily_aggregates')
            .values(chunk.map((delta) => ordered(delta, DAILY_COLUMNS)))
            .onConflict((conflict) => conflict.columns(['day', ...DIMENSIONS]).doUpdateSet(addCounters('daily_aggregates')))
            .compile(),
        () => flatten(chunk, DAILY_COLUMNS),
      ),
    );
  }

  /** SQLite: the monthly deltas in chunks of bounded sizes, one upsert each. */
  upsertMonthly(deltas: readonly MonthlyDelta[]): CompiledQuery[] {
    return [...chunksOf(deltas)].map((chunk) =>
      this.#cache.get(
        `monthly:${chunk.length}`,
        () =>
          this.#db
            .insertInto('monthly_aggregates')
            .values(chunk.map((delta) => ordered(delta, MONTHLY_COLUMNS)))
            .onConflict((conflict) => conflict.columns(['month', ...DIMENSIONS]).doUpdateSet(addCounters('monthly_aggregates')))
            .compile(),
        () => flatten(chunk, MONTHLY_COLUMNS),
      ),
    );
  }

  /**
   * PostgreSQL: all three writes of a batch, of any size, as one statement, the first two as
   * data-modifying CTEs, each reading its rows from arrays (unnestRows). One round trip, atomic without
   * BEGIN/COMMIT, and one SQL text whatever the batch. Chunking as on SQLite would instead cost a
   * round trip per chunk plus BEGIN and COMMIT, about ten per batch; with the one transaction in flight
   * that the group commit allows, that measured 25–40 % fewer requests per second in
   * bench/collector/run.js.
   */
  recordAndCount(rows: readonly RecordInsert[], daily: readonly AggregateDelta[], monthly: readonly MonthlyDelta[]): CompiledQuery {
    return this.#cache.get(
      'combined',
      () =>
        this.#db
          .with('recorded', (db) => db.insertInto('consent_records').columns(RECORD_COLUMNS).expression(unnestRows(rows, RECORD_COLUMNS, RECORD_ARRAY_TYPES)))
          .with('counted', (db) =>
            asCreator(db)
              .insertInto('daily_aggregates')
              .columns(DAILY_COLUMNS)
              .expression(unnestRows(daily, DAILY_COLUMNS, DAILY_ARRAY_TYPES))
              .onConflict((conflict) => conflict.columns(['day', ...DIMENSIONS]).doUpdateSet(addCounters('daily_aggregates'))),
          )
          .insertInto('monthly_aggregates')
          .columns(MONTHLY_COLUMNS)
          .expression(unnestRows(monthly, MONTHLY_COLUMNS, MONTHLY_ARRAY_TYPES))
          .onConflict((conflict) => conflict.columns(['month', ...DIMENSIONS]).doUpdateSet(addCounters('monthly_aggregates')))
          .compile(),
      // Parameters in the order of the SQL text: the CTEs come first.
      () => columnArrays(monthly, MONTHLY_COLUMNS, columnArrays(daily, DAILY_COLUMNS, columnArrays(rows, RECORD_COLUMNS))),
    );
  }
}
