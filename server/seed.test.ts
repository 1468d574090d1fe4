import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, seedAggregates } from './seed.js';
import { STORE_KINDS, type TestStore } from './test/stores.js';

const NOW = new Date('2026-11-22T12:00:00.000Z');

describe.each(STORE_KINDS)('seed() ($name)', (kind) => {
  let first: TestStore;
  let second: TestStore;

  beforeAll(async () => {
    [first, second] = await Promise.all([kind.open(), kind.open()]);
  });

  afterAll(async () => {
    await first?.cleanup();
    await second?.cleanup();
  });

  it('writes plausible data with variant b ahead on statistical opt-in, the same for the same seed', async () => {
    const options = { days: 30, impressions: 20_000, variants: ['a', 'b'], now: NOW, seed: 7 };
    const result = await seed(first.store, options);
    expect(result.impressions).toBe(20_000);
    expect(result.records).toBeGreaterThan(14_000);
    await seed(second.store, options);

    const range = { from: '2026-10-24', to: '2026-11-22' };
    for (const groupBy of ['variant', 'locale', 'day'] as const) {
      expect(await second.store.sumAggregates(range, groupBy)).toEqual(await first.store.sumAggregates(range, groupBy));
    }

    const byVariant = await first.store.sumAggregates(range, 'variant');
    const rate = (key: string) => {
      const group = byVariant.find((sum) => sum.key === key)!;
      return group.statistical_granted / group.decisions;
    };
    expect(rate('b') - rate('a')).toBeGreaterThan(0.02);
    expect(rate('b') - rate('a')).toBeLessThan(0.1);

    const byLocale = await first.store.sumAggregates(range, 'locale');
    const impressions = (key: string) => byLocale.find((sum) => sum.key === key)?.impressions ?? 0;
    expect(impressions('da')).toBeGreaterThan(impressions('de'));
    expect(impressions('sv')).toBeGreaterThan(impressions('is'));
    const [total] = await first.store.sumAggregates(range, null);
    expect(total?.impressions).toBe(20_000);
    expect(total?.withdraw).toBeGreaterThan(0);
  });

  it('seedAggregates() writes a year of counts directly', async () => {
    const result = await seedAggregates(second.store, { days: 10, records: 100_000, now: new Date('2025-06-10T00:00:00.000Z') });
    expect(result.rows).toBe(10 * 8 * 3 * 3 * 2);
    const [total] = await second.store.sumAggregates({ from: '2025-06-01', to: '2025-06-10' }, null);
    expect(total?.decisions).toBe(result.records);
  });
});

describe('seed() speed on SQLite', () => {
  let handle: TestStore;

  beforeAll(async () => {
    handle = await STORE_KINDS.find((kind) => kind.name === 'sqlite')!.open();
  });

  afterAll(async () => {
    await handle?.cleanup();
  });

  it('writes 200,000 impressions well under a minute', { timeout: 60_000 }, async () => {
    const started = performance.now();
    const result = await seed(handle.store, { impressions: 200_000, now: NOW });
    expect(result.impressions).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(45_000);
  });
});
