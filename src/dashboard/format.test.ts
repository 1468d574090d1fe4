import { describe, expect, it } from 'vitest';
import { Formatter } from './format.js';

// Intl output contains narrow no-break spaces in some languages; compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Formatter', () => {
  const en = new Formatter('en', 'UTC');
  const da = new Formatter('da', 'UTC');

  it.each([
    [en, 1234567, '1,234,567'],
    [da, 1234567, '1.234.567'],
  ])('count(%#)', (format, value, expected) => {
    expect(plain(format.count(value))).toBe(expected);
  });

  it.each([
    [en, 0.4134, '41.3%'],
    [da, 0.4134, '41,3 %'],
    [en, 0, '0.0%'],
    [en, 1, '100.0%'],
  ])('percent(%#)', (format, value, expected) => {
    expect(plain(format.percent(value))).toBe(expected);
  });

  it.each([
    [0.0123, { relation: '=', value: '0.012' }],
    [0.05, { relation: '=', value: '0.05' }],
    [0.41789, { relation: '=', value: '0.42' }],
    [1, { relation: '=', value: '1' }],
    [0.001, { relation: '=', value: '0.001' }],
    [0.00099, { relation: '<', value: '0.001' }],
    [1e-12, { relation: '<', value: '0.001' }],
  ])('pValue(%d)', (p, expected) => {
    expect(en.pValue(p)).toEqual(expected);
  });

  it('writes p with the language’s decimal separator', () => {
    expect(da.pValue(0.0123)).toEqual({ relation: '=', value: '0,012' });
  });

  it('formats days as UTC days', () => {
    expect(en.day('2026-11-30')).toBe('Nov 30, 2026');
    expect(da.day('2026-11-30')).toBe('30. nov. 2026');
    expect(en.shortDay('2026-01-02')).toBe('Jan 2');
  });

  it('shows a timestamp in the given zone, and an unparsable one as is', () => {
    expect(plain(en.dateTime('2026-11-30T10:05:00.000Z'))).toBe('Nov 30, 2026, 10:05:00 AM');
    expect(en.dateTime('not a time')).toBe('not a time');
  });

  it.each(['"><svg onload=window.x=8>', 'version 12', '12', 'Tuesday 3'])('shows %j as is, not as the date a lenient parser finds in it', (text) => {
    expect(en.dateTime(text)).toBe(text);
  });

  it('names languages', () => {
    expect(en.languageName('da')).toBe('Danish');
    expect(da.languageName('sv')).toBe('svensk');
  });
});
