import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { HELP, parseCli, type SeedConfig, type ServeConfig } from './cli-args.js';
import { seed } from './seed.js';
import { openStore, type StoreLocation } from './store/open-store.js';
import type { ConsentStore } from './store/types.js';
import { SERVER_VERSION } from './version.js';

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * The `samtykke-server` command. The only place that reads process.env and process.argv; everything
 * below receives plain options.
 */
export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const parsed = parseCli(argv, env);
  if (!parsed.ok) {
    say(`samtykke-server: ${parsed.error}\nRun samtykke-server --help for the options.`);
    process.exitCode = 2;
    return;
  }
  const { config } = parsed;
  switch (config.command) {
    case 'help':
      process.stdout.write(HELP);
      return;
    case 'version':
      process.stdout.write(`${SERVER_VERSION}\n`);
      return;
    case 'seed':
      return runSeed(config);
    case 'serve':
      return serve(config);
  }
}

/** Opens the store, saying which one when it fails (a refused connection alone is cryptic). */
async function open(location: StoreLocation): Promise<ConsentStore> {
  try {
    return await openStore(location, (error) => say(`samtykke-server: PostgreSQL connection error: ${error.message}`));
  } catch (error) {
    throw new Error(`cannot open ${describeStore(location)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** How long requests in flight may take to finish once a shutdown signal has come. */
const SHUTDOWN_GRACE_MS = 2_000;

async function serve(config: ServeConfig): Promise<void> {
  const store = await open(config.store);
  const app = await buildApp({
    store,
    adminToken: config.adminToken,
    allowedOrigins: config.allowedOrigins,
    rateLimit: config.rateLimit > 0 ? { max: config.rateLimit, timeWindowMs: 60_000 } : false,
    dashboardDir: config.dashboardDir,
    retentionDays: config.retentionDays,
    trustProxy: config.trustProxy,
    logger: { level: config.logLevel },
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`samtykke-server: ${signal}, finishing queued writes and closing`);
    // Never hang on shutdown: a stuck database connection must not keep the process alive.
    setTimeout(() => process.exit(1), 10_000).unref();
    const closing = app.close();
    // A browser's preconnected socket that has not sent a request is not idle to Node, so close()
    // would wait for it until the headers timeout and the exit above would cut the queued writes.
    // Requests in flight get a short grace; then every connection is closed.
    const grace = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closing;
    clearTimeout(grace);
    await store.close();
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  for (const line of startupReport(config, address)) say(line);
}

function startupReport(config: ServeConfig, address: string): string[] {
  return [
    `samtykke-server ${SERVER_VERSION} listening on ${address}`,
    `  store:      ${describeStore(config.store)}`,
    config.allowedOrigins
      ? `  origins:    ${config.allowedOrigins.join(', ')}`
      : '  origins:    any (for production, pass --allowed-origins https://www.your-site.example)',
    config.adminToken
      ? '  admin:      enabled (Authorization: Bearer $SAMTYKKE_ADMIN_TOKEN)'
      : '  admin:      disabled. To read stats, proofs and exports, restart with a secret token, e.g.\n' +
        '              SAMTYKKE_ADMIN_TOKEN=$(openssl rand -hex 32) npx samtykke-server',
    `  retention:  ${config.retentionDays ? `${config.retentionDays} days` : 'keep everything (set --retention-days)'}`,
    `  rate limit: ${config.rateLimit > 0 ? `${config.rateLimit} requests per minute per IP` : 'off'}`,
    ...(config.dashboardDir ? [`  dashboard:  ${address}/dashboard/`] : []),
  ];
}

function describeStore(location: StoreLocation): string {
  if (location.kind === 'sqlite') return `SQLite ${location.file} (WAL, synchronous=FULL)`;
  // Never print the password.
  try {
    const url = new URL(location.connectionString);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

async function runSeed(config: SeedConfig): Promise<void> {
  const store = await open(config.store);
  try {
    const started = performance.now();
    const result = await seed(store, { days: config.days, impressions: config.impressions, variants: config.variants, seed: config.seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(`samtykke-server seed: ${result.impressions} impressions and ${result.records} records over ${config.days} days into ${describeStore(config.store)} in ${seconds} s`);
  } finally {
    await store.close();
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

// `node dist/server/cli.js` runs the command; bin/samtykke-server.js imports main() instead.
if (isEntryPoint()) {
  main().catch((error: unknown) => {
    say(`samtykke-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
