/**
 * Ranges of UTC calendar days (`YYYY-MM-DD`), the unit of the collector's aggregates. "Today" is
 * always passed in, so these stay pure.
 */

export interface DayRange {
  from: string;
  to: string;
}

export const RANGE_PRESETS = [7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The collector's limit on one request's span (server/day-range.ts, MAX_RANGE_DAYS). */
export const MAX_RANGE_DAYS = 731;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days in the range, both ends included. */
export function dayCount(range: DayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00.000Z`) - Date.parse(`${range.from}T00:00:00.000Z`)) / DAY_MS) + 1;
}

/** The last `days` days, today included. */
export function presetRange(days: number, today: string): DayRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

export type RangeCheck = { ok: true; range: DayRange } | { ok: false; reason: 'missing' | 'order' | 'tooLong' };

/** Checks the two dates of a custom range, as typed into date inputs (empty when unset or invalid). */
export function checkCustomRange(from: string, to: string, maxDays: number = MAX_RANGE_DAYS): RangeCheck {
  if (!isIsoDay(from) || !isIsoDay(to)) return { ok: false, reason: 'missing' };
  if (from > to) return { ok: false, reason: 'order' };
  const range = { from, to };
  if (dayCount(range) > maxDays) return { ok: false, reason: 'tooLong' };
  return { ok: true, range };
}
