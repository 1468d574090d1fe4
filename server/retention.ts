import type { FastifyBaseLogger } from 'fastify';
import type { ConsentStore } from './store/types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  /** The run at start-up; resolves (never rejects) when it is done. */
  firstRun: Promise<void>;
  stop: () => void;
}

/**
 * Deletes raw records older than `days`, and the aggregates of days before that, now and then once a
 * day. Several collectors may each do it: deleting what is already gone is harmless.
 */
export function scheduleRetention(
  store: ConsentStore,
  days: number,
  context: { now: () => Date; log: FastifyBaseLogger },
): RetentionSchedule {
  const run = async (): Promise<void> => {
    const cutoff = new Date(context.now().getTime() - days * DAY_MS);
    try {
      const deleted = await store.deleteBefore(cutoff);
      context.log.info({ cutoff: cutoff.toISOString(), ...deleted }, 'retention: deleted old consent data');
    } catch (error) {
      context.log.error({ err: error }, 'retention: deletion failed; will retry in a day');
    }
  };
  const timer = setInterval(() => void run(), DAY_MS);
  // The daily run must not keep a stopping process alive.
  timer.unref();
  return { firstRun: run(), stop: () => clearInterval(timer) };
}
