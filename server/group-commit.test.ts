import { describe, expect, it } from 'vitest';
import { GroupCommit } from './store/group-commit.js';
import type { ConsentStore, WriteBatch } from './store/types.js';
import { validImpression, validRecord } from './test/fixtures.js';

/** A store that records write() calls and lets the test decide when each commits. */
function recordingStore() {
  const writes: Array<{ batch: WriteBatch; commit: () => void; fail: (error: Error) => void }> = [];
  const store = {
    write: (batch: WriteBatch) =>
      new Promise<void>((resolve, reject) => {
        writes.push({ batch, commit: resolve, fail: reject });
      }),
  } as Pick<ConsentStore, 'write'> as ConsentStore;
  return { store, writes };
}

const received = (record = validRecord()) => ({ record, receivedAt: '2026-11-01T00:00:00.000Z' });
const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};
const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('GroupCommit', () => {
  it('writes requests that arrive together in one transaction', async () => {
    const { store, writes } = recordingStore();
    const commit = new GroupCommit(store, { maxDelayMs: 1 });
    const acks = [commit.addRecord(received()), commit.addRecord(received()), commit.addImpression({ impression: validImpression(), receivedAt: 'x' })];
    await tick();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.batch.records).toHaveLength(2);
    expect(writes[0]!.batch.impressions).toHaveLength(1);
    writes[0]!.commit();
    await Promise.all(acks);
  });

  it('acknowledges nothing before the transaction commits', async () => {
    const { store, writes } = recordingStore();
    const commit = new GroupCommit(store, { maxDelayMs: 0 });
    const ack = commit.addRecord(received());
    await tick();
    expect(await settled(ack)).toBe(false);
    writes[0]!.commit();
    expect(await settled(ack)).toBe(true);
  });

  it('rejects every request of a failed transaction', async () => {
    const { store, writes } = recordingStore();
    const commit = new GroupCommit(store, { maxDelayMs: 0 });
    const acks = [commit.addRecord(received()), commit.addRecord(received())];
    await tick();
    writes[0]!.fail(new Error('disk full'));
    for (const ack of acks) await expect(ack).rejects.toThrow('disk full');
  });

  it('keeps one transaction in flight and gathers what arrives meanwhile into the next', async () => {
    const { store, writes } = recordingStore();
    const commit = new GroupCommit(store, { maxDelayMs: 0 });
    const first = commit.addRecord(received());
    await tick();
    const later = [commit.addRecord(received()), commit.addRecord(received()), commit.addRecord(received())];
    await tick();
    expect(writes).toHaveLength(1);
    writes[0]!.commit();
    await first;
    await tick();
    expect(writes).toHaveLength(2);
    expect(writes[1]!.batch.records).toHaveLength(3);
    writes[1]!.commit();
    await Promise.all(later);
  });

  it('splits at maxBatch', async () => {
    const { store, writes } = recordingStore();
    const commit = new GroupCommit(store, { maxBatch: 2, maxDelayMs: 0 });
    const acks = Array.from({ length: 5 }, () => commit.addRecord(received()));
    for (let index = 0; index < 3; index++) {
      await tick();
      writes[index]!.commit();
    }
    await Promise.all(acks);
    expect(writes.map((write) => write.batch.records.length)).toEqual([2, 2, 1]);
  });

  it('drain() writes everything queued', async () => {
    const { store, writes } = recordingStore();
    const commit = new GroupCommit(store, { maxDelayMs: 1000 });
    const ack = commit.addRecord(received());
    const drained = commit.drain();
    await tick();
    writes[0]!.commit();
    await drained;
    await ack;
  });
});
