import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from './seed.js';
import { zeroCounters } from './store/aggregate-delta.js';
import { COUNTER_COLUMNS } from './store/database.js';
import type { AggregateDelta } from './store/types.js';
import { validImpression, validRecord } from './test/fixtures.js';
import { POSTGRES_URL, STORE_KINDS, type TestStore } from './test/stores.js';

describe.each(STORE_KINDS)('ConsentStore ($name)', (kind) => {
  let handle: TestStore;

  beforeAll(async () => {
    handle = await kind.open();
  });

  afterAll(async () => {
    await handle?.cleanup();
  });

  it('binds each batch its own values when the statement shape repeats', async () => {
    // Same shape three times: the second and third reuse the cached SQL with new parameters.
    for (let round = 0; round < 3; round++) {
      const records = [
        validRecord({ locale: 'sv', revision: round, variant: `r${round}`, device: 'mobile' }),
        validRecord({ locale: 'fi', revision: round + 10, variant: null, gpc: true }),
      ];
      const receivedAt = `2026-0${round + 1}-15T12:00:00.000Z`;
      await handle.store.write({ records: records.map((record) => ({ record, receivedAt })), impressions: [{ impression: validImpression(), receivedAt }] });
      for (const record of records) {
        expect(await handle.store.history(record.consentId)).toEqual([{ record, receivedAt }]);
      }
    }
  });

  it('adds aggregate deltas whatever the key order of the objects passed in', async () => {
    const delta = (day: string, impressions: number): AggregateDelta => ({ day, locale: 'is', device: 'tablet', variant: 'x', revision: 9, ...zeroCounters(), impressions, decisions: 1 });
    const reversed = (value: AggregateDelta): AggregateDelta => Object.fromEntries(Object.entries(value).reverse()) as unknown as AggregateDelta;
    await handle.store.addAggregates([delta('2027-01-01', 5), delta('2027-01-02', 7)]);
    await handle.store.addAggregates([reversed(delta('2027-01-01', 1)), reversed(delta('2027-01-02', 2))]);
    const sums = await handle.store.sumAggregates({ from: '2027-01-01', to: '2027-01-02' }, 'day');
    expect(sums.map(({ key, impressions, decisions }) => ({ key, impressions, decisions }))).toEqual(
      expect.arrayContaining([
        { key: '2027-01-01', impressions: 6, decisions: 2 },
        { key: '2027-01-02', impressions: 9, decisions: 2 },
      ]),
    );
  });

  it('sums whole months from monthly rows exactly as the days add up', async () => {
    await seed(handle.store, { days: 70, impressions: 4000, now: new Date('2025-12-10T12:00:00.000Z'), seed: 3 });
    const range = { from: '2025-10-15', to: '2025-12-10' };
    // Neither half contains a whole month, so both are read from daily rows only.
    const halves = [
      { from: '2025-10-15', to: '2025-11-29' },
      { from: '2025-11-30', to: '2025-12-10' },
    ];
    for (const groupBy of [null, 'locale', 'device', 'variant', 'revision'] as const) {
      const expected = new Map<unknown, number[]>();
      for (const half of halves) {
        for (const sum of await handle.store.sumAggregates(half, groupBy)) {
          const totals = expected.get(sum.key) ?? COUNTER_COLUMNS.map(() => 0);
          COUNTER_COLUMNS.forEach((column, index) => (totals[index]! += sum[column]));
          expected.set(sum.key, totals);
        }
      }
      const actual = await handle.store.sumAggregates(range, groupBy);
      expect(new Map(actual.map((sum) => [sum.key, COUNTER_COLUMNS.map((column) => sum[column])]))).toEqual(expected);
    }
  });

  it('writes batches larger than one statement in one transaction', async () => {
    const receivedAt = '2027-02-01T00:00:00.000Z';
    const records = Array.from({ length: 1201 }, (_, index) => ({ record: validRecord({ revision: index }), receivedAt }));
    await handle.store.write({ records, impressions: [] });
    const [sum] = await handle.store.sumAggregates({ from: '2027-02-01', to: '2027-02-01' }, null);
    expect(sum?.decisions).toBe(1201);
    const page = await handle.store.exportPage({ from: '2027-02-01', to: '2027-02-01' }, null, 2000);
    expect(page.rows).toHaveLength(1201);
  });
});

describe('openPostgresStore()', () => {
  it("keeps its migration tables in its own schema, whatever other schemas hold", async () => {
    const decoy = `samtykke_decoy_${Date.now().toString(36)}`;
    const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    try {
      // Another application's Kysely migrations, in another schema of the same database.
      await admin.query(`create schema ${decoy}`);
      await admin.query(`create table ${decoy}.kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)`);
      await admin.query(`create table ${decoy}.kysely_migration_lock (id varchar(255) primary key, is_locked integer not null default 0)`);
      await admin.query(`insert into ${decoy}.kysely_migration values ('001-initial', '2020-01-01')`);
      const handle = await STORE_KINDS.find((kind) => kind.name === 'postgres')!.open();
      try {
        expect(Object.keys(await handle.dumpAllTables()).sort()).toEqual(['consent_records', 'daily_aggregates', 'kysely_migration', 'kysely_migration_lock', 'monthly_aggregates']);
      } finally {
        await handle.cleanup();
      }
    } finally {
      await admin.query(`drop schema if exists ${decoy} cascade`);
      await admin.end();
    }
  });
});
