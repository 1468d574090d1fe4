import { parseCategoryList, REFUSABLE_CATEGORIES, type RefusableCategory } from '../core/categories.js';
import { isPlainObject } from '../core/config.js';
import { WARNING_CODES, type UndeclaredCategoryFinding } from './findings.js';

/**
 * The refusable categories whose `categories.<category>.cookies` names at least one cookie, in the
 * config as given (the lazy tier validates the declaration; a nameless entry declares nothing here).
 */
export function declaredCategories(categories: unknown): Set<RefusableCategory> {
  const declared = new Set<RefusableCategory>();
  if (!isPlainObject(categories)) return declared;
  for (const category of REFUSABLE_CATEGORIES) {
    const entry = categories[category];
    const cookies = isPlainObject(entry) ? entry.cookies : undefined;
    if (Array.isArray(cookies) && cookies.some((cookie: unknown) => isPlainObject(cookie) && typeof cookie.name === 'string' && /\S/.test(cookie.name))) declared.add(category);
  }
  return declared;
}

/**
 * The refusable categories a blocked element waits for, read from its `data-samtykke` value, else its
 * `data-cookieconsent` (Cookiebot) value, as the gate reads them. An unreadable value: none.
 */
export function blockedCategories(samtykke: string | null, cookiebot: string | null): RefusableCategory[] {
  const categories = samtykke !== null ? parseCategoryList(samtykke) : cookiebot !== null ? parseCategoryList(cookiebot, 'cookiebot') : null;
  return (categories ?? []).filter((category): category is RefusableCategory => category !== 'technical');
}

/**
 * One `undeclared-category` finding for each refusable category a blocked element waits for and the
 * declaration leaves empty. The first layer says the third parties can all be seen under Settings;
 * for such a category, Settings lists none.
 */
export function checkBlockedElement(samtykke: string | null, cookiebot: string | null, declared: ReadonlySet<RefusableCategory>): UndeclaredCategoryFinding[] {
  return blockedCategories(samtykke, cookiebot)
    .filter((category) => !declared.has(category))
    .map((category) => ({
      code: WARNING_CODES.undeclaredCategory,
      category,
      message: `The page blocks elements of the category "${category}", but categories.${category}.cookies declares no cookie, so Settings lists no third party for it while the banner says they can all be seen there. Declare the cookies these elements set (name, provider, purpose, expiry) under categories.${category}.cookies.`,
    }));
}
