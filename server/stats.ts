import { eachDay } from './dates.js';
import { zeroCounters } from './store/aggregate-delta.js';
import type { AggregateSum, Counters, DayRange, GroupKey } from './store/types.js';
import { ACTIONS, REFUSABLE_CATEGORIES, type Action, type GroupBy, type RefusableCategory } from './vocabulary.js';

export interface Figures {
  impressions: number;
  decisions: number;
  /** decisions ÷ impressions */
  interactionRate: number;
  actions: Record<Action, number>;
  /** rate = granted ÷ decisions */
  categories: Record<RefusableCategory, { granted: number; rate: number }>;
}

export interface StatsResponse extends Figures {
  from: string;
  to: string;
  groups?: Array<Figures & { key: GroupKey }>;
}

/** Rates as numbers with three decimals; 0 rather than NaN when nothing was counted. */
export function rate(numerator: number, divisor: number): number {
  return divisor === 0 ? 0 : Math.round((numerator / divisor) * 1000) / 1000;
}

export function figuresOf(counters: Counters): Figures {
  const actions = {} as Record<Action, number>;
  for (const action of ACTIONS) actions[action] = counters[action];
  const categories = {} as Record<RefusableCategory, { granted: number; rate: number }>;
  for (const category of REFUSABLE_CATEGORIES) {
    const granted = counters[`${category}_granted`];
    categories[category] = { granted, rate: rate(granted, counters.decisions) };
  }
  return {
    impressions: counters.impressions,
    decisions: counters.decisions,
    interactionRate: rate(counters.decisions, counters.impressions),
    actions,
    categories,
  };
}

/**
 * Shapes summed aggregates as contract section 7. With groupBy, the totals are the sum of the groups
 * (one query, not two), groups are sorted by key with "no variant" (null) first, and a day grouping
 * lists every day of the range, zeros included, so a trend chart has no gaps.
 */
export function buildStats(range: DayRange, sums: readonly AggregateSum[], groupBy: GroupBy | null): StatsResponse {
  const total = zeroCounters();
  for (const sum of sums) addInto(total, sum);
  const response: StatsResponse = { from: range.from, to: range.to, ...figuresOf(total) };
  if (groupBy === null) return response;

  const byKey = new Map<GroupKey, Counters>(sums.map((sum) => [sum.key, sum]));
  if (groupBy === 'day') {
    for (const day of eachDay(range.from, range.to)) if (!byKey.has(day)) byKey.set(day, zeroCounters());
  }
  response.groups = [...byKey.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, counters]) => ({ key, ...figuresOf(counters) }));
  return response;
}

function addInto(target: Counters, source: Counters): void {
  for (const column of Object.keys(target) as Array<keyof Counters>) target[column] += source[column];
}

function compareKeys(a: GroupKey, b: GroupKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}
