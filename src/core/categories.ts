/**
 * The four consent categories of the contract (section 1). `technical` is always granted; the other
 * three are refusable and denied until the visitor opts in.
 */
export const CATEGORIES = ['technical', 'statistical', 'marketing', 'personalised'] as const;
export type Category = (typeof CATEGORIES)[number];

export const REFUSABLE_CATEGORIES = ['statistical', 'marketing', 'personalised'] as const;
export type RefusableCategory = (typeof REFUSABLE_CATEGORIES)[number];

export type CategoryChoices = Record<Category, boolean>;

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** Nothing granted but what cannot be refused: the state before any decision. */
export function deniedChoices(): CategoryChoices {
  return { technical: true, statistical: false, marketing: false, personalised: false };
}

export function grantedChoices(): CategoryChoices {
  return { technical: true, statistical: true, marketing: true, personalised: true };
}

/** Cookiebot's `data-cookieconsent` values, so sites moving from Cookiebot keep their markup. */
const COOKIEBOT_CATEGORIES: Record<string, Category> = {
  necessary: 'technical',
  preferences: 'personalised',
  statistics: 'statistical',
  marketing: 'marketing',
};

/**
 * Reads a space-separated category list as written in `data-samtykke` or `data-cookieconsent`
 * (Cookiebot also separates with commas). Returns null when any token is unknown: an element we cannot
 * classify stays blocked rather than being guessed at.
 */
export function parseCategoryList(value: string, dialect: 'samtykke' | 'cookiebot' = 'samtykke'): Category[] | null {
  const result: Category[] = [];
  for (const token of value.split(/[\s,]+/)) {
    if (!token) continue;
    const category = dialect === 'cookiebot' ? COOKIEBOT_CATEGORIES[token.toLowerCase()] : token;
    if (!isCategory(category)) return null;
    if (!result.includes(category)) result.push(category);
  }
  return result.length > 0 ? result : null;
}
