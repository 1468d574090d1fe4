import { beforeAll, describe, expect, it } from 'vitest';
import { decisionChart, optInChart } from './chart-specs.js';
import { createDashboardLocalization, type DashboardLocalization } from './localization.js';
import type { StatsResponse } from './stats-response.js';
import { figures, group } from './test-data.js';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const days = [
  group('2026-11-01', { impressions: 10, actions: { accept_all: 4, reject_all: 2 }, granted: { statistical: 5, marketing: 4, personalised: 4 } }),
  group('2026-11-02', { impressions: 3 }),
  group('2026-11-03', { impressions: 12, actions: { accept_all: 6, custom: 3, reject_all: 1 }, granted: { statistical: 8, marketing: 6, personalised: 7 } }),
];
const stats: StatsResponse = {
  from: '2026-11-01',
  to: '2026-11-03',
  ...figures({ impressions: 25, actions: { accept_all: 10, reject_all: 3, custom: 3 }, granted: { statistical: 13, marketing: 10, personalised: 11 } }),
  groups: days,
};

let en: DashboardLocalization;
beforeAll(async () => {
  en = await createDashboardLocalization('en');
});

describe('decisionChart()', () => {
  it('stacks the actions that occur, labelled, with a summary naming the busiest day', () => {
    const spec = decisionChart(stats, en);
    expect(spec.kind).toBe('stacked-bars');
    expect(spec.labels).toEqual(['Nov 1', 'Nov 2', 'Nov 3']);
    expect(spec.series.map((series) => [series.label, series.values])).toEqual([
      ['Accept all', [4, 0, 6]],
      ['Reject all', [2, 0, 1]],
      ['Custom choice', [0, 0, 3]],
    ]);
    expect(plain(spec.summary)).toBe(
      'Stacked bar chart of the decisions per day from Nov 1, 2026 to Nov 3, 2026: 16 decisions, most on Nov 3, 2026 (10). Of all decisions: accept all 62.5%, reject all 18.8%, custom choice 18.8%.',
    );
  });

  it('says there is no data when there were no decisions', () => {
    const spec = decisionChart({ ...stats, ...figures({ impressions: 3 }), groups: [days[1]!] }, en);
    expect(spec.empty).toBe(true);
    expect(spec.summary).toBe('No decisions in this period.');
  });
});

describe('optInChart()', () => {
  it('draws rates per category with gaps, and summarises each line', () => {
    const spec = optInChart(stats, en);
    expect(spec.max).toBe(1);
    expect(spec.series.map((series) => series.id)).toEqual(['statistical', 'marketing', 'personalised']);
    expect(spec.series[0]!.values).toEqual([5 / 6, null, 0.8]);
    expect(new Set(spec.series.map((series) => series.dash.join()))).toHaveProperty('size', 3);
    expect(plain(spec.summary)).toContain('Statistics: from 80.0% to 83.3% per day, 81.3% over the period');
  });
});
