import { describe, expect, it } from 'vitest';
import { compositeOver, contrastRatio, parseColor } from './contrast.js';

describe('parseColor()', () => {
  it.each([
    ['rgb(31, 35, 40)', { red: 31, green: 35, blue: 40, alpha: 1 }],
    ['rgba(0, 0, 0, 0.5)', { red: 0, green: 0, blue: 0, alpha: 0.5 }],
    ['rgb(10 125 40 / 50%)', { red: 10, green: 125, blue: 40, alpha: 0.5 }],
    ['rgba(0, 0, 0, 0)', { red: 0, green: 0, blue: 0, alpha: 0 }],
    ['transparent', { red: 0, green: 0, blue: 0, alpha: 0 }],
    ['color(srgb 1 0.5 0)', { red: 255, green: 127.5, blue: 0, alpha: 1 }],
    ['color(srgb 0 0 0 / 0.25)', { red: 0, green: 0, blue: 0, alpha: 0.25 }],
  ])('reads %s', (value, expected) => {
    expect(parseColor(value)).toEqual(expected);
  });

  it.each(['oklch(0.7 0.1 150)', 'color(display-p3 1 0 0)', 'red', 'rgb(1, 2)', 'rgb(a, b, c)', ''])('does not guess at %s', (value) => {
    expect(parseColor(value)).toBeNull();
  });
});

describe('compositeOver()', () => {
  it.each([
    ['opaque over anything', { red: 10, green: 20, blue: 30, alpha: 1 }, { red: 255, green: 255, blue: 255, alpha: 1 }, { red: 10, green: 20, blue: 30, alpha: 1 }],
    ['transparent over white', { red: 0, green: 0, blue: 0, alpha: 0 }, { red: 255, green: 255, blue: 255, alpha: 1 }, { red: 255, green: 255, blue: 255, alpha: 1 }],
    ['half black over white', { red: 0, green: 0, blue: 0, alpha: 0.5 }, { red: 255, green: 255, blue: 255, alpha: 1 }, { red: 127.5, green: 127.5, blue: 127.5, alpha: 1 }],
  ])('%s', (_, top, bottom, expected) => {
    expect(compositeOver(top, bottom)).toEqual(expected);
  });
});

describe('contrastRatio()', () => {
  it.each([
    ['black on white', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
    ['white on black, either order', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)', 21],
    ['a colour on itself', 'rgb(10, 125, 40)', 'rgb(10, 125, 40)', 1],
    ['the default light button text', 'rgb(31, 35, 40)', 'rgb(255, 255, 255)', 15.8],
    ['white on the green of a themed Accept all', 'rgb(255, 255, 255)', 'rgb(10, 125, 40)', 5.28],
  ])('%s', (_, first, second, expected) => {
    expect(contrastRatio(first, second)).toBeCloseTo(expected, 1);
  });

  it('takes parsed colours too', () => {
    expect(contrastRatio({ red: 0, green: 0, blue: 0, alpha: 1 }, 'rgb(255, 255, 255)')).toBe(21);
  });

  it('is NaN for a colour it cannot read, so no comparison passes', () => {
    expect(contrastRatio('oklch(0.7 0.1 150)', 'rgb(0, 0, 0)')).toBeNaN();
  });
});
