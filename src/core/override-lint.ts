import type { ConfigError, Language } from './config.js';
import type { OverrideTable } from './config-ui.js';
import { CONTROL_LABEL_KEYS } from './control-labels.js';
import { STEERING_PHRASES } from './steering-phrases.js';

/**
 * Accept and reject shown side by side. Overriding only one of them would set a site's wording next
 * to the vetted one, so they are overridden together or not at all, and at similar length.
 */
export const CHOICE_PAIRS: ReadonlyArray<readonly [accept: string, reject: string]> = [
  ['banner.acceptAll', 'banner.rejectAll'],
  ['preferences.acceptAll', 'preferences.rejectAll'],
];

/** The longest control label, in characters; the vetted ones are at most 32. */
export const MAX_LABEL_LENGTH = 40;

/** Labels of a pair are "of similar length" when the longer is at most 1.5 times the shorter, or 4 characters longer. */
export function isSimilarLength(first: string, second: string): boolean {
  const [shorter, longer] = [length(first), length(second)].sort((a, b) => a - b) as [number, number];
  return longer <= Math.max(shorter * 1.5, shorter + 4);
}

export interface RefusedOverride {
  key: string;
  /** Phrased to follow the field name, like every config error. */
  reason: string;
}

export interface LintResult {
  /** The overrides that may be shown. */
  kept: Record<string, string>;
  refused: RefusedOverride[];
}

/** Characters as a reader counts them: code points, so "æ" or "ð" is one. */
function length(text: string): number {
  return [...text.trim()].length;
}

const matchers = new Map<Language, RegExp>();

/** One expression per language (its phrases plus English), matched against a normalised label. */
function steeringMatcher(language: Language): RegExp {
  let matcher = matchers.get(language);
  if (!matcher) {
    const phrases = [...new Set([...STEERING_PHRASES[language], ...STEERING_PHRASES.en])];
    const alternatives = phrases.map((phrase) => phrase.replace(/\*/g, "[\\p{L}\\p{N}']*"));
    matcher = new RegExp(`(?:^| )(${alternatives.join('|')})(?= |$)`, 'u');
    matchers.set(language, matcher);
  }
  return matcher;
}

/** Lower case, typographic apostrophes made plain, every run of other non-letters one space. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Why a control label must not be shown, or null when it is neutral. */
export function labelProblem(language: Language, text: string): string | null {
  if (text.trim() === '') return 'is an empty control label';
  if (length(text) > MAX_LABEL_LENGTH) return `is a control label longer than ${MAX_LABEL_LENGTH} characters`;
  if (/[!¡！]/.test(text)) return 'is a control label with an exclamation mark; labels name the choice neutrally';
  // Pictographs and other symbols (★, ✓, flags); emoji are among them.
  if (/[\p{Extended_Pictographic}\p{So}]/u.test(text)) return 'is a control label with an emoji or symbol; labels name the choice neutrally';
  const capitals = /(?:^|[^\p{L}])(\p{Lu}{3,})(?!\p{L})/u.exec(text);
  if (capitals) return `is a control label with a word in capitals ("${capitals[1]}"); labels name the choice neutrally`;
  const steering = steeringMatcher(language).exec(normalise(text));
  if (steering) return `is a control label with steering wording ("${steering[1]}"); labels name the choice neutrally, without guilt, promises or putting it off`;
  return null;
}

/**
 * Checks one language's table of site overrides (`texts.<lang>` or a variant's): every control label
 * must be neutral (see `labelProblem`), and the accept and reject labels of a pair are overridden
 * together, at similar length. Pure: returns what may be shown and why the rest may not; the caller
 * reports the refusals as config errors, so the vetted text (or, for a variant, the site's own
 * accepted text) is shown instead.
 */
export function lintOverrides(language: Language, table: Readonly<Record<string, string>>): LintResult {
  const kept: Record<string, string> = { ...table };
  const refused: RefusedOverride[] = [];
  const refuse = (key: string, reason: string): void => {
    delete kept[key];
    refused.push({ key, reason });
  };
  for (const key of CONTROL_LABEL_KEYS) {
    const problem = key in table ? labelProblem(language, table[key]!) : null;
    if (problem) refuse(key, problem);
  }
  for (const [accept, reject] of CHOICE_PAIRS) {
    const hasAccept = accept in kept;
    const hasReject = reject in kept;
    if (hasAccept !== hasReject) {
      const [present, partner] = hasAccept ? [accept, reject] : [reject, accept];
      refuse(
        present,
        partner in table
          ? `goes with "${partner}", which was refused; the two are overridden together or not at all`
          : `is overridden without "${partner}"; override both, at similar length, or neither, so that neither choice is framed as the main one`,
      );
    } else if (hasAccept && !isSimilarLength(kept[accept]!, kept[reject]!)) {
      const lengths = `${length(kept[accept]!)} and ${length(kept[reject]!)} characters`;
      for (const [key, partner] of [[accept, reject], [reject, accept]] as const) {
        refuse(key, `and "${partner}" differ in length (${lengths}); the longer may be at most 1.5 times the shorter or 4 characters longer, so that neither choice stands out`);
      }
    }
  }
  return { kept, refused };
}

/**
 * Lints every table of a validated config (`ConfigResult.overrides`) in place: a refused override is
 * deleted from its table, which is the config's own object, so the text it would have replaced is
 * shown (the vetted one; for a variant, the site's `texts` when those passed). Returns the refusals
 * as config errors naming the full field, e.g. `texts.da.banner.rejectAll`.
 */
export function lintOverrideTables(tables: readonly OverrideTable[]): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const table of tables) {
    const { refused } = lintOverrides(table.language, table.strings);
    for (const { key, reason } of refused) {
      delete table.strings[key];
      errors.push({ field: `${table.field}.${key}`, reason });
    }
  }
  return errors;
}
