/**
 * The collector as a library, for embedding in an existing Node service. The CLI (cli.ts) is built
 * from the same pieces.
 */
export { buildApp, type AppOptions, type RateLimitOptions } from './app.js';
export { openPostgresStore, type PostgresStoreOptions } from './store/postgres.js';
export { openSqliteStore } from './store/sqlite.js';
export type { ConsentStore } from './store/types.js';
export { seed, seedAggregates, type SeedOptions, type AggregateSeedOptions } from './seed.js';
export type { ConsentRecordBody, ImpressionBody } from './schemas.js';
