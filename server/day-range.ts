import { addDays, daysBetween } from './dates.js';
import { ERROR_CODES, HttpError } from './errors.js';
import type { DayRange } from './store/types.js';

/**
 * Longest `from`…`to` span accepted by stats and export: two years, enough to compare a year with the
 * one before, and a bound on the work one request can ask for.
 */
export const MAX_RANGE_DAYS = 731;

/** Without `from`/`to`: the 30 days ending today (UTC). */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The days a range may name. Days are `YYYY-MM-DD` strings compared as text, so the day after a
 * range and the first of the month after it (both computed) must still have four-digit years; at
 * 9999-12-31 they would not, and a range there would count every month or never end. Nothing is
 * received before the Unix epoch.
 */
export const FIRST_DAY = '1970-01-01';
export const LAST_DAY = '9998-12-31';

/** Completes and checks a range from the query string; throws 400 with the reason. */
export function resolveDayRange(query: { from?: string | undefined; to?: string | undefined }, today: string, maxDays = MAX_RANGE_DAYS): DayRange {
  for (const field of ['from', 'to'] as const) {
    const day = query[field];
    if (day !== undefined && (day < FIRST_DAY || day > LAST_DAY)) {
      throw new HttpError(400, ERROR_CODES.invalidQuery, `querystring.${field} must be a day from ${FIRST_DAY} to ${LAST_DAY}`);
    }
  }
  const to = query.to ?? today;
  const defaultFrom = addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const from = query.from ?? (defaultFrom < FIRST_DAY ? FIRST_DAY : defaultFrom);
  const span = daysBetween(from, to) + 1;
  if (span < 1) throw new HttpError(400, ERROR_CODES.invalidQuery, `querystring.from (${from}) must not be after querystring.to (${to})`);
  if (span > maxDays) {
    throw new HttpError(400, ERROR_CODES.invalidQuery, `the range from ${from} to ${to} is ${span} days; at most ${maxDays} days are allowed`);
  }
  return { from, to };
}
