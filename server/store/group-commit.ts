import type { ConsentStore, ReceivedImpression, ReceivedRecord } from './types.js';

export interface GroupCommitOptions {
  /**
   * Largest number of items written in one transaction.
   * @default 1000
   */
  maxBatch?: number;
  /**
   * How long the first item of a batch waits for company before the batch is written. A few
   * milliseconds turn many tiny transactions (each with an fsync and a hand-off to the database)
   * into a few larger ones; a beacon does not notice the delay.
   * @default 2
   */
  maxDelayMs?: number;
}

interface PendingBatch {
  records: ReceivedRecord[];
  impressions: ReceivedImpression[];
  done: Promise<void>;
  settle: (error?: unknown) => void;
}

/**
 * Group commit: requests that arrive while the event loop is busy share one transaction, and each
 * request is answered only when that transaction has committed. One commit (one fsync) per batch
 * instead of per request is what lets SQLite with `synchronous=FULL` keep up under load.
 *
 * The queue is only a buffer in front of the database, never a source of truth: nothing is
 * acknowledged before it is committed, so a crash loses only unacknowledged requests.
 */
export class GroupCommit {
  readonly #store: ConsentStore;
  readonly #maxBatch: number;
  readonly #maxDelayMs: number;
  /** The batch new items join. */
  #pending: PendingBatch | null = null;
  /** Batches that reached maxBatch and wait for the transaction in flight. */
  readonly #full: PendingBatch[] = [];
  #inFlight: Promise<void> | null = null;
  #scheduled = false;

  constructor(store: ConsentStore, options: GroupCommitOptions = {}) {
    this.#store = store;
    this.#maxBatch = options.maxBatch ?? 1000;
    this.#maxDelayMs = options.maxDelayMs ?? 2;
  }

  addRecord(item: ReceivedRecord): Promise<void> {
    const batch = this.#batch();
    batch.records.push(item);
    return this.#queued(batch);
  }

  addImpression(item: ReceivedImpression): Promise<void> {
    const batch = this.#batch();
    batch.impressions.push(item);
    return this.#queued(batch);
  }

  /** Writes whatever is queued and waits for it; used on shutdown. */
  async drain(): Promise<void> {
    while (this.#inFlight || this.#pending || this.#full.length > 0) {
      if (this.#inFlight) await this.#inFlight.catch(() => undefined);
      else this.#flush();
    }
  }

  #batch(): PendingBatch {
    if (this.#pending) return this.#pending;
    let settle!: (error?: unknown) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    // Rejections reach the waiting requests; this keeps an unobserved one from crashing the process.
    done.catch(() => undefined);
    this.#pending = { records: [], impressions: [], done, settle };
    return this.#pending;
  }

  #queued(batch: PendingBatch): Promise<void> {
    if (batch.records.length + batch.impressions.length >= this.#maxBatch) {
      // Full: stop adding to it; it is written as soon as the previous transaction is done.
      this.#pending = null;
      this.#full.push(batch);
    }
    this.#schedule();
    return batch.done;
  }

  /** @param waited the queued items already waited for a transaction in flight: no further delay */
  #schedule(waited = false): void {
    if (this.#scheduled || this.#inFlight) return;
    this.#scheduled = true;
    const flush = (): void => {
      this.#scheduled = false;
      this.#flush();
    };
    // A full batch goes at once (after this turn of the event loop); otherwise wait for company.
    if (waited || this.#full.length > 0 || this.#maxDelayMs === 0) setImmediate(flush);
    else setTimeout(flush, this.#maxDelayMs);
  }

  #flush(): void {
    if (this.#inFlight) return;
    const batch = this.#full.shift() ?? this.#takePending();
    if (!batch) return;
    const write = this.#store.write({ records: batch.records, impressions: batch.impressions });
    this.#inFlight = write.then(
      () => batch.settle(),
      (error: unknown) => batch.settle(error ?? new Error('write failed')),
    ).finally(() => {
      this.#inFlight = null;
      if (this.#full.length > 0 || this.#pending) this.#schedule(true);
    });
  }

  #takePending(): PendingBatch | null {
    const batch = this.#pending;
    this.#pending = null;
    return batch;
  }
}
