import type { DashboardLanguage } from './dashboard-language.js';

/** The start of an ISO 8601 date-time, as the SDK and the collector write them. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/;

/** How a p-value is written: `p = 0.012`, or `p < 0.001` below that. */
export interface PValueText {
  relation: '=' | '<';
  value: string;
}

/**
 * Numbers and dates in the dashboard's language. Days (`YYYY-MM-DD`) are UTC days, the collector's
 * unit, so they are formatted in UTC whatever the viewer's time zone; times of records are shown in
 * the viewer's own zone, with the zone named.
 */
export class Formatter {
  private readonly counts: Intl.NumberFormat;
  private readonly percents: Intl.NumberFormat;
  private readonly wholePercents: Intl.NumberFormat;
  private readonly small: Intl.NumberFormat;
  private readonly days: Intl.DateTimeFormat;
  private readonly shortDays: Intl.DateTimeFormat;
  private readonly times: Intl.DateTimeFormat;
  private languageNames: Intl.DisplayNames | null | undefined;

  constructor(readonly language: DashboardLanguage, timeZone?: string) {
    this.counts = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    this.percents = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    this.wholePercents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    this.small = new Intl.NumberFormat(language, { maximumSignificantDigits: 2, maximumFractionDigits: 3 });
    this.days = new Intl.DateTimeFormat(language, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    this.shortDays = new Intl.DateTimeFormat(language, { timeZone: 'UTC', month: 'short', day: 'numeric' });
    this.times = new Intl.DateTimeFormat(language, { ...(timeZone ? { timeZone } : {}), dateStyle: 'medium', timeStyle: 'medium' });
  }

  count(value: number): string {
    return this.counts.format(value);
  }

  /** A rate (0.413) as a percentage with one decimal (41.3 %). */
  percent(rate: number): string {
    return this.percents.format(rate);
  }

  /** A rate as a whole percentage, for chart axes. */
  wholePercent(rate: number): string {
    return this.wholePercents.format(rate);
  }

  /** Two significant digits, at most three decimals; under 0.001 it is written `< 0.001`. */
  pValue(p: number): PValueText {
    if (p < 0.001) return { relation: '<', value: this.small.format(0.001) };
    return { relation: '=', value: this.small.format(p) };
  }

  /** `2026-11-30` → `30 Nov 2026` (in the language's order). */
  day(isoDay: string): string {
    return this.days.format(new Date(`${isoDay}T00:00:00.000Z`));
  }

  /** `2026-11-30` → `30 Nov`: chart labels. */
  shortDay(isoDay: string): string {
    return this.shortDays.format(new Date(`${isoDay}T00:00:00.000Z`));
  }

  /** An ISO timestamp in the viewer's time zone; the raw value when it is not one. */
  dateTime(iso: string): string {
    // Date.parse falls back to a lenient parser that finds a date in almost any text with a digit
    // in it ("onload=x=8" is 1 Aug 2001): a proof must not show a date that was never stored.
    const time = ISO_DATE_TIME.test(iso) ? Date.parse(iso) : Number.NaN;
    return Number.isFinite(time) ? this.times.format(new Date(time)) : iso;
  }

  /** A language code (`da`) as its name in the dashboard's language (`Danish`, `dansk`). */
  languageName(code: string): string {
    try {
      this.languageNames ??= typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([this.language], { type: 'language' }) : null;
      return this.languageNames?.of(code) ?? code;
    } catch {
      // Not a well-formed language code.
      return code;
    }
  }
}
