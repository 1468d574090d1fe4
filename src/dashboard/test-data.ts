import { ACTIONS, REFUSABLE_CATEGORIES, type Action, type Figures, type RefusableCategory, type StatsGroup } from './stats-response.js';

/** Figures as the collector computes them, from counts; for the unit tests. */
export function figures(counts: {
  impressions: number;
  actions?: Partial<Record<Action, number>>;
  granted?: Partial<Record<RefusableCategory, number>>;
}): Figures {
  const actions = Object.fromEntries(ACTIONS.map((action) => [action, counts.actions?.[action] ?? 0])) as Record<Action, number>;
  const decisions = ACTIONS.reduce((sum, action) => sum + actions[action], 0);
  const rate = (numerator: number, divisor: number): number => (divisor === 0 ? 0 : Math.round((numerator / divisor) * 1000) / 1000);
  const categories = Object.fromEntries(
    REFUSABLE_CATEGORIES.map((category) => {
      const granted = counts.granted?.[category] ?? 0;
      return [category, { granted, rate: rate(granted, decisions) }];
    }),
  ) as Figures['categories'];
  return { impressions: counts.impressions, decisions, interactionRate: rate(decisions, counts.impressions), actions, categories };
}

export function group(key: StatsGroup['key'], counts: Parameters<typeof figures>[0]): StatsGroup {
  return { key, ...figures(counts) };
}
