/**
 * Dev mode, `samtykke-dev.js`: imported by the loader only when the config says `debug: true`, and
 * never part of a normal page view. It warns about leaks consent cannot stop (requirement R6), reports
 * cookies and storage keys missing from the cookie declaration (R7), blocked elements of a category
 * whose declaration is empty, and warns when a theme gives Accept all and Reject all unequal weight
 * (R9); see README "Dev mode".
 */
import { watchButtonWeight } from './button-watch.js';
import { watchUndeclaredCategories } from './category-watch.js';
import { createUndeclaredCheck, declaredNames } from './declared-names.js';
import type { DevModule } from './dev-module.js';
import { watchLeakHints } from './leak-watch.js';
import { createReporter } from './reporter.js';
import { watchStorage } from './storage-watch.js';

export type { DevModule } from './dev-module.js';
export type { ButtonSurface, UndeclaredCategoryFinding, UndeclaredDetail, WarningCode, WarningDetail, WeightRule } from './findings.js';

/** Starts every dev-mode check for this page view, with the config the loader read. */
export const start: DevModule['start'] = (gate, rest) => {
  const reporter = createReporter();
  const isUndeclared = createUndeclaredCheck(declaredNames(rest.categories), gate.cookie.name);
  console.info('samtykke (dev): dev mode is on: warnings for leak hints, undeclared cookies, blocked categories with no declared cookie and unequal Accept all / Reject all buttons follow. Turn "debug" off in production.');
  watchLeakHints(reporter.warn);
  watchButtonWeight(reporter.warn);
  watchUndeclaredCategories(rest.categories, reporter.warn);
  watchStorage((name, storage) => {
    if (isUndeclared(name, storage)) reporter.undeclared(name, storage);
  });
};
