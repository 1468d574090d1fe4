import { describe, expect, it } from 'vitest';
import { decisionSeries, extremes, optInSeries, stackTotals } from './chart-data.js';
import { group } from './test-data.js';

const days = [
  group('2026-11-01', { impressions: 10, actions: { accept_all: 4, reject_all: 2 }, granted: { statistical: 5, marketing: 4, personalised: 4 } }),
  group('2026-11-02', { impressions: 3 }),
  group('2026-11-03', { impressions: 8, actions: { accept_all: 1, custom: 3 }, granted: { statistical: 2, marketing: 1, personalised: 1 } }),
];

describe('decisionSeries()', () => {
  it('lists every day and only the actions that occur', () => {
    expect(decisionSeries(days)).toEqual({
      days: ['2026-11-01', '2026-11-02', '2026-11-03'],
      series: [
        { id: 'accept_all', values: [4, 0, 1] },
        { id: 'reject_all', values: [2, 0, 0] },
        { id: 'custom', values: [0, 0, 3] },
      ],
    });
  });

  it('is empty without groups', () => {
    expect(decisionSeries([])).toEqual({ days: [], series: [] });
  });
});

describe('optInSeries()', () => {
  it('divides granted by decisions and leaves a gap on days without decisions', () => {
    const { series } = optInSeries(days);
    expect(series.map((entry) => entry.id)).toEqual(['statistical', 'marketing', 'personalised']);
    expect(series[0]!.values).toEqual([5 / 6, null, 0.5]);
  });
});

describe('extremes()', () => {
  it.each([
    [[3, null, 7, 7, 1], { min: 1, max: 7, maxIndex: 2 }],
    [[null, 0.5], { min: 0.5, max: 0.5, maxIndex: 1 }],
    [[null, null], null],
    [[], null],
  ])('%j', (values, expected) => {
    expect(extremes(values)).toEqual(expected);
  });
});

describe('stackTotals()', () => {
  it('adds the series per day', () => {
    expect(stackTotals(decisionSeries(days).series, 3)).toEqual([6, 0, 4]);
  });
});
