import { REFUSABLE_CATEGORIES, type StatsGroup } from './stats-response.js';
import { twoProportionZTest, type Proportion } from './z-test.js';

/**
 * Banner variant comparison: the first variant is the control, every other one is tested against it
 * on each measure with a pooled two-sided two-proportion z-test, and the outcome is said in words
 * only when the data can carry it.
 */

/** Fewer decisions than this in either variant: no verdict at all, whatever p says. */
export const MIN_DECISIONS_PER_VARIANT = 100;
/** A difference is claimed only below this p-value. */
export const SIGNIFICANCE_LEVEL = 0.05;

/**
 * What is compared. `interactionRate` is decisions ÷ impressions; the others are shares of decisions:
 * Accept all, and the opt-in of each refusable category.
 */
export const VARIANT_MEASURES = ['interactionRate', 'acceptAll', ...REFUSABLE_CATEGORIES] as const;
export type VariantMeasure = (typeof VARIANT_MEASURES)[number];

export interface VariantFigures {
  variant: string;
  impressions: number;
  decisions: number;
  acceptAll: number;
  granted: Record<(typeof REFUSABLE_CATEGORIES)[number], number>;
}

export type MeasureOutcome = 'raises' | 'lowers' | 'noClearDifference' | 'untestable';

export interface MeasureResult {
  measure: VariantMeasure;
  /** The control's rate (unrounded); null when it has no denominator. */
  control: number | null;
  /** The challenger's rate (unrounded); null when it has no denominator. */
  challenger: number | null;
  /** Two-sided p-value; null when untestable. */
  p: number | null;
  /**
   * `raises`/`lowers`: significant, with enough data. `noClearDifference`: tested, p ≥ the level, or
   * too few decisions to claim anything. `untestable`: no proportion (nothing shown, or more decisions
   * than impressions because some came without a counted impression).
   */
  outcome: MeasureOutcome;
}

export interface ChallengerVerdict {
  control: VariantFigures;
  challenger: VariantFigures;
  /**
   * `notEnoughData`: either variant has fewer than the minimum decisions. `difference`: at least one
   * measure is significantly raised or lowered. `noClearDifference`: enough data, nothing significant.
   */
  summary: 'notEnoughData' | 'difference' | 'noClearDifference';
  measures: MeasureResult[];
}

export interface VerdictOptions {
  /** @default MIN_DECISIONS_PER_VARIANT */
  minDecisions?: number;
  /** @default SIGNIFICANCE_LEVEL */
  significanceLevel?: number;
}

/** The variant groups of a `groupBy=variant` answer, in its order; "no variant" (null) is left out. */
export function variantFigures(groups: readonly StatsGroup[]): VariantFigures[] {
  return groups
    .filter((group): group is StatsGroup & { key: string | number } => group.key !== null)
    .map((group) => ({
      variant: String(group.key),
      impressions: group.impressions,
      decisions: group.decisions,
      acceptAll: group.actions.accept_all,
      granted: {
        statistical: group.categories.statistical.granted,
        marketing: group.categories.marketing.granted,
        personalised: group.categories.personalised.granted,
      },
    }));
}

/** The proportion a measure tests, for one variant. */
export function proportionOf(figures: VariantFigures, measure: VariantMeasure): Proportion {
  switch (measure) {
    case 'interactionRate':
      return { successes: figures.decisions, trials: figures.impressions };
    case 'acceptAll':
      return { successes: figures.acceptAll, trials: figures.decisions };
    default:
      return { successes: figures.granted[measure], trials: figures.decisions };
  }
}

function isProportion({ successes, trials }: Proportion): boolean {
  return trials > 0 && successes >= 0 && successes <= trials;
}

function rateOf(proportion: Proportion): number | null {
  return proportion.trials > 0 ? proportion.successes / proportion.trials : null;
}

/** Tests one measure of a challenger against the control. */
export function compareMeasure(control: VariantFigures, challenger: VariantFigures, measure: VariantMeasure, options: VerdictOptions = {}): MeasureResult {
  const minDecisions = options.minDecisions ?? MIN_DECISIONS_PER_VARIANT;
  const level = options.significanceLevel ?? SIGNIFICANCE_LEVEL;
  const a = proportionOf(control, measure);
  const b = proportionOf(challenger, measure);
  if (!isProportion(a) || !isProportion(b)) return { measure, control: rateOf(a), challenger: rateOf(b), p: null, outcome: 'untestable' };
  const test = twoProportionZTest(a, b);
  const enough = control.decisions >= minDecisions && challenger.decisions >= minDecisions;
  const outcome: MeasureOutcome = enough && test.p < level && test.z !== 0 ? (test.z > 0 ? 'raises' : 'lowers') : 'noClearDifference';
  return { measure, control: test.rateA, challenger: test.rateB, p: test.p, outcome };
}

/** Every variant after the first, compared with the first (the control) on every measure. */
export function compareVariants(variants: readonly VariantFigures[], options: VerdictOptions = {}): ChallengerVerdict[] {
  const minDecisions = options.minDecisions ?? MIN_DECISIONS_PER_VARIANT;
  const [control, ...challengers] = variants;
  if (!control) return [];
  return challengers.map((challenger) => {
    const measures = VARIANT_MEASURES.map((measure) => compareMeasure(control, challenger, measure, options));
    const summary =
      control.decisions < minDecisions || challenger.decisions < minDecisions
        ? 'notEnoughData'
        : measures.some((result) => result.outcome === 'raises' || result.outcome === 'lowers')
          ? 'difference'
          : 'noClearDifference';
    return { control, challenger, summary, measures };
  });
}
