import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { rate } from './stats.js';
import type { ConsentRecordBody, ImpressionBody } from './schemas.js';
import { ADMIN_TOKEN, adminHeaders, validImpression, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

type Dimensions = Pick<ImpressionBody, 'locale' | 'device' | 'variant' | 'revision'>;
const DA: Dimensions = { locale: 'da', device: 'desktop', variant: 'a', revision: 3 };
const NB: Dimensions = { locale: 'nb', device: 'mobile', variant: 'b', revision: 3 };
const SV: Dimensions = { locale: 'sv', device: 'tablet', variant: null, revision: 4 };
const EN: Dimensions = { locale: 'en', device: 'mobile', variant: 'b', revision: 3 };

const ALL = { technical: true, statistical: true, marketing: true, personalised: true } as const;
const NONE = { technical: true, statistical: false, marketing: false, personalised: false } as const;

interface Event {
  at: string;
  impression?: Dimensions;
  record?: Partial<ConsentRecordBody> & Dimensions;
}

/** The known data set: two days inside the queried range and one after it. */
const EVENTS: Event[] = [
  { at: '2026-11-01T00:00:00.000Z', impression: DA },
  { at: '2026-11-01T08:00:00.000Z', impression: DA },
  { at: '2026-11-01T09:00:00.000Z', impression: DA },
  { at: '2026-11-01T10:00:00.000Z', impression: NB },
  { at: '2026-11-01T11:00:00.000Z', impression: NB },
  { at: '2026-11-01T12:00:00.000Z', record: { ...DA, action: 'accept_all', categories: ALL } },
  { at: '2026-11-01T13:00:00.000Z', record: { ...DA, action: 'reject_all', categories: NONE } },
  { at: '2026-11-01T23:59:59.999Z', record: { ...NB, action: 'custom', categories: { ...NONE, statistical: true, personalised: true } } },
  { at: '2026-11-02T00:00:00.000Z', impression: SV },
  { at: '2026-11-02T01:00:00.000Z', impression: SV },
  { at: '2026-11-02T02:00:00.000Z', impression: DA },
  { at: '2026-11-02T03:00:00.000Z', record: { ...SV, action: 'gpc', categories: NONE, gpc: true, source: 'gpc' } },
  { at: '2026-11-02T04:00:00.000Z', record: { ...DA, action: 'withdraw', categories: NONE, source: 'preferences' } },
  { at: '2026-11-03T00:00:00.000Z', impression: EN },
  { at: '2026-11-03T00:00:01.000Z', record: { ...EN, action: 'accept_all', categories: ALL } },
];

/** Expected figures, spelled out: counts in, rates computed by hand. */
function figures(
  impressions: number,
  decisions: number,
  interactionRate: number,
  actions: Partial<Record<'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc', number>>,
  granted: [statistical: [number, number], marketing: [number, number], personalised: [number, number]],
): object {
  return {
    impressions,
    decisions,
    interactionRate,
    actions: { accept_all: 0, reject_all: 0, custom: 0, withdraw: 0, gpc: 0, ...actions },
    categories: {
      statistical: { granted: granted[0][0], rate: granted[0][1] },
      marketing: { granted: granted[1][0], rate: granted[1][1] },
      personalised: { granted: granted[2][0], rate: granted[2][1] },
    },
  };
}

const ZERO = figures(0, 0, 0, {}, [[0, 0], [0, 0], [0, 0]]);
const DAY_1 = figures(5, 3, 0.6, { accept_all: 1, reject_all: 1, custom: 1 }, [[2, 0.667], [1, 0.333], [2, 0.667]]);
const DAY_2 = figures(3, 2, 0.667, { withdraw: 1, gpc: 1 }, [[0, 0], [0, 0], [0, 0]]);
const TOTAL = figures(8, 5, 0.625, { accept_all: 1, reject_all: 1, custom: 1, withdraw: 1, gpc: 1 }, [[2, 0.4], [1, 0.2], [2, 0.4]]);
const GROUP_DA = figures(4, 3, 0.75, { accept_all: 1, reject_all: 1, withdraw: 1 }, [[1, 0.333], [1, 0.333], [1, 0.333]]);
const GROUP_NB = figures(2, 1, 0.5, { custom: 1 }, [[1, 1], [0, 0], [1, 1]]);
const GROUP_SV = figures(2, 1, 0.5, { gpc: 1 }, [[0, 0], [0, 0], [0, 0]]);

const RANGE = 'from=2026-11-01&to=2026-11-02';

const EXPECTED_GROUPS: Array<[groupBy: string, groups: Array<[key: string | number | null, figures: object]>]> = [
  ['day', [['2026-11-01', DAY_1], ['2026-11-02', DAY_2]]],
  ['locale', [['da', GROUP_DA], ['nb', GROUP_NB], ['sv', GROUP_SV]]],
  ['device', [['desktop', GROUP_DA], ['mobile', GROUP_NB], ['tablet', GROUP_SV]]],
  ['variant', [[null, GROUP_SV], ['a', GROUP_DA], ['b', GROUP_NB]]],
  [
    'revision',
    [
      [3, figures(6, 4, 0.667, { accept_all: 1, reject_all: 1, custom: 1, withdraw: 1 }, [[2, 0.5], [1, 0.25], [2, 0.5]])],
      [4, GROUP_SV],
    ],
  ],
];

describe('rate()', () => {
  it.each([
    [2, 3, 0.667],
    [1, 3, 0.333],
    [7, 10, 0.7],
    [1, 8, 0.125],
    [1, 1000, 0.001],
    [1, 2001, 0],
    [5, 4, 1.25],
    [3, 0, 0],
    [0, 0, 0],
  ])('%i ÷ %i → %d', (numerator, divisor, expected) => {
    expect(rate(numerator, divisor)).toBe(expected);
  });
});

describe.each(STORE_KINDS)('GET /api/v1/stats ($name)', (kind) => {
  let handle: TestStore;
  let apps: FastifyInstance[];
  let clock = new Date(EVENTS[0]!.at);

  beforeAll(async () => {
    handle = await kind.open();
    // Two collectors on one database, as behind a load balancer; events alternate between them.
    const options = { adminToken: ADMIN_TOKEN, rateLimit: false as const, now: () => clock };
    apps = [await buildApp({ store: handle.store, ...options }), await buildApp({ store: await handle.openAnother(), ...options })];
    for (const [index, event] of EVENTS.entries()) {
      clock = new Date(event.at);
      const app = apps[index % 2]!;
      if (event.impression) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/impressions', payload: validImpression(event.impression) });
        expect(response.statusCode).toBe(204);
      }
      if (event.record) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/consents', payload: validRecord(event.record) });
        expect(response.statusCode).toBe(201);
      }
    }
    clock = new Date('2026-11-20T12:00:00.000Z');
  });

  afterAll(async () => {
    for (const app of apps ?? []) await app.close();
    await handle?.cleanup();
  });

  const stats = async (query: string, app = apps[0]!): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await app.inject({ url: `/api/v1/stats?${query}`, headers: adminHeaders });
    return { status: response.statusCode, body: response.json() };
  };

  it('answers the totals of a range without groups', async () => {
    const { status, body } = await stats(RANGE);
    expect(status).toBe(200);
    expect(body).toEqual({ from: '2026-11-01', to: '2026-11-02', ...TOTAL });
  });

  it.each(EXPECTED_GROUPS)('groups by %s, sorted by key', async (groupBy, groups) => {
    const { body } = await stats(`${RANGE}&groupBy=${groupBy}`);
    expect(body).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
      ...TOTAL,
      groups: groups.map(([key, expected]) => ({ key, ...expected })),
    });
  });

  it('gives the same answers from either collector', async () => {
    for (const [groupBy] of EXPECTED_GROUPS) {
      expect((await stats(`${RANGE}&groupBy=${groupBy}`, apps[1])).body).toEqual((await stats(`${RANGE}&groupBy=${groupBy}`, apps[0])).body);
    }
  });

  it('lists days without data as zeros when grouping by day', async () => {
    const { body } = await stats('from=2026-10-31&to=2026-11-01&groupBy=day');
    expect(body['groups']).toEqual([
      { key: '2026-10-31', ...ZERO },
      { key: '2026-11-01', ...DAY_1 },
    ]);
  });

  it('answers zeros, not NaN, for a range without data', async () => {
    const { body } = await stats('from=2025-01-01&to=2025-01-31&groupBy=locale');
    expect(body).toEqual({ from: '2025-01-01', to: '2025-01-31', ...ZERO, groups: [] });
  });

  it('counts each day by the server clock of receipt, including the last millisecond', async () => {
    const { body } = await stats('from=2026-11-03&to=2026-11-03');
    expect(body).toMatchObject({ impressions: 1, decisions: 1, actions: { accept_all: 1 } });
  });

  it('defaults to the 30 days ending today (UTC)', async () => {
    const { body } = await stats('');
    expect(body).toMatchObject({ from: '2026-10-22', to: '2026-11-20', impressions: 9, decisions: 6 });
  });
});
