import type { RefusableCategory } from '../core/categories.js';

/** What each `samtykke:warning` is about: its `detail.code`. */
export const WARNING_CODES = {
  /** `<link rel=preconnect|dns-prefetch|preload|prefetch|modulepreload>` to a tracker or a blocked element's host. */
  leakHint: 'leak-hint',
  /** `<link rel=stylesheet>` or `@import` from another host. */
  thirdPartyStylesheet: 'third-party-stylesheet',
  /** `@font-face` with a `src` on another host. */
  thirdPartyFont: 'third-party-font',
  /** Any other CSS `url()` on another host (backgrounds, cursors, masks, …). */
  thirdPartyCssUrl: 'third-party-css-url',
  /** Accept all and Reject all of the banner or the preferences dialog do not carry equal weight (R9). */
  unequalButtons: 'unequal-buttons',
  /** Blocked elements of a refusable category, but `categories.<category>.cookies` declares nothing. */
  undeclaredCategory: 'undeclared-category',
} as const;

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

/** One leak around the gate (R6). */
export interface LeakFinding {
  code: Exclude<WarningCode, typeof WARNING_CODES.unequalButtons | typeof WARNING_CODES.undeclaredCategory>;
  /** A sentence saying what is wrong and what to do about it. */
  message: string;
  /** The URL at fault, absolute. */
  url: string;
}

/** Where an Accept all and a Reject all button sit side by side. */
export type ButtonSurface = 'banner' | 'preferences';

/** The rules of R9 the equal-weight check applies, one name per `rule` of an `unequal-buttons` finding. */
export type WeightRule =
  | 'font-size'
  | 'font-weight'
  | 'font-family'
  | 'padding'
  | 'border-width'
  | 'width'
  | 'height'
  | 'text-contrast'
  | 'background'
  | 'opacity'
  | 'text-decoration';

/** Accept all and Reject all break one rule of equal visual weight (R9). */
export interface UnequalButtonsFinding {
  code: typeof WARNING_CODES.unequalButtons;
  /** A sentence naming the rule, the two values, and what to do about it. */
  message: string;
  /** `<samtykke-banner>` or `<samtykke-preferences>`. */
  surface: ButtonSurface;
  rule: WeightRule;
}

/**
 * The page blocks elements of a refusable category whose cookie declaration is empty: the first layer
 * says the third parties can be seen under Settings, and for this category they cannot.
 */
export interface UndeclaredCategoryFinding {
  code: typeof WARNING_CODES.undeclaredCategory;
  /** A sentence naming the category and what to declare. */
  message: string;
  category: RefusableCategory;
}

/** One problem dev mode found: the pure checks return these; the reporter adds the element. */
export type Finding = LeakFinding | UnequalButtonsFinding | UndeclaredCategoryFinding;

/** The `detail` of a `samtykke:warning` event. */
export type WarningDetail = Finding & {
  /** The `<link>`, `<style>`, `<samtykke-banner>` or other element the problem was found in, when there is one. */
  element?: Element;
};

export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage';

/** The `detail` of a `samtykke:undeclared-cookie` event. */
export interface UndeclaredDetail {
  name: string;
  storage: StorageKind;
}
