/** UTC calendar days as `YYYY-MM-DD` strings: the unit of the aggregates and of `from`/`to`. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of an ISO timestamp produced by `Date#toISOString`. */
export function utcDay(isoTimestamp: string): string {
  return isoTimestamp.slice(0, 10);
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS));
}

/** Whole days from `from` to `to`; 0 when equal, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/** The first instant of a UTC day, in the same fixed-width format as stored `received_at`. */
export function startOfDay(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/** Every day from `from` to `to`, inclusive. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The last day of the month that `day` is in. */
export function endOfMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return dayOf(new Date(Date.UTC(year, month, 0)));
}

/** A day range cut into whole calendar months and the days left over at either end. */
export interface MonthSplit {
  days: Array<{ from: string; to: string }>;
  months: { from: string; to: string } | null;
}

/**
 * Splits `from`…`to` so that whole months can be read from monthly rows: 2025-11-23…2026-11-22 gives
 * the days 2025-11-23…30 and 2026-11-01…22, and the months 2025-12…2026-10.
 */
export function splitByMonth(from: string, to: string): MonthSplit {
  const firstWhole = from.endsWith('-01') ? from : addDays(endOfMonth(from), 1);
  const lastWhole = to === endOfMonth(to) ? to : addDays(`${monthOf(to)}-01`, -1);
  if (firstWhole > lastWhole) return { days: [{ from, to }], months: null };
  const days: MonthSplit['days'] = [];
  if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (lastWhole < to) days.push({ from: addDays(lastWhole, 1), to });
  return { days, months: { from: monthOf(firstWhole), to: monthOf(lastWhole) } };
}
