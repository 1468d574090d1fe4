import { utcDay } from '../dates.js';
import type { AggregateDelta, Counters, MonthlyDelta, WriteBatch } from './types.js';
import { COUNTER_COLUMNS } from './database.js';

export function zeroCounters(): Counters {
  return {
    impressions: 0,
    decisions: 0,
    accept_all: 0,
    reject_all: 0,
    custom: 0,
    withdraw: 0,
    gpc: 0,
    statistical_granted: 0,
    marketing_granted: 0,
    personalised_granted: 0,
  };
}

/** The dimensions both bodies share. */
interface Dimensions {
  locale: string;
  device: string;
  variant: string | null;
  revision: number;
}

function cellFor(cells: Map<string, AggregateDelta>, day: string, dimensions: Dimensions): AggregateDelta {
  const variant = dimensions.variant ?? '';
  const key = `${day}|${dimensions.locale}|${dimensions.device}|${variant}|${dimensions.revision}`;
  let cell = cells.get(key);
  if (!cell) {
    cell = { day, locale: dimensions.locale, device: dimensions.device, variant, revision: dimensions.revision, ...zeroCounters() };
    cells.set(key, cell);
  }
  return cell;
}

/**
 * Folds a batch into one delta per aggregate cell. Merging first matters: PostgreSQL refuses an
 * `INSERT … ON CONFLICT DO UPDATE` that touches the same row twice. The result is sorted by key so
 * that concurrent collectors lock rows in the same order and cannot deadlock each other.
 */
export function aggregateBatch(batch: WriteBatch): AggregateDelta[] {
  const cells = new Map<string, AggregateDelta>();
  for (const { impression, receivedAt } of batch.impressions) {
    cellFor(cells, utcDay(receivedAt), impression).impressions += 1;
  }
  for (const { record, receivedAt } of batch.records) {
    const cell = cellFor(cells, utcDay(receivedAt), record);
    cell.decisions += 1;
    cell[record.action] += 1;
    if (record.categories.statistical) cell.statistical_granted += 1;
    if (record.categories.marketing) cell.marketing_granted += 1;
    if (record.categories.personalised) cell.personalised_granted += 1;
  }
  return sortDeltas([...cells.values()]);
}

/** Daily deltas summed per calendar month, sorted by key like the days. */
export function foldByMonth(deltas: readonly AggregateDelta[]): MonthlyDelta[] {
  const months = new Map<string, MonthlyDelta>();
  for (const delta of deltas) {
    const month = delta.day.slice(0, 7);
    const key = `${month}|${delta.locale}|${delta.device}|${delta.variant}|${delta.revision}`;
    let cell = months.get(key);
    if (!cell) {
      cell = { month, locale: delta.locale, device: delta.device, variant: delta.variant, revision: delta.revision, ...zeroCounters() };
      months.set(key, cell);
    }
    for (const column of COUNTER_COLUMNS) cell[column] += delta[column];
  }
  return sortDeltas([...months.values()]);
}

export function sortDeltas<Delta extends AggregateDelta | MonthlyDelta>(deltas: Delta[]): Delta[] {
  return deltas.sort(
    (a, b) =>
      compare(periodOf(a), periodOf(b)) ||
      compare(a.locale, b.locale) ||
      compare(a.device, b.device) ||
      compare(a.variant, b.variant) ||
      a.revision - b.revision,
  );
}

function periodOf(delta: AggregateDelta | MonthlyDelta): string {
  return 'day' in delta ? delta.day : delta.month;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
