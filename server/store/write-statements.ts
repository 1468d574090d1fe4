import { sql, type CompiledQuery, type Kysely, type QueryCreator, type RawBuilder } from 'kysely';
import { COUNTER_COLUMNS, type CounterColumn, type Database } from './database.js';
import { RECORD_COLUMNS, type RecordInsert } from './rows.js';
import { StatementCache, flatten, ordered } from './statement-cache.js';
import type { AggregateDelta, MonthlyDelta } from './types.js';

const DIMENSIONS = ['locale', 'device', 'variant', 'revision'] as const;
const DAILY_COLUMNS = ['day', ...DIMENSIONS, ...COUNTER_COLUMNS] as const;
const MONTHLY_COLUMNS = ['month', ...DIMENSIONS, ...COUNTER_COLUMNS] as const;

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

function upsertDaily(creator: AnyCreator, deltas: readonly AggregateDelta[]) {
  return creator
    .insertInto('daily_aggregates')
    .values(deltas.map((delta) => ordered(delta, DAILY_COLUMNS)))
    .onConflict((conflict) => conflict.columns(['day', ...DIMENSIONS]).doUpdateSet(addCounters('daily_aggregates')));
}

function upsertMonthly(creator: AnyCreator, deltas: readonly MonthlyDelta[]) {
  return creator
    .insertInto('monthly_aggregates')
    .values(deltas.map((delta) => ordered(delta, MONTHLY_COLUMNS)))
    .onConflict((conflict) => conflict.columns(['month', ...DIMENSIONS]).doUpdateSet(addCounters('monthly_aggregates')));
}

/**
 * The write path's statements, compiled by Kysely once per shape (statement-cache.ts) and bound to
 * each batch's values.
 */
export class WriteStatements {
  readonly #db: Kysely<Database>;
  readonly #cache = new StatementCache();

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  insertRecords(rows: readonly RecordInsert[]): CompiledQuery {
    return this.#cache.get(
      `records:${rows.length}`,
      () => this.#db.insertInto('consent_records').values(rows.map((row) => ordered(row, RECORD_COLUMNS))).compile(),
      () => flatten(rows, RECORD_COLUMNS),
    );
  }

  upsertDaily(deltas: readonly AggregateDelta[]): CompiledQuery {
    return this.#cache.get(
      `daily:${deltas.length}`,
      () => upsertDaily(this.#db, deltas).compile(),
      () => flatten(deltas, DAILY_COLUMNS),
    );
  }

  upsertMonthly(deltas: readonly MonthlyDelta[]): CompiledQuery {
    return this.#cache.get(
      `monthly:${deltas.length}`,
      () => upsertMonthly(this.#db, deltas).compile(),
      () => flatten(deltas, MONTHLY_COLUMNS),
    );
  }

  /**
   * PostgreSQL only: all three writes as one statement, the first two as data-modifying CTEs. One
   * round trip, and atomic without BEGIN/COMMIT.
   */
  recordAndCount(rows: readonly RecordInsert[], daily: readonly AggregateDelta[], monthly: readonly MonthlyDelta[]): CompiledQuery {
    return this.#cache.get(
      `combined:${rows.length}:${daily.length}:${monthly.length}`,
      () =>
        upsertMonthly(
          asCreator(
            this.#db
              .with('recorded', (db) => db.insertInto('consent_records').values(rows.map((row) => ordered(row, RECORD_COLUMNS))))
              .with('counted', (db) => upsertDaily(asCreator(db), daily)),
          ),
          monthly,
        ).compile(),
      // Parameters in the order of the SQL text: the CTEs come first.
      () => flatten(monthly, MONTHLY_COLUMNS, flatten(daily, DAILY_COLUMNS, flatten(rows, RECORD_COLUMNS))),
    );
  }
}
