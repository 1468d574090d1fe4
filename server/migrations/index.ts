import type { Migration, MigrationProvider } from 'kysely';
import type { SqlDialect } from '../store/types.js';
import * as initial from './001-initial.js';

/**
 * Every migration, listed by hand: a static provider works the same from `server/*.ts` under vitest
 * and from `dist/server/*.js`, where a filesystem glob would not. Names sort in the order they run.
 */
export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001-initial': { up: (db) => initial.up(db, dialect), down: (db) => initial.down(db) },
  };
  return { getMigrations: async () => migrations };
}
