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
} as const;

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

/** One problem dev mode found: the pure checks return these; the reporter adds the element. */
export interface Finding {
  code: WarningCode;
  /** A sentence saying what is wrong and what to do about it. */
  message: string;
  /** The URL at fault, absolute. */
  url: string;
}

/** The `detail` of a `samtykke:warning` event. */
export interface WarningDetail extends Finding {
  /** The `<link>`, `<style>` or other element the problem was found in, when there is one. */
  element?: Element;
}

export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage';

/** The `detail` of a `samtykke:undeclared-cookie` event. */
export interface UndeclaredDetail {
  name: string;
  storage: StorageKind;
}
