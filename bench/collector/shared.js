// What the collector benches have in common: the collector in a child process, and the records they
// send (shaped like the SDK's, with the soak's spread of dimensions: up to 36 aggregate cells a day).
import { randomUUID } from 'node:crypto';
import { fork } from 'node:child_process';

export const SAMPLE_TEXT_HASH = 'a'.repeat(64);

/** A valid consent record; `random` lets a bench replay the same sequence from a seed. */
export function sampleRecord(random = Math.random, timestamp = new Date().toISOString()) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  return {
    consentId: randomUUID(),
    timestamp,
    action: pick(['accept_all', 'reject_all', 'custom']),
    categories: { technical: true, statistical: random() < 0.6, marketing: random() < 0.4, personalised: random() < 0.5 },
    revision: 3,
    locale: pick(['da', 'nb', 'sv', 'en']),
    bannerVersion: '0.1.0',
    textHash: SAMPLE_TEXT_HASH,
    variant: pick(['a', 'b', null]),
    source: 'banner',
    gpc: false,
    pageUrl: 'https://www.example.dk/priser',
    device: pick(['mobile', 'desktop', 'tablet']),
  };
}

/**
 * Starts collector-process.js with `config`. `next(type)` resolves with the child's next message of
 * that type, or rejects if the child exits first; `ready` is the first 'ready'.
 */
export function startCollector(config) {
  const child = fork(new URL('collector-process.js', import.meta.url), [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) => reject(new Error(`collector exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return { child, next, ready: next('ready') };
}
