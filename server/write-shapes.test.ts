import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KyselyStore } from './store/kysely-store.js';
import type { ReceivedImpression, ReceivedRecord } from './store/types.js';
import { MAX_ROWS_PER_STATEMENT, MAX_WRITE_SHAPES, chunksOf } from './store/write-statements.js';
import { validImpression, validRecord } from './test/fixtures.js';
import { STORE_KINDS, type StoreKind, type TestStore } from './test/stores.js';

const sizesOf = (count: number): number[] => [...chunksOf(Array.from({ length: count }, (_, index) => index))].map((chunk) => chunk.length);

describe('chunksOf()', () => {
  it.each([
    [0, []],
    [1, [1]],
    [255, [128, 64, 32, 16, 8, 4, 2, 1]],
    [256, [256]],
    [300, [256, 32, 8, 4]],
    [500, [256, 128, 64, 32, 16, 4]],
    [1000, [256, 256, 256, 128, 64, 32, 8]],
  ])('splits %i rows into %j', (count, sizes) => {
    expect(sizesOf(count)).toEqual(sizes);
  });

  it('keeps every row once and in order, in chunks of at most 9 sizes, for every count up to 1,200', () => {
    const seen = new Set<number>();
    for (let count = 1; count <= 1200; count++) {
      const items = Array.from({ length: count }, (_, index) => index);
      const chunks = [...chunksOf(items)];
      expect(chunks.flat()).toEqual(items);
      for (const chunk of chunks) seen.add(chunk.length);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, MAX_ROWS_PER_STATEMENT]);
  });
});

/**
 * Every SQL text the store hands to its database, seen where it leaves the collector: pg's
 * Client#query, or the message to the SQLite worker (which prepares each distinct text once).
 */
function captureSql(kind: StoreKind['name']): { texts: Set<string>; restore: () => void } {
  const texts = new Set<string>();
  if (kind === 'postgres') {
    const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const [text] = args;
      texts.add(typeof text === 'string' ? text : String((text as { text?: unknown }).text));
      return query.apply(this, args);
    } as typeof pg.Client.prototype.query);
    return { texts, restore: () => spy.mockRestore() };
  }
  const postMessage = Worker.prototype.postMessage;
  const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, message: unknown) {
    const { sql, transaction } = message as { sql?: string; transaction?: Array<{ sql: string }> };
    if (sql !== undefined) texts.add(sql);
    for (const query of transaction ?? []) texts.add(query.sql);
    postMessage.call(this, message);
  });
  return { texts, restore: () => spy.mockRestore() };
}

describe.each(STORE_KINDS)('write path statement shapes ($name)', (kind) => {
  let handle: TestStore;

  beforeAll(async () => {
    handle = await kind.open();
  });

  afterAll(async () => {
    await handle?.cleanup();
  });

  it('stores every row of batches of many sizes once, in arrival order, with at most MAX_WRITE_SHAPES SQL texts', async () => {
    const store = handle.store;
    expect(store).toBeInstanceOf(KyselyStore);
    // Every size from 1 to 40, then sizes around and between the chunk sizes, up to the group commit's maxBatch.
    const batchSizes = [...Array.from({ length: 40 }, (_, index) => index + 1), 63, 64, 65, 127, 129, 255, 256, 257, 300, 383, 500, 511, 777, 1000];
    const written: string[] = [];
    const expectedDaily = new Map<string, { decisions: number; impressions: number }>();
    const expectedMonthly = new Map<string, number>();
    const capture = captureSql(kind.name);
    try {
      for (const [batchIndex, size] of batchSizes.entries()) {
        // A varying number of aggregate cells per batch (revisions), spread over two days of one month in
        // every other batch, so that the daily and monthly upserts come in many sizes too.
        const cells = 1 + ((batchIndex * 37) % size);
        const twoDays = batchIndex % 2 === 1;
        const records: ReceivedRecord[] = Array.from({ length: size }, (_, index) => {
          const record = validRecord({ revision: 1000 + (index % cells) });
          const day = twoDays && index % 2 === 1 ? '2027-03-02' : '2027-03-01';
          return { record, receivedAt: `${day}T12:00:00.000Z` };
        });
        const impressions: ReceivedImpression[] =
          batchIndex % 3 === 0 ? [{ impression: validImpression({ revision: 1000 }), receivedAt: '2027-03-01T12:00:00.000Z' }] : [];
        await store.write({ records, impressions });

        for (const { record, receivedAt } of records) {
          written.push(record.consentId);
          const key = `${receivedAt.slice(0, 10)}|${record.revision}`;
          const cell = expectedDaily.get(key) ?? { decisions: 0, impressions: 0 };
          cell.decisions += 1;
          expectedDaily.set(key, cell);
          expectedMonthly.set(String(record.revision), (expectedMonthly.get(String(record.revision)) ?? 0) + 1);
        }
        for (const { receivedAt } of impressions) {
          const key = `${receivedAt.slice(0, 10)}|1000`;
          const cell = expectedDaily.get(key) ?? { decisions: 0, impressions: 0 };
          cell.impressions += 1;
          expectedDaily.set(key, cell);
        }
      }
    } finally {
      capture.restore();
    }

    const tables = await handle.dumpAllTables();
    const stored = [...tables['consent_records']!]
      .sort((a, b) => Number(a['id']) - Number(b['id']))
      .map((row) => String(row['consent_id']));
    // Each record once, and ids in the order the records were written.
    expect(stored).toEqual(written);

    const daily = new Map(
      tables['daily_aggregates']!.map((row) => [
        `${String(row['day'])}|${Number(row['revision'])}`,
        { decisions: Number(row['decisions']), impressions: Number(row['impressions']) },
      ]),
    );
    expect(daily).toEqual(expectedDaily);
    const monthly = new Map(tables['monthly_aggregates']!.map((row) => [String(row['revision']), Number(row['decisions'])]));
    expect(monthly).toEqual(expectedMonthly);

    const writeTexts = [...capture.texts].filter((text) => /\binsert into\b/i.test(text));
    expect(new Set(batchSizes).size).toBeGreaterThan(MAX_WRITE_SHAPES.sqlite);
    expect(writeTexts.length).toBeGreaterThan(0);
    expect(writeTexts.length).toBeLessThanOrEqual(MAX_WRITE_SHAPES[kind.name]);
    // What the store reports is what reached the database.
    expect((store as KyselyStore).writeShapes).toBe(writeTexts.length);
  });
});
