import { describe, expect, it } from 'vitest';
import type { Variant } from './config.js';
import { pickVariant } from './variants.js';

const variant = (id: string, weight: number): Variant => ({ id, weight });

describe('pickVariant()', () => {
  const light = variant('light', 1);
  const heavy = variant('heavy', 3);

  it.each([
    [0, 'light'],
    [0.2499, 'light'],
    [0.25, 'heavy'],
    [0.5, 'heavy'],
    [0.9999, 'heavy'],
  ])('with weights 1:3, random %s → %s', (random, expected) => {
    expect(pickVariant([light, heavy], random)?.id).toBe(expected);
  });

  it('splits evenly spaced random values in proportion to the weights', () => {
    const variants = [variant('a', 1), variant('b', 2), variant('c', 7)];
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let step = 0; step < 1000; step++) counts[pickVariant(variants, (step + 0.5) / 1000)!.id]! += 1;
    expect(counts).toEqual({ a: 100, b: 200, c: 700 });
  });

  it.each([0, 0.25, 0.5, 0.75, 0.999999, 1])('never picks a zero weight (random %s)', (random) => {
    const variants = [variant('zero-first', 0), variant('one', 1), variant('zero-middle', 0), variant('two', 1), variant('zero-last', 0)];
    expect(pickVariant(variants, random)?.id).toMatch(/^(one|two)$/);
  });

  it.each([
    ['no variants', []],
    ['every weight 0', [variant('a', 0), variant('b', 0)]],
    ['only negative weights', [variant('a', -1)]],
  ])('returns null with %s', (_label, variants) => {
    expect(pickVariant(variants, 0.5)).toBeNull();
  });

  it('treats a negative weight as 0', () => {
    expect(pickVariant([variant('negative', -5), variant('b', 1)], 0)?.id).toBe('b');
  });

  it.each([
    [-0.5, 'light'],
    [Number.NEGATIVE_INFINITY, 'light'],
    [1, 'heavy'],
    [5, 'heavy'],
    [Number.POSITIVE_INFINITY, 'heavy'],
  ])('clamps random %s into [0, 1) → %s', (random, expected) => {
    expect(pickVariant([light, heavy], random)?.id).toBe(expected);
  });

  it('picks the last weighted variant at the top of the range even after a trailing zero weight', () => {
    expect(pickVariant([variant('a', 1), variant('zero', 0)], 1)?.id).toBe('a');
  });

  it('picks a weighted variant for a NaN random value', () => {
    expect(pickVariant([variant('a', 1), variant('zero', 0)], Number.NaN)?.id).toBe('a');
  });
});
