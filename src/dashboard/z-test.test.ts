import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, twoProportionZTest, twoSidedP } from './z-test.js';

// Reference values from the closed forms (Wolfram Alpha / scipy.special to 10 digits).
describe('erf()', () => {
  it.each([
    [0, 0],
    [0.1, 0.1124629160],
    [0.5, 0.5204998778],
    [1, 0.8427007929],
    [1.5, 0.9661051465],
    [2, 0.9953222650],
    [3, 0.9999779095],
    [-0.5, -0.5204998778],
    [-1, -0.8427007929],
    [-2, -0.9953222650],
  ])('erf(%d) ≈ %d', (x, expected) => {
    expect(erf(x)).toBeCloseTo(expected, 7);
  });

  it('is odd', () => {
    for (const x of [0.01, 0.3, 0.7, 1.2, 2.5, 4]) expect(erf(-x)).toBeCloseTo(-erf(x), 12);
  });

  it('tends to ±1', () => {
    expect(erf(10)).toBe(1);
    expect(erf(-10)).toBe(-1);
  });
});

describe('erfc()', () => {
  it.each([
    [0, 1],
    [1, 0.1572992070502851],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [4, 1.541725790028002e-8],
    [5, 1.537459794428035e-12],
    [-1, 1.842700792949715],
  ])('erfc(%d) ≈ %d within 1.2e-7 relative error', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1.2e-7);
  });

  it('is NaN for NaN', () => {
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe('normalCdf()', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447461],
    [-1, 0.1586552539],
    [1.644853627, 0.95],
    [1.959963985, 0.975],
    [2.575829304, 0.995],
    [-3, 0.0013498980],
  ])('Φ(%d) ≈ %d', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 7);
  });
});

describe('twoSidedP()', () => {
  it.each([
    [0, 1],
    [1.959963985, 0.05],
    [-1.959963985, 0.05],
    [2.575829304, 0.01],
    [3.290526731, 0.001],
    [1, 0.3173105079],
  ])('p(|Z| ≥ |%d|) ≈ %d', (z, expected) => {
    expect(twoSidedP(z)).toBeCloseTo(expected, 7);
  });

  it('keeps far tails accurate in relative terms', () => {
    // P(|Z| ≥ 6) = 1.973175290075e-9
    expect(Math.abs(twoSidedP(6) - 1.973175290075e-9) / 1.973175290075e-9).toBeLessThan(1e-6);
  });
});

describe('twoProportionZTest()', () => {
  // Worked examples: z from the pooled formula by hand, p from Python's math.erfc (correctly rounded).
  it.each([
    { a: [410, 1000], b: [470, 1000], z: 2.702812, p: 0.006875554 },
    { a: [45, 100], b: [56, 100], z: 1.555713, p: 0.1197764238 },
    { a: [200, 400], b: [200, 400], z: 0, p: 1 },
    { a: [600, 1000], b: [550, 1000], z: -2.261656, p: 0.0237186426 },
  ])('$a against $b: z ≈ $z, p ≈ $p', ({ a, b, z, p }) => {
    const result = twoProportionZTest({ successes: a[0]!, trials: a[1]! }, { successes: b[0]!, trials: b[1]! });
    expect(result.z).toBeCloseTo(z, 5);
    expect(result.p).toBeCloseTo(p, 8);
    expect(result.rateA).toBe(a[0]! / a[1]!);
    expect(result.rateB).toBe(b[0]! / b[1]!);
  });

  it('gives p = 1 when both groups are all successes (no variance)', () => {
    expect(twoProportionZTest({ successes: 50, trials: 50 }, { successes: 80, trials: 80 })).toEqual({ rateA: 1, rateB: 1, z: 0, p: 1 });
  });

  it('is symmetric: swapping the groups flips z and keeps p', () => {
    const forward = twoProportionZTest({ successes: 120, trials: 300 }, { successes: 150, trials: 310 });
    const backward = twoProportionZTest({ successes: 150, trials: 310 }, { successes: 120, trials: 300 });
    expect(backward.z).toBeCloseTo(-forward.z, 12);
    expect(backward.p).toBeCloseTo(forward.p, 12);
  });

  it.each([
    [{ successes: 0, trials: 0 }],
    [{ successes: 11, trials: 10 }],
    [{ successes: -1, trials: 10 }],
  ])('refuses %j, which is not a proportion', (bad) => {
    expect(() => twoProportionZTest(bad, { successes: 5, trials: 10 })).toThrow(RangeError);
  });
});
