import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../store/types.js';

// Migrations see the database as it was when they were written, not as server/store/database.ts
// describes it today, hence the untyped Kysely instance (Kysely's own recommendation).
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: SqlDialect): Promise<void> {
  const isSqlite = dialect === 'sqlite';

  await db.schema
    .createTable('consent_records')
    .addColumn('id', isSqlite ? 'integer' : 'bigserial', (column) =>
      isSqlite ? column.primaryKey().autoIncrement() : column.primaryKey(),
    )
    .addColumn('consent_id', 'varchar(36)', (column) => column.notNull())
    .addColumn('client_timestamp', 'varchar(40)', (column) => column.notNull())
    .addColumn('action', 'varchar(16)', (column) => column.notNull())
    .addColumn('statistical', 'boolean', (column) => column.notNull())
    .addColumn('marketing', 'boolean', (column) => column.notNull())
    .addColumn('personalised', 'boolean', (column) => column.notNull())
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('locale', 'varchar(8)', (column) => column.notNull())
    .addColumn('banner_version', 'varchar(32)', (column) => column.notNull())
    .addColumn('text_hash', 'char(64)', (column) => column.notNull())
    .addColumn('variant', 'varchar(40)')
    .addColumn('source', 'varchar(16)', (column) => column.notNull())
    .addColumn('gpc', 'boolean', (column) => column.notNull())
    .addColumn('page_url', 'varchar(2048)', (column) => column.notNull())
    .addColumn('device', 'varchar(8)', (column) => column.notNull())
    .addColumn('received_at', 'varchar(24)', (column) => column.notNull())
    .execute();

  // The proof endpoint reads one consent id's rows in order.
  await db.schema.createIndex('consent_records_consent_id').on('consent_records').columns(['consent_id', 'id']).execute();
  // The export pages by (received_at, id); retention deletes by received_at.
  await db.schema.createIndex('consent_records_received_at').on('consent_records').columns(['received_at', 'id']).execute();

  // Counts per UTC day, and the same per month so that a long range reads a few rows per month
  // instead of one per day (see store/stats-query.ts).
  await createAggregateTable(db, 'daily_aggregates', 'day', 'char(10)', isSqlite);
  await createAggregateTable(db, 'monthly_aggregates', 'month', 'char(7)', isSqlite);
}

const COUNTERS = [
  'impressions',
  'decisions',
  'accept_all',
  'reject_all',
  'custom',
  'withdraw',
  'gpc',
  'statistical_granted',
  'marketing_granted',
  'personalised_granted',
];

async function createAggregateTable(db: AnyDb, table: string, period: string, periodType: 'char(10)' | 'char(7)', isSqlite: boolean): Promise<void> {
  let builder = db.schema
    .createTable(table)
    .addColumn(period, periodType, (column) => column.notNull())
    .addColumn('locale', 'varchar(8)', (column) => column.notNull())
    .addColumn('device', 'varchar(8)', (column) => column.notNull())
    .addColumn('variant', 'varchar(40)', (column) => column.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (column) => column.notNull());
  for (const counter of COUNTERS) builder = builder.addColumn(counter, 'bigint', (column) => column.notNull().defaultTo(0));
  builder = builder.addPrimaryKeyConstraint(`${table}_pkey`, [period, 'locale', 'device', 'variant', 'revision']);
  // Clustered on the key in SQLite, so a date range is one contiguous read.
  if (isSqlite) builder = builder.modifyEnd(sql`without rowid`);
  await builder.execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('monthly_aggregates').execute();
  await db.schema.dropTable('daily_aggregates').execute();
  await db.schema.dropTable('consent_records').execute();
}
