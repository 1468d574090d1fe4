import type { ColumnType, Generated } from 'kysely';

/**
 * The Kysely view of the schema created by server/migrations/. One schema for both dialects; the few
 * differences (boolean and id representation) are absorbed by the column types below and by
 * server/store/rows.ts.
 */
export interface Database {
  consent_records: ConsentRecordTable;
  daily_aggregates: DailyAggregateTable;
  monthly_aggregates: MonthlyAggregateTable;
}

/** SQLite has no boolean type: it returns 0/1, PostgreSQL returns true/false. Written as 0/1. */
type Flag = ColumnType<boolean | number, number, never>;

/** 64-bit counters come back from `pg` as strings. */
type Counter = ColumnType<number | string, number, number>;

/** One decision as received. Append-only: a withdrawal is a new row, never an update. */
export interface ConsentRecordTable {
  // Surrogate key: orders a consent id's history and pages the CSV export.
  id: Generated<number | string>;
  consent_id: string;
  client_timestamp: string;
  action: string;
  statistical: Flag;
  marketing: Flag;
  personalised: Flag;
  revision: number;
  locale: string;
  banner_version: string;
  text_hash: string;
  variant: string | null;
  source: string;
  gpc: Flag;
  page_url: string;
  device: string;
  // ISO 8601 UTC with milliseconds (`Date#toISOString`): fixed width, so text order is time order.
  received_at: string;
}

/**
 * Counts per UTC day of `received_at` and dimension. `variant` is '' for "no variant" so the primary
 * key can use it (NULLs never conflict in a unique index, which would break the upsert).
 */
export interface DailyAggregateTable extends AggregateCounters {
  day: string;
  locale: string;
  device: string;
  variant: string;
  revision: number;
}

/** The same counts per calendar month (`YYYY-MM`), kept in the same transactions as the days. */
export interface MonthlyAggregateTable extends AggregateCounters {
  month: string;
  locale: string;
  device: string;
  variant: string;
  revision: number;
}

interface AggregateCounters {
  impressions: Counter;
  decisions: Counter;
  accept_all: Counter;
  reject_all: Counter;
  custom: Counter;
  withdraw: Counter;
  gpc: Counter;
  statistical_granted: Counter;
  marketing_granted: Counter;
  personalised_granted: Counter;
}

/** The counter columns of daily_aggregates, in one place for the upsert and the stats query. */
export const COUNTER_COLUMNS = [
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
] as const;
export type CounterColumn = (typeof COUNTER_COLUMNS)[number];
