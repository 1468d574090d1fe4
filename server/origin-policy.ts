import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { ERROR_CODES, HttpError } from './errors.js';

/**
 * Which web origins may send records. `null` means any origin: convenient for trying the collector,
 * but production should list its sites so that other sites cannot pollute the statistics.
 */
export class OriginPolicy {
  readonly #allowed: ReadonlySet<string> | null;

  constructor(allowedOrigins: readonly string[] | null) {
    this.#allowed = allowedOrigins ? new Set(allowedOrigins.map(normaliseOrigin)) : null;
  }

  get isOpen(): boolean {
    return this.#allowed === null;
  }

  get origins(): readonly string[] {
    return this.#allowed ? [...this.#allowed] : [];
  }

  isAllowed(origin: string | undefined): boolean {
    if (this.#allowed === null) return true;
    return origin !== undefined && this.#allowed.has(origin);
  }

  /**
   * Route hook for the two ingest routes. Browsers always send `Origin` on a cross-site POST (also
   * from sendBeacon), so a missing header is refused too when a list is configured. Callback style
   * rather than async: it runs on every record, and a promise per request is measurable.
   */
  readonly requireAllowedOrigin = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    done(this.#refusal(request.headers.origin));
  };

  /**
   * Global hook that runs before @fastify/cors: a preflight from an origin not on the list gets a
   * clear 403 instead of a 204 without CORS headers.
   */
  readonly refuseForeignPreflight = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const isPreflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
    done(isPreflight ? this.#refusal(request.headers.origin) : undefined);
  };

  #refusal(origin: string | undefined): HttpError | undefined {
    if (this.isAllowed(origin)) return undefined;
    return new HttpError(
      403,
      ERROR_CODES.originNotAllowed,
      origin ? `origin ${origin} may not send records to this collector` : 'the Origin header is required by this collector',
    );
  }
}

/** `https://Example.com/` → `https://example.com`, the form browsers put in the Origin header. */
export function normaliseOrigin(value: string): string {
  const url = new URL(value.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) origin: ${value}`);
  return url.origin;
}
