/**
 * The closed vocabularies of contract section 7. They are repeated here rather than imported from
 * `src/core/` because the collector is compiled on its own (rootDir `server/`) and must not pull browser
 * code into the Node build; server/vocabulary.test.ts keeps the two in step.
 */
export const LOCALES = ['da', 'nb', 'nn', 'sv', 'fi', 'is', 'en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'] as const;
export type Action = (typeof ACTIONS)[number];

export const SOURCES = ['banner', 'preferences', 'api', 'gpc'] as const;
export type Source = (typeof SOURCES)[number];

export const DEVICES = ['mobile', 'tablet', 'desktop'] as const;
export type Device = (typeof DEVICES)[number];

/** The categories a visitor can refuse; `technical` is always granted and so never counted. */
export const REFUSABLE_CATEGORIES = ['statistical', 'marketing', 'personalised'] as const;
export type RefusableCategory = (typeof REFUSABLE_CATEGORIES)[number];

export const GROUP_BY = ['day', 'locale', 'device', 'variant', 'revision'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
