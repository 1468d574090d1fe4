import { describe, expect, it } from 'vitest';
import { addDays, checkCustomRange, dayCount, isIsoDay, presetRange, utcDay } from './date-range.js';

describe('isIsoDay()', () => {
  it.each([
    ['2026-11-30', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
    ['2026-11-30T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});

describe('utcDay()', () => {
  it('takes the UTC day, not the local one', () => {
    expect(utcDay(new Date('2026-11-30T23:30:00-02:00'))).toBe('2026-12-01');
  });
});

describe('addDays()', () => {
  it.each([
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', -365, '2025-01-01'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s + %d = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});

describe('presetRange()', () => {
  it.each([
    [7, { from: '2026-11-24', to: '2026-11-30' }],
    [30, { from: '2026-11-01', to: '2026-11-30' }],
    [90, { from: '2026-09-02', to: '2026-11-30' }],
  ])('the last %d days include today', (days, expected) => {
    expect(presetRange(days, '2026-11-30')).toEqual(expected);
    expect(dayCount(expected)).toBe(days);
  });
});

describe('checkCustomRange()', () => {
  it.each([
    ['2026-11-01', '2026-11-30', { ok: true, range: { from: '2026-11-01', to: '2026-11-30' } }],
    ['2026-11-30', '2026-11-30', { ok: true, range: { from: '2026-11-30', to: '2026-11-30' } }],
    ['', '2026-11-30', { ok: false, reason: 'missing' }],
    ['2026-11-31', '2026-12-01', { ok: false, reason: 'missing' }],
    ['2026-12-01', '2026-11-30', { ok: false, reason: 'order' }],
    ['2024-01-01', '2026-01-01', { ok: false, reason: 'tooLong' }],
    ['2024-01-01', '2025-12-31', { ok: true, range: { from: '2024-01-01', to: '2025-12-31' } }],
  ])('%s … %s', (from, to, expected) => {
    expect(checkCustomRange(from, to)).toEqual(expected);
  });
});
