import type { ConsentRecordBody, ImpressionBody } from '../schemas.js';
import type { CounterColumn } from './database.js';
import type { GroupBy } from '../vocabulary.js';

export type SqlDialect = 'sqlite' | 'postgres';

/** A record with the server's receipt time (ISO 8601 UTC, from `Date#toISOString`). */
export interface ReceivedRecord {
  record: ConsentRecordBody;
  receivedAt: string;
}

export interface ReceivedImpression {
  impression: ImpressionBody;
  receivedAt: string;
}

/** What one transaction writes: raw records plus the aggregate counts they and the impressions imply. */
export interface WriteBatch {
  records: readonly ReceivedRecord[];
  impressions: readonly ReceivedImpression[];
}

export type Counters = Record<CounterColumn, number>;

/** One aggregate cell: a day and dimension combination with counts to add. */
export interface AggregateDelta extends Counters {
  day: string;
  locale: string;
  device: string;
  /** '' when the banner had no variant. */
  variant: string;
  revision: number;
}

/** The same for a calendar month, `YYYY-MM`. */
export interface MonthlyDelta extends Counters {
  month: string;
  locale: string;
  device: string;
  variant: string;
  revision: number;
}

/** Inclusive range of UTC days, `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

export type GroupKey = string | number | null;

export interface AggregateSum extends Counters {
  /** The groupBy value; null for the total, and for "no variant" when grouped by variant. */
  key: GroupKey;
}

/** A page of the CSV export; `cursor` continues after the last row, null when done. */
export interface ExportPage {
  rows: ReceivedRecord[];
  cursor: ExportCursor | null;
}

export interface ExportCursor {
  receivedAt: string;
  id: string;
}

/**
 * Storage behind the collector. Implementations hold no state that matters beyond a connection:
 * every count lives in the database, so any number of collectors can share one.
 */
export interface ConsentStore {
  readonly dialect: SqlDialect;
  /** Runs pending migrations; safe to call from several processes at once. */
  migrate(): Promise<void>;
  /** Writes everything in one transaction; resolves only once it is committed. */
  write(batch: WriteBatch): Promise<void>;
  /** Adds counts directly; used by seeding and benchmarks. Same transactional upsert as write(). */
  addAggregates(deltas: readonly AggregateDelta[]): Promise<void>;
  /** Sums aggregates over the range, one row per group (or one row with key null). */
  sumAggregates(range: DayRange, groupBy: GroupBy | null): Promise<AggregateSum[]>;
  /** One consent id's records, oldest first. */
  history(consentId: string): Promise<ReceivedRecord[]>;
  /** Raw records received within the day range, in receipt order. */
  exportPage(range: DayRange, cursor: ExportCursor | null, limit: number): Promise<ExportPage>;
  /** Deletes raw records received before `cutoff` and aggregates of days before its UTC day. */
  deleteBefore(cutoff: Date): Promise<{ records: number; aggregateRows: number }>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
