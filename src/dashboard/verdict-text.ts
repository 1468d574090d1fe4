import type { DashboardLocalization } from './localization.js';
import { MIN_DECISIONS_PER_VARIANT, type ChallengerVerdict, type MeasureResult } from './variant-verdict.js';

export interface VerdictText {
  /** One sentence for the whole comparison; null when the per-measure sentences say it all. */
  summary: string | null;
  /** A sentence per measure, claims first; empty when there is not enough data. */
  measures: Array<{ result: MeasureResult; text: string }>;
}

/** "p = 0.012" or "p < 0.001", in the dashboard's language, with no-break spaces. */
export function pText(p: number, localization: DashboardLocalization): string {
  const { relation, value } = localization.format.pValue(p);
  // No-break spaces: "p = 0.01" never breaks across lines.
  return localization.t(relation === '<' ? 'variants.pBelow' : 'variants.pEquals', { value }).replace(/ /g, '\u00a0');
}

function rate(value: number | null, localization: DashboardLocalization): string {
  return value === null ? '–' : localization.format.percent(value);
}

/** A measure's outcome in plain words, e.g. "Variant b raises statistics opt-in from 63.1 % to 68.0 %, p < 0.001." */
export function measureSentence(verdict: ChallengerVerdict, result: MeasureResult, localization: DashboardLocalization): string {
  const measure = localization.t(`variants.measuresInText.${result.measure}`);
  if (result.outcome === 'untestable' || result.p === null) return localization.t('variants.untestable', { measure });
  const values = {
    challenger: verdict.challenger.variant,
    control: verdict.control.variant,
    measure,
    from: rate(result.control, localization),
    to: rate(result.challenger, localization),
    p: pText(result.p, localization),
  };
  return localization.t(result.outcome === 'noClearDifference' ? 'variants.noClearDifference' : `variants.${result.outcome}`, values);
}

const CLAIMS_FIRST: Record<MeasureResult['outcome'], number> = { raises: 0, lowers: 0, noClearDifference: 1, untestable: 2 };

/** The verdict for one challenger against the control, as the dashboard writes it. */
export function verdictText(verdict: ChallengerVerdict, localization: DashboardLocalization): VerdictText {
  const names = { challenger: verdict.challenger.variant, control: verdict.control.variant };
  if (verdict.summary === 'notEnoughData') {
    return {
      summary: localization.t('variants.notEnoughData', {
        ...names,
        challengerDecisions: localization.format.count(verdict.challenger.decisions),
        controlDecisions: localization.format.count(verdict.control.decisions),
        min: MIN_DECISIONS_PER_VARIANT,
      }),
      measures: [],
    };
  }
  const measures = [...verdict.measures]
    .sort((a, b) => CLAIMS_FIRST[a.outcome] - CLAIMS_FIRST[b.outcome])
    .map((result) => ({ result, text: measureSentence(verdict, result, localization) }));
  return {
    summary: verdict.summary === 'noClearDifference' ? localization.t('variants.noClearDifferenceSummary', names) : null,
    measures,
  };
}
