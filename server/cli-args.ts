import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseOrigin } from './origin-policy.js';
import type { StoreLocation } from './store/open-store.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServeConfig {
  command: 'serve';
  port: number;
  host: string;
  store: StoreLocation;
  allowedOrigins: string[] | null;
  retentionDays: number | null;
  /** Requests per minute per client IP; 0 turns limiting off. */
  rateLimit: number;
  trustProxy: boolean;
  dashboardDir: string | null;
  logLevel: LogLevel;
  adminToken: string | null;
}

export interface SeedConfig {
  command: 'seed';
  store: StoreLocation;
  days: number;
  impressions: number;
  variants: string[];
  seed: number;
}

export type CliConfig = ServeConfig | SeedConfig | { command: 'help' } | { command: 'version' };

export type CliParse = { ok: true; config: CliConfig } | { ok: false; error: string };

export const HELP = `samtykke-server: the Samtykke consent collector

Usage:
  samtykke-server [options]          run the collector
  samtykke-server seed [options]     write synthetic demo data into the store, then exit

Options (flags win over environment variables):
  --port <n>               port to listen on                         env PORT, default 8787
  --host <address>         address to listen on; 0.0.0.0 for all     env HOST, default 127.0.0.1
  --db <file>              SQLite database file, created if missing  env SAMTYKKE_DB, default ./samtykke.db
                           (not used when DATABASE_URL is set)
  --allowed-origins <list> comma-separated origins that may send records, e.g.
                           https://www.example.dk,https://example.dk; records from other origins
                           get 403                                   env SAMTYKKE_ALLOWED_ORIGINS
                           Default: any origin. Set it in production.
  --retention-days <n>     delete raw records and daily aggregates older than n days, at start
                           and daily                                 env SAMTYKKE_RETENTION_DAYS
                           Default: keep everything.
  --rate-limit <n>         requests per minute per client IP, per collector instance; 0 = off
                                                                     env SAMTYKKE_RATE_LIMIT, default 1000
  --trust-proxy            behind a load balancer: take the client IP from X-Forwarded-For (only
                           for rate limiting; IPs are never stored)  env SAMTYKKE_TRUST_PROXY=1
  --dashboard-dir <dir>    serve this directory at /dashboard/       env SAMTYKKE_DASHBOARD_DIR
  --log-level <level>      ${LOG_LEVELS.join('|')}    env LOG_LEVEL, default warn
  -h, --help               show this text
  -v, --version            show the version

Seed options (with the seed command; --db and DATABASE_URL choose the store as above):
  --days <n>               days of data ending today                 default 90
  --impressions <n>        banner impressions to generate            default 200000
  --variants <list>        comma-separated variant ids               default a,b
  --seed <n>               random seed; the same seed gives the same data   default 1

Environment:
  SAMTYKKE_ADMIN_TOKEN     bearer token for GET /api/v1/stats, /api/v1/consents/{id},
                           /api/v1/export.csv and the dashboard's data. Without it the collector
                           still stores records, and those endpoints answer 401.
                           Example: SAMTYKKE_ADMIN_TOKEN=$(openssl rand -hex 32)
  DATABASE_URL             postgres://user:password@host:5432/database: use PostgreSQL instead of
                           SQLite (required to run more than one collector)

Endpoints: POST /api/v1/consents, POST /api/v1/impressions, GET /api/v1/stats,
GET /api/v1/consents/{consentId}, GET /api/v1/export.csv, GET /healthz, GET /api/v1/openapi.json,
GET /dashboard/.
`;

/** Reads flags and environment into a config; pure, so it is tested without starting anything. */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliParse {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'allowed-origins': { type: 'string' },
        'retention-days': { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'dashboard-dir': { type: 'string' },
        'log-level': { type: 'string' },
        days: { type: 'string' },
        impressions: { type: 'string' },
        variants: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, config: { command: 'help' } };
  if (values.version) return { ok: true, config: { command: 'version' } };
  const [command = 'serve', ...rest] = positionals;
  if ((command !== 'serve' && command !== 'seed') || rest.length > 0) {
    return { ok: false, error: `unknown command: ${positionals.join(' ')} (use "seed" or nothing)` };
  }

  try {
    const databaseUrl = env['DATABASE_URL']?.trim();
    const store: StoreLocation = databaseUrl
      ? { kind: 'postgres', connectionString: databaseUrl }
      : { kind: 'sqlite', file: resolve(values.db ?? env['SAMTYKKE_DB'] ?? './samtykke.db') };

    if (command === 'seed') {
      const variants = (values.variants ?? 'a,b').split(',').map((variant) => variant.trim()).filter(Boolean);
      return {
        ok: true,
        config: {
          command: 'seed',
          store,
          days: integer('--days', values.days, 90, 1, 3650),
          impressions: integer('--impressions', values.impressions, 200_000, 0, 100_000_000),
          variants,
          seed: integer('--seed', values.seed, 1, 0, 2 ** 32 - 1),
        },
      };
    }

    const origins = values['allowed-origins'] ?? env['SAMTYKKE_ALLOWED_ORIGINS'];
    const logLevel = values['log-level'] ?? env['LOG_LEVEL'] ?? 'warn';
    if (!isLogLevel(logLevel)) throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
    const retention = values['retention-days'] ?? env['SAMTYKKE_RETENTION_DAYS'];
    const dashboardDir = values['dashboard-dir'] ?? env['SAMTYKKE_DASHBOARD_DIR'];
    return {
      ok: true,
      config: {
        command: 'serve',
        port: integer('--port', values.port ?? env['PORT'], 8787, 0, 65_535),
        host: values.host ?? env['HOST'] ?? '127.0.0.1',
        store,
        allowedOrigins: origins ? parseOrigins(origins) : null,
        retentionDays: retention ? integer('--retention-days', retention, 0, 1, 36_500) : null,
        rateLimit: integer('--rate-limit', values['rate-limit'] ?? env['SAMTYKKE_RATE_LIMIT'], 1000, 0, 10_000_000),
        trustProxy: values['trust-proxy'] ?? isTrue(env['SAMTYKKE_TRUST_PROXY']),
        dashboardDir: dashboardDir ? resolve(dashboardDir) : null,
        logLevel,
        adminToken: env['SAMTYKKE_ADMIN_TOKEN'] || null,
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

function parseOrigins(list: string): string[] {
  const origins = list.split(',').map((origin) => origin.trim()).filter(Boolean);
  if (origins.length === 0) throw new Error('--allowed-origins is empty');
  return origins.map((origin) => {
    try {
      return normaliseOrigin(origin);
    } catch {
      throw new Error(`--allowed-origins: "${origin}" is not an origin like https://www.example.dk`);
    }
  });
}

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}
