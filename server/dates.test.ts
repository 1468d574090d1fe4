import { describe, expect, it } from 'vitest';
import { endOfMonth, splitByMonth } from './dates.js';

describe('endOfMonth()', () => {
  it.each([
    ['2026-01-15', '2026-01-31'],
    ['2026-02-01', '2026-02-28'],
    ['2028-02-10', '2028-02-29'],
    ['2026-12-31', '2026-12-31'],
  ])('%s → %s', (day, expected) => {
    expect(endOfMonth(day)).toBe(expected);
  });
});

describe('splitByMonth()', () => {
  it.each([
    ['a year ending mid-month', '2025-11-23', '2026-11-22', { days: [{ from: '2025-11-23', to: '2025-11-30' }, { from: '2026-11-01', to: '2026-11-22' }], months: { from: '2025-12', to: '2026-10' } }],
    ['whole months only', '2026-01-01', '2026-03-31', { days: [], months: { from: '2026-01', to: '2026-03' } }],
    ['one whole month', '2026-02-01', '2026-02-28', { days: [], months: { from: '2026-02', to: '2026-02' } }],
    ['inside one month', '2026-02-02', '2026-02-27', { days: [{ from: '2026-02-02', to: '2026-02-27' }], months: null }],
    ['across a month boundary without a whole month', '2026-01-20', '2026-02-10', { days: [{ from: '2026-01-20', to: '2026-02-10' }], months: null }],
    ['one day', '2026-05-01', '2026-05-01', { days: [{ from: '2026-05-01', to: '2026-05-01' }], months: null }],
    ['whole start, partial end', '2026-01-01', '2026-02-10', { days: [{ from: '2026-02-01', to: '2026-02-10' }], months: { from: '2026-01', to: '2026-01' } }],
  ])('%s', (_name, from, to, expected) => {
    expect(splitByMonth(from, to)).toEqual(expected);
  });
});
