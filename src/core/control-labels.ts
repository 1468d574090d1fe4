/**
 * The text keys that label a control the visitor decides with: a button, or a category switch. Their
 * vetted wording is neutral (requirement R19), so a site's override of one of them goes through the
 * lint in `override-lint.ts` before it can be shown. Titles, descriptions and other running text are
 * the site's own to write.
 *
 * Kept apart from the lint: the UI tier reads this list on every mount to see whether the lint (a
 * chunk of its own, with the phrase lists of eight languages) is needed at all.
 */
export const CONTROL_LABEL_KEYS: readonly string[] = [
  'banner.acceptAll',
  'banner.rejectAll',
  'banner.settings',
  'banner.save',
  'preferences.acceptAll',
  'preferences.rejectAll',
  'preferences.save',
  'preferences.closeLabel',
  'placeholder.showOnce',
  'placeholder.allow',
  'placeholder.settings',
  'declaration.openPreferences',
  'categories.technical.name',
  'categories.statistical.name',
  'categories.marketing.name',
  'categories.personalised.name',
];

/** Whether any of `tables` overrides a control label. */
export function overridesControlLabel(tables: ReadonlyArray<{ strings: Readonly<Record<string, string>> }>): boolean {
  return tables.some((table) => CONTROL_LABEL_KEYS.some((key) => Object.prototype.hasOwnProperty.call(table.strings, key)));
}
