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

/** Completes and checks a range from the query string; throws 400 with the reason. */
export function resolveDayRange(query: { from?: string | undefined; to?: string | undefined }, today: string, maxDays = MAX_RANGE_DAYS): DayRange {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const span = daysBetween(from, to) + 1;
  if (span < 1) throw new HttpError(400, ERROR_CODES.invalidQuery, `querystring.from (${from}) must not be after querystring.to (${to})`);
  if (span > maxDays) {
    throw new HttpError(400, ERROR_CODES.invalidQuery, `the range from ${from} to ${to} is ${span} days; at most ${maxDays} days are allowed`);
  }
  return { from, to };
}
