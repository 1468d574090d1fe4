import { createHash } from 'node:crypto';
import { addDays, dayOf, eachDay } from './dates.js';
import type { ConsentRecordBody, ImpressionBody } from './schemas.js';
import { zeroCounters } from './store/aggregate-delta.js';
import type { AggregateDelta, ConsentStore, ReceivedImpression, ReceivedRecord } from './store/types.js';
import type { Action, Device, Locale } from './vocabulary.js';

/**
 * Synthetic but plausible consent data for demos, the dashboard and benchmarks, written through the
 * store exactly as the collector writes it. The same seed number gives the same data.
 */
export interface SeedOptions {
  /** @default 90 */
  days?: number;
  /** @default 200_000 */
  impressions?: number;
  /** Variant ids shown with equal weight; an empty list means no A/B test (variant null). @default ['a', 'b'] */
  variants?: string[];
  /** The end of the seeded period. @default new Date() */
  now?: Date;
  /** @default 1 */
  seed?: number;
  /** Items per transaction. @default 5000 */
  batchSize?: number;
}

export interface SeedResult {
  impressions: number;
  records: number;
}

const LOCALE_WEIGHTS: Array<[Locale, number]> = [
  ['da', 30], ['nb', 20], ['sv', 20], ['en', 15], ['de', 5], ['fi', 4], ['nn', 3], ['is', 3],
];
const DEVICE_WEIGHTS: Array<[Device, number]> = [['mobile', 55], ['desktop', 38], ['tablet', 7]];
const PAGES = ['/', '/priser', '/om-os', '/kontakt', '/blog/hybridarbejde', '/medlemskab', '/privatliv'];
const ORIGIN = 'https://www.coworking-plus.example';
const BANNER_VERSION = '0.1.0';

/** Share of impressions that end in a decision. */
const DECISION_RATE = 0.72;
/** Share of visitors whose browser sends Global Privacy Control. */
const GPC_RATE = 0.02;

/**
 * First-layer choices per variant. The second variant gets three points more "Accept all" and a
 * likelier statistical switch in custom choices: a statistical opt-in about five points higher
 * (about 0.63 against 0.68), the kind of modest effect an A/B test should be able to show.
 */
function choiceWeights(variantIndex: number): { actions: Array<[Action, number]>; customStatistical: number } {
  return variantIndex === 1
    ? { actions: [['accept_all', 58], ['reject_all', 24], ['custom', 18]], customStatistical: 0.6 }
    : { actions: [['accept_all', 55], ['reject_all', 27], ['custom', 18]], customStatistical: 0.5 };
}

export async function seed(store: ConsentStore, options: SeedOptions = {}): Promise<SeedResult> {
  const days = options.days ?? 90;
  const total = options.impressions ?? 200_000;
  const variants = options.variants ?? ['a', 'b'];
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 5000;
  const random = mulberry32(options.seed ?? 1);
  const firstDayStart = Date.parse(`${addDays(dayOf(now), -(days - 1))}T00:00:00.000Z`);
  const span = now.getTime() - firstDayStart;

  let records: ReceivedRecord[] = [];
  let impressions: ReceivedImpression[] = [];
  const result: SeedResult = { impressions: 0, records: 0 };
  const flush = async (): Promise<void> => {
    await store.write({ records, impressions });
    result.records += records.length;
    result.impressions += impressions.length;
    records = [];
    impressions = [];
  };

  for (let index = 0; index < total; index++) {
    const shownAt = firstDayStart + Math.floor(random() * span);
    const variantIndex = variants.length ? Math.floor(random() * variants.length) : -1;
    // A revision bump two thirds into the period, as when a site adds a vendor.
    const revision = shownAt < firstDayStart + (span * 2) / 3 ? 2 : 3;
    const locale = pick(random, LOCALE_WEIGHTS);
    const impression: ImpressionBody = {
      timestamp: new Date(shownAt).toISOString(),
      locale,
      revision,
      variant: variants[variantIndex] ?? null,
      device: pick(random, DEVICE_WEIGHTS),
      bannerVersion: BANNER_VERSION,
      textHash: textHash(locale, revision),
      pageUrl: ORIGIN + PAGES[Math.floor(random() * PAGES.length)],
    };
    impressions.push({ impression, receivedAt: impression.timestamp });

    if (random() < DECISION_RATE) {
      const decidedAt = Math.min(shownAt + 2000 + Math.floor(random() * 30_000), now.getTime());
      const first = decide(random, impression, variantIndex, decidedAt);
      records.push(first);
      // A few visitors change their mind later, from the floating button.
      const change = random();
      if (change < 0.05) {
        // A change that would lie in the future has not happened yet (clamping it to now would pile
        // every late change onto today).
        const changedAt = decidedAt + Math.floor(random() * 10 * 86_400_000);
        const revised = revise(first.record, change < 0.02 ? 'withdraw' : 'custom', random, changedAt);
        if (changedAt <= now.getTime()) records.push(revised);
      }
    }
    if (impressions.length + records.length >= batchSize) await flush();
  }
  if (impressions.length + records.length > 0) await flush();
  return result;
}

function decide(random: () => number, impression: ImpressionBody, variantIndex: number, at: number): ReceivedRecord {
  const gpc = random() < GPC_RATE;
  const weights = choiceWeights(variantIndex);
  const action: Action = gpc && random() < 0.5 ? 'gpc' : pick(random, weights.actions);
  const categories =
    action === 'accept_all'
      ? { technical: true as const, statistical: true, marketing: !gpc, personalised: true }
      : action === 'custom'
        ? { technical: true as const, statistical: random() < weights.customStatistical, marketing: !gpc && random() < 0.2, personalised: random() < 0.45 }
        : { technical: true as const, statistical: false, marketing: false, personalised: false };
  const timestamp = new Date(at).toISOString();
  const record: ConsentRecordBody = {
    consentId: uuid(random),
    timestamp,
    action,
    categories,
    revision: impression.revision,
    locale: impression.locale,
    bannerVersion: impression.bannerVersion,
    textHash: impression.textHash,
    variant: impression.variant,
    source: action === 'gpc' ? 'gpc' : 'banner',
    gpc,
    pageUrl: impression.pageUrl,
    device: impression.device,
  };
  return { record, receivedAt: timestamp };
}

function revise(previous: ConsentRecordBody, action: 'withdraw' | 'custom', random: () => number, at: number): ReceivedRecord {
  const categories =
    action === 'withdraw'
      ? { technical: true as const, statistical: false, marketing: false, personalised: false }
      : { technical: true as const, statistical: random() < 0.5, marketing: false, personalised: random() < 0.5 };
  const timestamp = new Date(at).toISOString();
  return { record: { ...previous, action, categories, source: 'preferences', timestamp, variant: null }, receivedAt: timestamp };
}

export interface AggregateSeedOptions {
  /** @default 365 */
  days?: number;
  /** Decisions spread over the period. @default 10_000_000 */
  records?: number;
  variants?: string[];
  now?: Date;
  seed?: number;
}

/**
 * Writes daily aggregates directly, as a year of traffic would leave them, without the raw rows:
 * enough to measure `GET /api/v1/stats`, which reads nothing else. Every day gets every locale,
 * device, variant (plus "none") and two revisions, the worst case for the number of rows.
 */
export async function seedAggregates(store: ConsentStore, options: AggregateSeedOptions = {}): Promise<{ rows: number; records: number }> {
  const days = options.days ?? 365;
  const totalRecords = options.records ?? 10_000_000;
  const variants = [...(options.variants ?? ['a', 'b']), ''];
  const random = mulberry32(options.seed ?? 1);
  const lastDay = dayOf(options.now ?? new Date());
  const cells = days * LOCALE_WEIGHTS.length * DEVICE_WEIGHTS.length * variants.length * 2;
  const perCell = totalRecords / cells;

  let batch: AggregateDelta[] = [];
  let rows = 0;
  let records = 0;
  for (const day of eachDay(addDays(lastDay, -(days - 1)), lastDay)) {
    for (const [locale] of LOCALE_WEIGHTS) {
      for (const [device] of DEVICE_WEIGHTS) {
        for (const [variantIndex, variant] of variants.entries()) {
          for (const revision of [2, 3]) {
            const decisions = Math.round(perCell * (0.5 + random()));
            const counters = zeroCounters();
            counters.decisions = decisions;
            counters.impressions = Math.round(decisions / DECISION_RATE);
            counters.accept_all = Math.round(decisions * (variantIndex === 1 ? 0.58 : 0.55));
            counters.reject_all = Math.round(decisions * 0.25);
            counters.withdraw = Math.round(decisions * 0.01);
            counters.gpc = Math.round(decisions * 0.01);
            counters.custom = decisions - counters.accept_all - counters.reject_all - counters.withdraw - counters.gpc;
            counters.statistical_granted = counters.accept_all + Math.round(counters.custom * 0.5);
            counters.marketing_granted = counters.accept_all + Math.round(counters.custom * 0.2);
            counters.personalised_granted = counters.accept_all + Math.round(counters.custom * 0.45);
            batch.push({ day, locale, device, variant, revision, ...counters });
            records += decisions;
          }
        }
      }
    }
    if (batch.length >= 5000) {
      await store.addAggregates(batch);
      rows += batch.length;
      batch = [];
    }
  }
  await store.addAggregates(batch);
  rows += batch.length;
  return { rows, records };
}

function pick<T>(random: () => number, weights: ReadonlyArray<[T, number]>): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [value, weight] of weights) {
    point -= weight;
    if (point < 0) return value;
  }
  return weights[weights.length - 1]![0];
}

/** A UUID v4 from the seeded generator, so seeded data is reproducible. */
function uuid(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const hashes = new Map<string, string>();
function textHash(locale: string, revision: number): string {
  const key = `${locale}:${revision}`;
  let hash = hashes.get(key);
  if (!hash) {
    hash = createHash('sha256').update(`seeded banner texts ${key}`).digest('hex');
    hashes.set(key, hash);
  }
  return hash;
}

/** Small, fast, seedable PRNG (Tommy Ettinger's Mulberry32); not for anything secret. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
