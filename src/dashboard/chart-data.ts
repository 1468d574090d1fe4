import { ACTIONS, REFUSABLE_CATEGORIES, type Action, type RefusableCategory, type StatsGroup } from './stats-response.js';

/** One line or bar stack of a chart; `null` is a gap (a day with nothing to divide by). */
export interface Series<Id extends string> {
  id: Id;
  values: Array<number | null>;
}

export interface DailySeries<Id extends string> {
  /** `YYYY-MM-DD`, one per day of the range. */
  days: string[];
  series: Array<Series<Id>>;
}

function dayGroups(groups: readonly StatsGroup[]): StatsGroup[] {
  return groups.filter((group) => typeof group.key === 'string');
}

/** Decisions per day split by action, for the stacked bars. Actions never taken in the range are left out. */
export function decisionSeries(groups: readonly StatsGroup[]): DailySeries<Action> {
  const days = dayGroups(groups);
  const series = ACTIONS.map((id) => ({ id, values: days.map((group) => group.actions[id]) })).filter((entry) => entry.values.some((value) => value > 0));
  return { days: days.map((group) => String(group.key)), series };
}

/** Opt-in rate per category per day (granted ÷ decisions), a gap on days without decisions. */
export function optInSeries(groups: readonly StatsGroup[]): DailySeries<RefusableCategory> {
  const days = dayGroups(groups);
  return {
    days: days.map((group) => String(group.key)),
    series: REFUSABLE_CATEGORIES.map((id) => ({ id, values: days.map((group) => (group.decisions > 0 ? group.categories[id].granted / group.decisions : null)) })),
  };
}

export interface Extremes {
  min: number;
  max: number;
  /** The first index holding `max`. */
  maxIndex: number;
}

/** Smallest and largest value, ignoring gaps; null when there is none. */
export function extremes(values: ReadonlyArray<number | null>): Extremes | null {
  let result: Extremes | null = null;
  values.forEach((value, index) => {
    if (value === null) return;
    if (!result) result = { min: value, max: value, maxIndex: index };
    else {
      if (value < result.min) result.min = value;
      if (value > result.max) {
        result.max = value;
        result.maxIndex = index;
      }
    }
  });
  return result;
}

/** Per-day totals of stacked series. */
export function stackTotals(series: ReadonlyArray<Series<string>>, length: number): number[] {
  return Array.from({ length }, (_, index) => series.reduce((sum, entry) => sum + (entry.values[index] ?? 0), 0));
}
