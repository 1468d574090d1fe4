// The collector under test, in its own process so that the load generator (in the parent) does not
// share its event loop. Started by run.js and soak.js with fork(); talks over IPC. Imports the
// compiled server from dist/.
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../dist/server/app.js';
import { seedAggregates } from '../../dist/server/seed.js';
import { openPostgresStore } from '../../dist/server/store/postgres.js';
import { openSqliteStore } from '../../dist/server/store/sqlite.js';

const config = JSON.parse(process.argv[2]);

const store =
  config.kind === 'sqlite'
    ? await openSqliteStore(config.file)
    : await openPostgresStore({ connectionString: config.url, schema: config.schema, poolSize: 10 });

const app = await buildApp({
  store,
  adminToken: config.adminToken,
  allowedOrigins: [config.origin],
  rateLimit: false,
  logger: { level: 'warn' },
});
await app.listen({ host: '127.0.0.1', port: 0 });

// Resident memory, sampled while the load runs.
const rss = [];
let elu = performance.eventLoopUtilization();
// soak.js asks for memory every few seconds; a baseline of its own keeps run.js's figures apart.
let memoryElu = performance.eventLoopUtilization();
const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 250);

process.on('message', async (message) => {
  if (message.type === 'rss') {
    // Also the CPU time of the whole process (all threads) so far, to get CPU per request.
    const samples = rss.splice(0);
    const cpu = process.cpuUsage();
    // How busy the HTTP thread was since the last sample: near 1 means it is the bottleneck.
    const busy = performance.eventLoopUtilization(elu);
    elu = performance.eventLoopUtilization();
    process.send({
      type: 'rss',
      peak: Math.max(...samples),
      mean: samples.reduce((a, b) => a + b, 0) / samples.length,
      cpuMicros: cpu.user + cpu.system,
      eventLoopUtilization: busy.utilization,
    });
  } else if (message.type === 'memory') {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    const busy = performance.eventLoopUtilization(memoryElu);
    memoryElu = performance.eventLoopUtilization();
    process.send({
      type: 'memory',
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      external: memory.external,
      cpuMicros: cpu.user + cpu.system,
      eventLoopUtilization: busy.utilization,
    });
  } else if (message.type === 'seed-aggregates') {
    const started = performance.now();
    const result = await seedAggregates(store, { days: message.days, records: message.records, now: new Date(message.now) });
    process.send({ type: 'seeded', ...result, ms: performance.now() - started });
  } else if (message.type === 'close') {
    clearInterval(sampler);
    await app.close();
    await store.close();
    process.send({ type: 'closed' }, () => process.exit(0));
  }
});

process.send({ type: 'ready', port: app.server.address().port, id: randomBytes(2).toString('hex') });
