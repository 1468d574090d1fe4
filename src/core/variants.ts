import type { Variant } from './config.js';

/**
 * Picks a banner variant by weight for one page view. `random` is in [0, 1) and supplied by the
 * caller; nothing is stored, so a visitor may see another variant on the next page view that shows
 * the banner. Null without variants or when every weight is 0.
 */
export function pickVariant(variants: readonly Variant[], random: number): Variant | null {
  const total = variants.reduce((sum, variant) => sum + Math.max(0, variant.weight), 0);
  if (total <= 0) return null;
  let remaining = Math.min(Math.max(random, 0), 0.999999999) * total;
  for (const variant of variants) {
    remaining -= Math.max(0, variant.weight);
    if (remaining < 0) return variant;
  }
  return variants.filter((variant) => variant.weight > 0).at(-1) ?? null;
}
