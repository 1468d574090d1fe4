import { decisionSeries, extremes, optInSeries, stackTotals } from './chart-data.js';
import type { DashboardLocalization } from './localization.js';
import { actionShare, type Action, type RefusableCategory, type StatsResponse } from './stats-response.js';

/** One dataset as `<samtykke-dashboard-trend-chart>` draws it and lists it in its table. */
export interface ChartSeries {
  id: string;
  label: string;
  values: Array<number | null>;
  color: string;
  /** Canvas line dash, so lines differ by more than colour. */
  dash: number[];
  pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star';
}

/** Everything a trend chart shows, in words and numbers, built without touching the DOM. */
export interface ChartSpec {
  kind: 'stacked-bars' | 'lines';
  heading: string;
  /** The chart's text alternative, shown under it and read as its description. */
  summary: string;
  /** Short axis labels, one per day. */
  labels: string[];
  /** Full day names for the table's row headers. */
  rowHeaders: string[];
  series: ChartSeries[];
  axisTitle: string;
  /** Values as the table and tooltips show them. */
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  /** Upper bound of the value axis; undefined to let it fit the data. */
  max?: number;
  empty: boolean;
  texts: { showTable: string; dayHeader: string; empty: string };
}

/**
 * Okabe & Ito's palette, distinguishable with the common colour-vision deficiencies; the pink and the
 * orange are darkened so every colour has at least 3:1 contrast against the white card (WCAG 1.4.11).
 */
export const ACTION_COLOURS: Record<Action, string> = {
  accept_all: '#0072b2',
  reject_all: '#d55e00',
  custom: '#009e73',
  withdraw: '#b4488f',
  gpc: '#a86d00',
};

export const CATEGORY_STYLES: Record<RefusableCategory, Pick<ChartSeries, 'color' | 'dash' | 'pointStyle'>> = {
  statistical: { color: '#0072b2', dash: [], pointStyle: 'circle' },
  marketing: { color: '#d55e00', dash: [8, 4], pointStyle: 'rect' },
  personalised: { color: '#007a5a', dash: [2, 3], pointStyle: 'triangle' },
};

function common(stats: StatsResponse, localization: DashboardLocalization): Pick<ChartSpec, 'labels' | 'rowHeaders' | 'texts'> & { days: string[] } {
  const days = (stats.groups ?? []).filter((group) => typeof group.key === 'string').map((group) => String(group.key));
  const { format } = localization;
  return {
    days,
    labels: days.map((day) => format.shortDay(day)),
    rowHeaders: days.map((day) => format.day(day)),
    texts: { showTable: localization.t('charts.showTable'), dayHeader: localization.t('charts.day'), empty: localization.t('charts.noData') },
  };
}

/** Stacked bars of decisions per day by action; `stats` must be grouped by day. */
export function decisionChart(stats: StatsResponse, localization: DashboardLocalization): ChartSpec {
  const { format } = localization;
  const base = common(stats, localization);
  const { series } = decisionSeries(stats.groups ?? []);
  const totals = stackTotals(series, base.days.length);
  const peak = extremes(totals);
  const summary =
    stats.decisions === 0 || !peak
      ? localization.t('charts.noData')
      : localization.t('charts.decisionsSummary', {
          from: format.day(stats.from),
          to: format.day(stats.to),
          total: format.count(stats.decisions),
          peakDay: format.day(base.days[peak.maxIndex]!),
          peak: format.count(peak.max),
          acceptAll: format.percent(actionShare(stats, 'accept_all')),
          rejectAll: format.percent(actionShare(stats, 'reject_all')),
          custom: format.percent(actionShare(stats, 'custom')),
        });
  return {
    kind: 'stacked-bars',
    heading: localization.t('charts.decisionsHeading'),
    summary,
    labels: base.labels,
    rowHeaders: base.rowHeaders,
    series: series.map(({ id, values }) => ({ id, label: localization.t(`actions.${id}`), values, color: ACTION_COLOURS[id], dash: [], pointStyle: 'rect' })),
    axisTitle: localization.t('charts.decisionsAxis'),
    formatValue: (value) => format.count(value),
    formatTick: (value) => format.count(value),
    empty: stats.decisions === 0,
    texts: base.texts,
  };
}

/** Lines of the daily opt-in rate per category; `stats` must be grouped by day. */
export function optInChart(stats: StatsResponse, localization: DashboardLocalization): ChartSpec {
  const { format } = localization;
  const base = common(stats, localization);
  const { series } = optInSeries(stats.groups ?? []);
  const details = series
    .map(({ id, values }) => {
      const range = extremes(values);
      return range
        ? localization.t('charts.optInSeries', {
            category: localization.t(`categories.${id}`),
            min: format.percent(range.min),
            max: format.percent(range.max),
            overall: format.percent(stats.categories[id].rate),
          })
        : null;
    })
    .filter((text): text is string => text !== null)
    .join('; ');
  return {
    kind: 'lines',
    heading: localization.t('charts.optInHeading'),
    summary: stats.decisions === 0 ? localization.t('charts.noData') : localization.t('charts.optInSummary', { from: format.day(stats.from), to: format.day(stats.to), details: `${details}.` }),
    labels: base.labels,
    rowHeaders: base.rowHeaders,
    series: series.map(({ id, values }) => ({ id, label: localization.t(`categories.${id}`), values, ...CATEGORY_STYLES[id] })),
    axisTitle: localization.t('charts.rateAxis'),
    formatValue: (value) => format.percent(value),
    formatTick: (value) => format.wholePercent(value),
    max: 1,
    empty: stats.decisions === 0,
    texts: base.texts,
  };
}
