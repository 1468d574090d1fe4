import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { validImpression, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

describe.each(STORE_KINDS)('retentionDays ($name)', (kind) => {
  let handle: TestStore;

  beforeAll(async () => {
    handle = await kind.open();
  });

  afterAll(async () => {
    await handle?.cleanup();
  });

  it('deletes raw records and aggregates older than the limit when the app starts', async () => {
    const at = (receivedAt: string) => ({
      records: [{ record: validRecord(), receivedAt }],
      impressions: [{ impression: validImpression(), receivedAt }],
    });
    await handle.store.write(at('2026-09-30T23:59:59.999Z'));
    await handle.store.write(at('2026-10-01T00:00:00.000Z'));
    await handle.store.write(at('2026-10-01T11:59:59.999Z'));
    await handle.store.write(at('2026-10-01T12:00:00.000Z'));
    await handle.store.write(at('2026-10-30T12:00:00.000Z'));

    // 30 days before 2026-10-31T12:00Z is 2026-10-01T12:00Z.
    const app = await buildApp({ store: handle.store, rateLimit: false, retentionDays: 30, now: () => new Date('2026-10-31T12:00:00.000Z') });
    await app.ready();
    await app.close();

    const tables = await handle.dumpAllTables();
    expect(tables['consent_records']!.map((row) => row['received_at']).sort()).toEqual(['2026-10-01T12:00:00.000Z', '2026-10-30T12:00:00.000Z']);
    // The cutoff's own day keeps its aggregate: it is partly inside the retention period.
    expect(tables['daily_aggregates']!.map((row) => String(row['day'])).sort()).toEqual(['2026-10-01', '2026-10-30']);
    // September's month is gone and October's is rebuilt from the days that remain.
    expect(tables['monthly_aggregates']!.map((row) => String(row['month']))).toEqual(['2026-10']);
    const [months] = await handle.store.sumAggregates({ from: '2026-09-01', to: '2026-10-31' }, null);
    expect(months).toMatchObject({ decisions: 4, impressions: 4 });
  });
});
