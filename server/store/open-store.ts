import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { ConsentStore } from './types.js';

export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; connectionString: string };

/** Opens and migrates the store the CLI was pointed at. */
export function openStore(location: StoreLocation, onPoolError?: (error: Error) => void): Promise<ConsentStore> {
  return location.kind === 'sqlite'
    ? openSqliteStore(location.file)
    : openPostgresStore({ connectionString: location.connectionString, ...(onPoolError ? { onPoolError } : {}) });
}
