import { REFUSABLE_CATEGORIES, deniedChoices, type Category, type CategoryChoices } from './categories.js';
import { createConsentState, type ConsentAction, type ConsentState } from './consent-state.js';

export interface TransitionContext {
  now: number;
  maxAgeDays: number;
  revision: number;
  /** The id to use when there is no earlier decision to keep. */
  newId: string;
  /** Categories a Global Privacy Control signal forces to denied. */
  gpcDenied: readonly Category[];
}

function next(previous: ConsentState | null, action: ConsentAction, categories: Partial<CategoryChoices>, context: TransitionContext): ConsentState {
  return createConsentState({
    id: previous?.id ?? context.newId,
    action,
    categories,
    now: context.now,
    maxAgeDays: context.maxAgeDays,
    revision: context.revision,
  });
}

/**
 * Accept all grants every category except those GPC denies: a browser signal outranks a general
 * "yes" (the visitor can still switch such a category on by itself in the preferences).
 */
export function acceptAll(previous: ConsentState | null, context: TransitionContext): ConsentState {
  const choices: Partial<CategoryChoices> = {};
  for (const category of REFUSABLE_CATEGORIES) choices[category] = !context.gpcDenied.includes(category);
  const everything = REFUSABLE_CATEGORIES.every((category) => choices[category]);
  return next(previous, everything ? 'accept_all' : 'custom', choices, context);
}

export function rejectAll(previous: ConsentState | null, context: TransitionContext): ConsentState {
  return next(previous, 'reject_all', deniedChoices(), context);
}

/**
 * A choice of categories. Categories not named keep their current grant (or denied without a
 * decision). An explicit choice is honoured even against GPC: the visitor switched it on themself.
 * The action is named after the result, so "all on" saved from the preferences counts as accept_all.
 */
export function customChoice(previous: ConsentState | null, choices: Partial<Record<Category, boolean>>, context: TransitionContext): ConsentState {
  const base = previous?.categories ?? deniedChoices();
  const result: Partial<CategoryChoices> = {};
  for (const category of REFUSABLE_CATEGORIES) result[category] = typeof choices[category] === 'boolean' ? choices[category] : base[category];
  const granted = REFUSABLE_CATEGORIES.filter((category) => result[category]).length;
  const action: ConsentAction = granted === REFUSABLE_CATEGORIES.length ? 'accept_all' : granted === 0 ? 'reject_all' : 'custom';
  return next(previous, action, result, context);
}

/** The record of a withdrawal: everything denied, same id. The stored decision itself is deleted. */
export function withdrawal(previous: ConsentState | null, context: TransitionContext): ConsentState {
  return next(previous, 'withdraw', deniedChoices(), context);
}

/**
 * What GPC does to a stored decision: when it grants a category the signal denies, a new decision
 * with action `gpc` denies it, keeping the earlier expiry. Null when nothing has to change. GPC never
 * grants.
 */
export function applyGpc(previous: ConsentState | null, context: TransitionContext): ConsentState | null {
  if (!previous) return null;
  const overridden = context.gpcDenied.filter((category) => previous.categories[category]);
  if (overridden.length === 0) return null;
  const choices: Partial<CategoryChoices> = { ...previous.categories };
  for (const category of overridden) choices[category] = false;
  // The earlier expiry stays: a browser signal must not extend the grants that remain.
  return { ...next(previous, 'gpc', choices, context), expires: previous.expires };
}
