import { CATEGORIES, deniedChoices, type Category, type CategoryChoices } from './categories.js';

export type ConsentAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc';
export const CONSENT_ACTIONS: readonly ConsentAction[] = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'];

/** The decision as the public API shows it (contract section 4). */
export interface ConsentState {
  /** Random UUID, kept across changes of the same browser's decision. */
  id: string;
  /** ISO 8601, when this decision was made. */
  timestamp: string;
  /** ISO 8601, when this decision stops counting. */
  expires: string;
  revision: number;
  action: ConsentAction;
  categories: CategoryChoices;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Version of the stored cookie format; anything else reads as "no decision". */
export const STORED_FORMAT_VERSION = 1;
/** Browsers keep at most ~4 KB per cookie; a longer value is not ours. */
const MAX_COOKIE_LENGTH = 4096;
/** Allowed clock skew for a decision's own timestamp (a timestamp further ahead is not ours). */
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
/** The longest a decision may last (13 months), whatever the config says. */
export const MAX_AGE_CAP_DAYS = 395;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isConsentId(value: unknown): value is string {
  return typeof value === 'string' && UUID_V4.test(value);
}

/** A version 4 UUID from 16 random bytes (the caller supplies them: core reads no randomness itself). */
export function createConsentId(random: Uint8Array): string {
  if (random.length < 16) throw new RangeError('createConsentId needs 16 random bytes');
  const bytes = Array.from(random.slice(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NewStateInput {
  id: string;
  action: ConsentAction;
  categories: Partial<Record<Category, boolean>>;
  now: number;
  maxAgeDays: number;
  revision: number;
}

/** Builds a decision; technical is forced on and any category not given is denied. */
export function createConsentState(input: NewStateInput): ConsentState {
  const categories = deniedChoices();
  for (const category of CATEGORIES) {
    if (category !== 'technical' && input.categories[category] === true) categories[category] = true;
  }
  const days = Math.min(input.maxAgeDays, MAX_AGE_CAP_DAYS);
  return {
    id: input.id,
    timestamp: new Date(input.now).toISOString(),
    expires: new Date(input.now + days * DAY_MS).toISOString(),
    revision: input.revision,
    action: input.action,
    categories,
  };
}

/**
 * A short checksum over the stored fields. It is not a signature (page scripts can forge anything
 * the page can write); it makes a hand-edited or truncated cookie read as "no decision" instead of
 * being trusted.
 */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

interface StoredBody {
  v: number;
  id: string;
  ts: string;
  exp: string;
  rev: number;
  act: ConsentAction;
  cats: { statistical: boolean; marketing: boolean; personalised: boolean };
}

function storedBody(state: ConsentState): StoredBody {
  const { statistical, marketing, personalised } = state.categories;
  return {
    v: STORED_FORMAT_VERSION,
    id: state.id,
    ts: state.timestamp,
    exp: state.expires,
    rev: state.revision,
    act: state.action,
    cats: { statistical, marketing, personalised },
  };
}

/** The cookie value: compact JSON with a checksum of the fields. */
export function serializeConsentState(state: ConsentState): string {
  const body = JSON.stringify(storedBody(state));
  return `${body.slice(0, -1)},"sum":"${checksum(body)}"}`;
}

export interface ParseOptions {
  now: number;
  /** The config's revision: a decision stored under a lower one is void. */
  revision: number;
  /** The config's lifetime: a decision older than this is void even if its own expiry is later. */
  maxAgeDays: number;
}

/**
 * Reads a stored cookie value. Anything unreadable, tampered with, of an unknown format version,
 * expired, made in the future, or made under an older revision is "no decision" (null): the caller
 * then behaves exactly as on a first visit, so a broken cookie can never grant anything.
 *
 * The check is a round trip: the value is rebuilt from its fields, coerced to their types, and must
 * serialise back to exactly the same text, checksum included. So a wrong type, an extra or missing
 * key, another key order, a re-spelt date or an edited flag all fail the same way.
 */
export function parseConsentCookie(value: unknown, options: ParseOptions): ConsentState | null {
  if (typeof value !== 'string' || value.length > MAX_COOKIE_LENGTH) return null;
  try {
    const stored = JSON.parse(value) as Record<string, unknown>;
    const cats = stored.cats as Record<string, unknown>;
    const state: ConsentState = {
      id: String(stored.id),
      timestamp: new Date(stored.ts as string).toISOString(),
      expires: new Date(stored.exp as string).toISOString(),
      revision: Math.max(0, Math.floor(Number(stored.rev))),
      action: stored.act as ConsentAction,
      categories: { technical: true, statistical: cats.statistical === true, marketing: cats.marketing === true, personalised: cats.personalised === true },
    };
    return UUID_V4.test(state.id) && CONSENT_ACTIONS.includes(state.action) && serializeConsentState(state) === value && isCurrent(state, options) ? state : null;
  } catch {
    return null; // not JSON, not an object, or a date that cannot be read
  }
}

/** Whether a decision still counts now: not expired, not from the future, not of an older revision. */
export function isCurrent(state: ConsentState, options: ParseOptions): boolean {
  const made = Date.parse(state.timestamp);
  const expires = Date.parse(state.expires);
  const lifetime = Math.min(options.maxAgeDays, MAX_AGE_CAP_DAYS) * DAY_MS;
  return made <= options.now + MAX_FUTURE_SKEW_MS && made < expires && options.now < expires && options.now < made + lifetime && state.revision >= options.revision;
}

/** Categories whose grant differs between two decisions (a missing decision counts as all denied). */
export function changedCategories(before: ConsentState | null, after: ConsentState | null): Category[] {
  const from = before?.categories ?? deniedChoices();
  const to = after?.categories ?? deniedChoices();
  return CATEGORIES.filter((category) => from[category] !== to[category]);
}

/** Categories granted before and not after: their cookies must go. */
export function revokedCategories(before: CategoryChoices | null | undefined, after: CategoryChoices): Category[] {
  if (!before) return [];
  return CATEGORIES.filter((category) => before[category] && !after[category]);
}
