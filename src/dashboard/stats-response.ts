/**
 * The shapes of the collector's admin answers (contract section 7), and checks that turn the parsed
 * JSON into them. The dashboard trusts the collector, but a proxy, an older collector or a typo in
 * `endpoint` can answer something else: failing here with a clear message beats NaN on screen.
 */

export const ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc'] as const;
export type Action = (typeof ACTIONS)[number];

export const REFUSABLE_CATEGORIES = ['statistical', 'marketing', 'personalised'] as const;
export type RefusableCategory = (typeof REFUSABLE_CATEGORIES)[number];

export const BREAKDOWNS = ['locale', 'device', 'revision', 'variant'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
export type GroupBy = 'day' | Breakdown;

export interface Figures {
  impressions: number;
  decisions: number;
  /** decisions ÷ impressions, three decimals */
  interactionRate: number;
  actions: Record<Action, number>;
  /** rate = granted ÷ decisions, three decimals */
  categories: Record<RefusableCategory, { granted: number; rate: number }>;
}

export type GroupKey = string | number | null;

export interface StatsGroup extends Figures {
  /** The day, locale, device, revision or variant; null for "no variant". */
  key: GroupKey;
}

export interface StatsResponse extends Figures {
  from: string;
  to: string;
  groups?: StatsGroup[];
}

export interface StoredRecord {
  consentId: string;
  timestamp: string;
  action: string;
  categories: { technical: boolean; statistical: boolean; marketing: boolean; personalised: boolean };
  revision: number;
  locale: string;
  bannerVersion: string;
  textHash: string;
  variant: string | null;
  source: string;
  gpc: boolean;
  pageUrl: string;
  device: string;
  receivedAt: string;
}

export interface ConsentHistory {
  consentId: string;
  /** Oldest first. */
  records: StoredRecord[];
}

/** Thrown when an answer does not have the documented shape. */
export class UnexpectedResponseError extends Error {
  constructor(path: string, expected: string) {
    super(`unexpected answer from the collector: ${path} should be ${expected}`);
    this.name = 'UnexpectedResponseError';
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UnexpectedResponseError(path, 'an object');
  return value as Json;
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new UnexpectedResponseError(path, 'a whole number ≥ 0');
  return value;
}

function ratio(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new UnexpectedResponseError(path, 'a number ≥ 0');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new UnexpectedResponseError(path, 'a string');
  return value;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new UnexpectedResponseError(path, 'true or false');
  return value;
}

function parseFigures(json: Json, path: string): Figures {
  const actionsJson = object(json['actions'], `${path}.actions`);
  const categoriesJson = object(json['categories'], `${path}.categories`);
  const actions = {} as Record<Action, number>;
  for (const action of ACTIONS) actions[action] = count(actionsJson[action], `${path}.actions.${action}`);
  const categories = {} as Figures['categories'];
  for (const category of REFUSABLE_CATEGORIES) {
    const entry = object(categoriesJson[category], `${path}.categories.${category}`);
    categories[category] = {
      granted: count(entry['granted'], `${path}.categories.${category}.granted`),
      rate: ratio(entry['rate'], `${path}.categories.${category}.rate`),
    };
  }
  return {
    impressions: count(json['impressions'], `${path}.impressions`),
    decisions: count(json['decisions'], `${path}.decisions`),
    interactionRate: ratio(json['interactionRate'], `${path}.interactionRate`),
    actions,
    categories,
  };
}

function groupKey(value: unknown, path: string): GroupKey {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new UnexpectedResponseError(path, 'a string, a number or null');
}

/** Checks a `GET /api/v1/stats` answer. */
export function parseStats(value: unknown): StatsResponse {
  const json = object(value, 'stats');
  const response: StatsResponse = { from: text(json['from'], 'stats.from'), to: text(json['to'], 'stats.to'), ...parseFigures(json, 'stats') };
  if (json['groups'] !== undefined) {
    if (!Array.isArray(json['groups'])) throw new UnexpectedResponseError('stats.groups', 'a list');
    response.groups = json['groups'].map((entry: unknown, index) => {
      const group = object(entry, `stats.groups[${index}]`);
      return { key: groupKey(group['key'], `stats.groups[${index}].key`), ...parseFigures(group, `stats.groups[${index}]`) };
    });
  }
  return response;
}

function parseRecord(value: unknown, path: string): StoredRecord {
  const json = object(value, path);
  const categories = object(json['categories'], `${path}.categories`);
  const variant = json['variant'];
  return {
    consentId: text(json['consentId'], `${path}.consentId`),
    timestamp: text(json['timestamp'], `${path}.timestamp`),
    action: text(json['action'], `${path}.action`),
    categories: {
      technical: boolean(categories['technical'], `${path}.categories.technical`),
      statistical: boolean(categories['statistical'], `${path}.categories.statistical`),
      marketing: boolean(categories['marketing'], `${path}.categories.marketing`),
      personalised: boolean(categories['personalised'], `${path}.categories.personalised`),
    },
    revision: count(json['revision'], `${path}.revision`),
    locale: text(json['locale'], `${path}.locale`),
    bannerVersion: text(json['bannerVersion'], `${path}.bannerVersion`),
    textHash: text(json['textHash'], `${path}.textHash`),
    variant: variant === null ? null : text(variant, `${path}.variant`),
    source: text(json['source'], `${path}.source`),
    gpc: boolean(json['gpc'], `${path}.gpc`),
    pageUrl: text(json['pageUrl'], `${path}.pageUrl`),
    device: text(json['device'], `${path}.device`),
    receivedAt: text(json['receivedAt'], `${path}.receivedAt`),
  };
}

/** Checks a `GET /api/v1/consents/{consentId}` answer. */
export function parseHistory(value: unknown): ConsentHistory {
  const json = object(value, 'history');
  const records = json['records'];
  if (!Array.isArray(records)) throw new UnexpectedResponseError('history.records', 'a list');
  return { consentId: text(json['consentId'], 'history.consentId'), records: records.map((record: unknown, index) => parseRecord(record, `history.records[${index}]`)) };
}

/** actions[action] ÷ decisions, unrounded; 0 when there were no decisions. */
export function actionShare(figures: Figures, action: Action): number {
  return figures.decisions === 0 ? 0 : figures.actions[action] / figures.decisions;
}
