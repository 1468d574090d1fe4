import { Migrator, sql, type CompiledQuery, type Kysely } from 'kysely';
import { addDays, dayOf, endOfMonth, monthOf, startOfDay } from '../dates.js';
import { StorageError } from '../errors.js';
import { migrationProvider } from '../migrations/index.js';
import type { GroupBy } from '../vocabulary.js';
import { aggregateBatch, foldByMonth, sortDeltas, zeroCounters } from './aggregate-delta.js';
import { COUNTER_COLUMNS, type Database } from './database.js';
import { fromRecordRow, toRecordRow, type RecordInsert } from './rows.js';
import { sumAggregatesQuery } from './stats-query.js';
import { WriteStatements } from './write-statements.js';
import type {
  AggregateDelta,
  MonthlyDelta,
  AggregateSum,
  ConsentStore,
  DayRange,
  ExportCursor,
  ExportPage,
  GroupKey,
  ReceivedRecord,
  SqlDialect,
  WriteBatch,
} from './types.js';

// PostgreSQL deadlock_detected and serialization_failure: safe to retry the whole transaction.
const RETRYABLE_PG_CODES = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

/** Runs compiled statements as one transaction, in fewer round trips than a Kysely transaction. */
export type ExecuteTransaction = (queries: readonly CompiledQuery[]) => Promise<void>;

/** The one store implementation: the same Kysely queries run on SQLite and PostgreSQL. */
export class KyselyStore implements ConsentStore {
  readonly #db: Kysely<Database>;
  readonly #executeTransaction: ExecuteTransaction;
  readonly #statements: WriteStatements;
  readonly #migrationTableSchema: string | undefined;

  /**
   * @param options.executeTransaction how the dialect runs a batch atomically; a Kysely transaction by default
   * @param options.migrationTableSchema PostgreSQL schema of Kysely's migration tables
   */
  constructor(
    db: Kysely<Database>,
    readonly dialect: SqlDialect,
    options: { executeTransaction?: ExecuteTransaction; migrationTableSchema?: string } = {},
  ) {
    this.#db = db;
    this.#statements = new WriteStatements(db, dialect);
    this.#executeTransaction = options.executeTransaction ?? ((queries) => this.#kyselyTransaction(queries));
    this.#migrationTableSchema = options.migrationTableSchema;
  }

  async migrate(): Promise<void> {
    // Without an explicit schema, Kysely's Migrator takes migration tables of any schema in the
    // database (another app's, or a parallel test's) for its own.
    const migrator = new Migrator({
      db: this.#db,
      provider: migrationProvider(this.dialect),
      ...(this.#migrationTableSchema ? { migrationTableSchema: this.#migrationTableSchema } : {}),
    });
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((result) => result.status === 'Error');
    if (error || failed) {
      const which = failed ? `migration ${failed.migrationName}` : 'migrations';
      throw new StorageError(`${which} failed: ${describe(error)}`, { cause: error });
    }
  }

  /**
   * Raw rows and aggregate deltas are compiled up front and committed together: on SQLite in chunks
   * of a few fixed sizes, on PostgreSQL as a single statement (write-statements.ts).
   */
  write(batch: WriteBatch): Promise<void> {
    const daily = aggregateBatch(batch);
    return this.#atomically(this.#writeQueries(batch.records.map(toRecordRow), daily, foldByMonth(daily)));
  }

  addAggregates(deltas: readonly AggregateDelta[]): Promise<void> {
    const daily = sortDeltas([...deltas]);
    return this.#atomically(this.#writeQueries([], daily, foldByMonth(daily)));
  }

  #writeQueries(rows: readonly RecordInsert[], daily: readonly AggregateDelta[], monthly: readonly MonthlyDelta[]): CompiledQuery[] {
    if (this.dialect === 'postgres') return [this.#statements.recordAndCount(rows, daily, monthly)];
    return [...this.#statements.insertRecords(rows), ...this.#statements.upsertDaily(daily), ...this.#statements.upsertMonthly(monthly)];
  }

  /**
   * Distinct SQL texts the write path has produced: at most MAX_WRITE_SHAPES of the dialect
   * (write-statements.ts). For tests and diagnostics.
   */
  get writeShapes(): number {
    return this.#statements.shapes;
  }

  sumAggregates(range: DayRange, groupBy: GroupBy | null): Promise<AggregateSum[]> {
    return this.#guard('stats', async () => {
      const rows = await sumAggregatesQuery(this.#db, range, groupBy).execute();
      return rows.map((row) => {
        const sum: AggregateSum = { key: groupKey(groupBy, row.key), ...zeroCounters() };
        for (const column of COUNTER_COLUMNS) sum[column] = Number(row[column]);
        return sum;
      });
    });
  }

  history(consentId: string): Promise<ReceivedRecord[]> {
    return this.#guard('history', async () => {
      const rows = await this.#db
        .selectFrom('consent_records')
        .selectAll()
        .where('consent_id', '=', consentId.toLowerCase())
        .orderBy('id')
        .execute();
      return rows.map(fromRecordRow);
    });
  }

  exportPage(range: DayRange, cursor: ExportCursor | null, limit: number): Promise<ExportPage> {
    return this.#guard('export', async () => {
      const rows = await this.#db
        .selectFrom('consent_records')
        .selectAll()
        .where('received_at', '>=', startOfDay(range.from))
        .where('received_at', '<', startOfDay(addDays(range.to, 1)))
        .$if(cursor !== null, (query) =>
          query.where((eb) =>
            eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(cursor?.receivedAt ?? '', Number(cursor?.id ?? 0))),
          ),
        )
        .orderBy('received_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      const last = rows.at(-1);
      return {
        rows: rows.map(fromRecordRow),
        cursor: last && rows.length === limit ? { receivedAt: last.received_at, id: String(last.id) } : null,
      };
    });
  }

  /**
   * The month of the cutoff keeps its monthly rows, rebuilt from the days that remain, so that the
   * monthly counts never include days that are gone.
   */
  deleteBefore(cutoff: Date): Promise<{ records: number; aggregateRows: number }> {
    const day = dayOf(cutoff);
    const month = monthOf(day);
    return this.#guard('retention', () =>
      this.#db.transaction().execute(async (trx) => {
        const records = await trx.deleteFrom('consent_records').where('received_at', '<', cutoff.toISOString()).executeTakeFirst();
        const daily = await trx.deleteFrom('daily_aggregates').where('day', '<', day).executeTakeFirst();
        const monthly = await trx.deleteFrom('monthly_aggregates').where('month', '<=', month).executeTakeFirst();
        await trx
          .insertInto('monthly_aggregates')
          .columns(['month', 'locale', 'device', 'variant', 'revision', ...COUNTER_COLUMNS])
          .expression((eb) =>
            eb
              .selectFrom('daily_aggregates')
              .select((select) => [
                sql.lit(month).as('month'),
                'locale',
                'device',
                'variant',
                'revision',
                ...COUNTER_COLUMNS.map((column) => select.fn.sum<number>(column).as(column)),
              ])
              .where('day', '>=', `${month}-01`)
              .where('day', '<=', endOfMonth(day))
              .groupBy(['locale', 'device', 'variant', 'revision']),
          )
          .execute();
        return { records: Number(records.numDeletedRows), aggregateRows: Number(daily.numDeletedRows) + Number(monthly.numDeletedRows) };
      }),
    );
  }

  ping(): Promise<void> {
    return this.#guard('ping', async () => {
      await sql`select 1`.execute(this.#db);
    });
  }

  close(): Promise<void> {
    return this.#db.destroy();
  }

  /** Commits the statements together, retrying PostgreSQL deadlocks; failures become StorageError. */
  async #atomically(queries: readonly CompiledQuery[]): Promise<void> {
    if (queries.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        if (queries.length === 1 && this.dialect === 'postgres') await this.#db.executeQuery(queries[0]!);
        else await this.#executeTransaction(queries);
        return;
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isRetryable(error)) continue;
        throw new StorageError(`write failed: ${describe(error)}`, { cause: error });
      }
    }
  }

  async #kyselyTransaction(queries: readonly CompiledQuery[]): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (const query of queries) await trx.executeQuery(query);
    });
  }

  async #guard<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new StorageError(`${what} failed: ${describe(error)}`, { cause: error });
    }
  }
}

function groupKey(groupBy: GroupBy | null, value: unknown): GroupKey {
  if (groupBy === null || value === null || value === undefined) return null;
  if (groupBy === 'revision') return Number(value);
  if (groupBy === 'variant' && value === '') return null;
  return String(value);
}

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && RETRYABLE_PG_CODES.has(String(error.code));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
