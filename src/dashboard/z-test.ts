/**
 * The statistics behind the variant comparison: the error function, the normal distribution and a
 * pooled two-proportion z-test. Pure functions, no dependencies.
 */

/**
 * The complementary error function erfc(x) = 1 − erf(x), from the Chebyshev fit in Numerical Recipes
 * (Press et al., 2nd ed., §6.2, `erfcc`): fractional error below 1.2 × 10⁻⁷ for every x. Computing
 * erfc directly (rather than 1 − erf) keeps small tail probabilities such as p = 10⁻⁹ accurate.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const polynomial =
    -z * z -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const tail = t * Math.exp(polynomial);
  return x >= 0 ? tail : 2 - tail;
}

/** The error function, erf(x) = 1 − erfc(x); odd, with erf(0) = 0 exactly. */
export function erf(x: number): number {
  if (x === 0) return 0;
  return x > 0 ? 1 - erfc(x) : erfc(-x) - 1;
}

/** Φ(z): the probability that a standard normal variable is at most z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** The two-sided p-value of a standard normal test statistic: P(|Z| ≥ |z|) = erfc(|z| / √2). */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** `successes` out of `trials`, e.g. accept-all decisions out of all decisions. */
export interface Proportion {
  successes: number;
  trials: number;
}

export interface ZTestResult {
  /** successes ÷ trials of the first group (the control). */
  rateA: number;
  /** successes ÷ trials of the second group. */
  rateB: number;
  /** Positive when the second group's rate is higher. */
  z: number;
  /** Two-sided p-value; 1 when the test cannot tell anything (no variance). */
  p: number;
}

/**
 * Pooled two-proportion z-test, two-sided: H₀ says both groups share one rate. Under H₀ the pooled rate
 * p̂ = (x₁ + x₂) / (n₁ + n₂) estimates it, the standard error of the difference is
 * √(p̂(1 − p̂)(1/n₁ + 1/n₂)), and z = (x₂/n₂ − x₁/n₁) / SE. Throws when a group has no trials or more
 * successes than trials: there is no proportion to test.
 */
export function twoProportionZTest(a: Proportion, b: Proportion): ZTestResult {
  for (const group of [a, b]) {
    if (!(group.trials > 0) || group.successes < 0 || group.successes > group.trials) {
      throw new RangeError(`not a proportion: ${group.successes} of ${group.trials}`);
    }
  }
  const rateA = a.successes / a.trials;
  const rateB = b.successes / b.trials;
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  // All successes or none in both groups: the rates are equal and there is nothing to test.
  if (standardError === 0) return { rateA, rateB, z: 0, p: 1 };
  const z = (rateB - rateA) / standardError;
  return { rateA, rateB, z, p: twoSidedP(z) };
}
