import { fastifyCors } from '@fastify/cors';
import { fastifyRateLimit } from '@fastify/rate-limit';
import { fastifyStatic } from '@fastify/static';
import { LogController, fastify, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { adminAuth } from './admin-auth.js';
import { MAX_RANGE_DAYS } from './day-range.js';
import { ERROR_CODES, HttpError, formatSchemaErrors, handleClientError, handleError, handleNotFound } from './errors.js';
import { OpenApiCollector } from './openapi.js';
import { OriginPolicy } from './origin-policy.js';
import { scheduleRetention } from './retention.js';
import { registerConsentRoute } from './routes/consents.js';
import { registerExportRoute } from './routes/export.js';
import { registerHealthRoute } from './routes/health.js';
import { registerImpressionRoute } from './routes/impressions.js';
import { registerOpenApiRoute } from './routes/openapi.js';
import { registerProofRoute } from './routes/proof.js';
import { registerStatsRoute } from './routes/stats.js';
import { BODY_LIMIT_BYTES } from './schemas.js';
import { GroupCommit, type GroupCommitOptions } from './store/group-commit.js';
import type { ConsentStore } from './store/types.js';
import { SERVER_VERSION } from './version.js';

export interface RateLimitOptions {
  /** Requests per client IP per window, counted per collector instance. */
  max: number;
  /** @default 60_000 */
  timeWindowMs?: number;
}

export interface AppOptions {
  /** Opened and migrated by the caller, who also closes it after `app.close()`. */
  store: ConsentStore;
  /**
   * Bearer token for the admin endpoints. Without it they answer 401 and ingest still works.
   * @default null
   */
  adminToken?: string | null;
  /**
   * Origins (`https://www.example.com`) allowed to send records; others get 403. null allows any.
   * @default null
   */
  allowedOrigins?: readonly string[] | null;
  /**
   * Per-IP limit on every route but /healthz; false turns it off.
   * @default { max: 1000, timeWindowMs: 60_000 }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Directory served at /dashboard/ (index.html at /dashboard/); none by default.
   * @default null
   */
  dashboardDir?: string | null;
  /**
   * Delete raw records and aggregates older than this many days, at start and daily; null keeps all.
   * @default null
   */
  retentionDays?: number | null;
  /**
   * Trust X-Forwarded-For from a load balancer (used for rate limiting only; never stored).
   * @default false
   */
  trustProxy?: boolean;
  /** @default 16384 */
  bodyLimit?: number;
  /** @default 731 */
  maxRangeDays?: number;
  /** Fastify's logger option. @default false */
  logger?: FastifyServerOptions['logger'];
  /** The clock, replaceable in tests. @default () => new Date() */
  now?: () => Date;
  groupCommit?: GroupCommitOptions;
}

const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 1000, timeWindowMs: 60_000 };

/**
 * Builds the collector. Nothing here reads the environment: the CLI does, once, and passes options.
 * Returns a ready-to-listen Fastify instance; closing it writes what is queued but leaves the store open.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const origins = new OriginPolicy(options.allowedOrigins ?? null);
  const commit = new GroupCommit(store, options.groupCommit);
  const openApi = new OpenApiCollector({ title: 'Samtykke collector', version: SERVER_VERSION });
  const maxRangeDays = options.maxRangeDays ?? MAX_RANGE_DAYS;

  const app = fastify({
    logger: options.logger ?? false,
    // A line per request would cost more than storing the record; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? BODY_LIMIT_BYTES,
    ajv: {
      customOptions: {
        // Reject what the schema does not describe instead of silently dropping or converting it.
        removeAdditional: false,
        coerceTypes: false,
        // parentSchema in errors, for the x-reason annotation (server/errors.ts).
        verbose: true,
        keywords: ['x-reason'],
      },
    },
    schemaErrorFormatter: formatSchemaErrors,
    // Without these, a broken percent-escape, an overlong path segment or a request Node's parser
    // refuses would be answered in Fastify's error shape instead of ours.
    frameworkErrors: handleError,
    clientErrorHandler: handleClientError,
  });

  // Every request would otherwise get its own pino child logger (a few µs each); the collector logs
  // only failures, and those carry their error, so the shared logger is enough.
  app.setChildLoggerFactory((logger) => logger);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onRoute', openApi.collect);

  // sendBeacon with a string posts text/plain, a "simple" request that needs no CORS preflight; the
  // SDK relies on that, so text/plain bodies are parsed as JSON with Fastify's own safe parser.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  if (options.rateLimit !== false) {
    const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
    await app.register(fastifyRateLimit, {
      global: true,
      max: limit.max,
      timeWindow: limit.timeWindowMs ?? DEFAULT_RATE_LIMIT.timeWindowMs,
      errorResponseBuilder: (_request, context) =>
        new HttpError(429, ERROR_CODES.rateLimited, `too many requests from this client (rate limit ${context.max}); retry in ${context.after}`),
    });
  }

  app.addHook('onRequest', origins.refuseForeignPreflight);
  await app.register(fastifyCors, {
    // Reflect the caller's origin (or only listed ones) rather than '*', because sendBeacon with a JSON
    // Blob sends credentials and a wildcard would then fail the preflight.
    origin: origins.isOpen ? true : [...origins.origins],
    credentials: true,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    strictPreflight: false,
    maxAge: 86_400,
  });

  registerConsentRoute(app, { commit, origins, now });
  registerImpressionRoute(app, { commit, origins, now });
  registerHealthRoute(app, { store });
  registerOpenApiRoute(app, { openApi });
  await app.register(async (admin) => {
    admin.addHook('onRequest', adminAuth(options.adminToken ?? null));
    registerStatsRoute(admin, { store, now, maxRangeDays });
    registerProofRoute(admin, { store });
    registerExportRoute(admin, { store, now, maxRangeDays });
  });

  if (options.dashboardDir) {
    // The dashboard page itself is public; the data it shows comes from the admin endpoints above.
    // `redirect` answers GET /dashboard with a redirect to /dashboard/, where index.html is served.
    await app.register(fastifyStatic, { root: options.dashboardDir, prefix: '/dashboard', redirect: true, index: 'index.html' });
  }

  if (options.retentionDays) {
    const days = options.retentionDays;
    let stop = (): void => undefined;
    app.addHook('onReady', async () => {
      const schedule = scheduleRetention(store, days, { now, log: app.log });
      stop = schedule.stop;
      await schedule.firstRun;
    });
    app.addHook('onClose', async () => stop());
  }
  app.addHook('onClose', async () => commit.drain());
  return app;
}
