import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';

/** Every error the collector answers has this body, whatever produced it (contract section 7). */
export interface ErrorBody {
  error: { code: string; message: string };
}

export const ERROR_CODES = {
  invalidBody: 'invalid_body',
  invalidJson: 'invalid_json',
  invalidQuery: 'invalid_query',
  invalidRequest: 'invalid_request',
  bodyTooLarge: 'body_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  unauthorized: 'unauthorized',
  originNotAllowed: 'origin_not_allowed',
  notFound: 'not_found',
  rateLimited: 'rate_limited',
  storageUnavailable: 'storage_unavailable',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** An error a handler or hook throws on purpose; the error handler sends it as is. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Thrown by the store when the database cannot be reached, so clients see 503 rather than 500. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * Retry-After on 503: about the time a database restart or failover takes. Load balancers, proxies
 * and scripts honour it; the SDK's beacons are fire-and-forget and do not retry.
 */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

// Fastify's own client errors, mapped to our codes and to messages that say what to change.
const FASTIFY_CLIENT_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: ERROR_CODES.bodyTooLarge, message: 'request body is larger than the limit' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: ERROR_CODES.unsupportedMediaType,
    message: 'send the body as application/json or text/plain containing JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: ERROR_CODES.invalidJson, message: 'body is empty; send a JSON object' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: ERROR_CODES.invalidJson, message: 'body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: ERROR_CODES.invalidBody,
    message: 'Content-Length does not match the body',
  },
  // The router's own two: they reach handleError through the frameworkErrors option (server/app.ts).
  FST_ERR_BAD_URL: { code: ERROR_CODES.invalidQuery, message: 'the URL is not valid percent-encoded UTF-8' },
  FST_ERR_MAX_PARAM_LENGTH: { code: ERROR_CODES.invalidQuery, message: 'a path segment is longer than 100 characters' },
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ERROR_CODES.invalidBody,
  401: ERROR_CODES.unauthorized,
  403: ERROR_CODES.originNotAllowed,
  404: ERROR_CODES.notFound,
  413: ERROR_CODES.bodyTooLarge,
  415: ERROR_CODES.unsupportedMediaType,
  429: ERROR_CODES.rateLimited,
};

/**
 * Turns the first Ajv error into one sentence that names the field, e.g.
 * `body.categories.technical must be true: technical cookies cannot be refused`.
 * Installed as Fastify's `schemaErrorFormatter`; Ajv runs with `verbose` so `parentSchema` is present.
 */
export function formatSchemaErrors(errors: FastifySchemaValidationError[], dataVar: string): Error {
  const first = errors[0];
  if (!first) return new Error(`${dataVar} is invalid`);
  const path = dataVar + first.instancePath.replaceAll('/', '.');
  const params = first.params;
  switch (first.keyword) {
    case 'required':
      return new Error(`${path}.${String(params['missingProperty'])} is required`);
    case 'additionalProperties':
      return new Error(`${path}.${String(params['additionalProperty'])} is not an accepted field`);
    case 'enum': {
      const allowed = params['allowedValues'];
      return new Error(`${path} must be one of: ${Array.isArray(allowed) ? allowed.join(', ') : '(see the schema)'}`);
    }
    case 'type':
      return new Error(`${path} must be of type ${String(params['type']).replace(',', ' or ')}`);
    default: {
      const reason = reasonOf(first);
      return new Error(`${path} ${reason ?? first.message ?? 'is invalid'}`);
    }
  }
}

function reasonOf(error: FastifySchemaValidationError): string | undefined {
  if (!('parentSchema' in error)) return undefined;
  const parent: unknown = error.parentSchema;
  if (typeof parent !== 'object' || parent === null || !('x-reason' in parent)) return undefined;
  const reason: unknown = parent['x-reason'];
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * The one error handler. Client mistakes keep their 4xx status and get our shape; anything else is
 * logged and answered 500 (503 when the database is down) without internals.
 */
export function handleError(error: FastifyError | HttpError | StorageError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) {
    void reply.code(error.statusCode).send(errorBody(error.code, error.message));
    return;
  }
  if (error instanceof StorageError) {
    request.log.error({ err: error.cause ?? error }, 'storage failure');
    void reply
      .code(503)
      .header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS))
      .send(errorBody(ERROR_CODES.storageUnavailable, 'the consent store is unavailable; retry later'));
    return;
  }
  if (error.validation) {
    const isBody = error.validationContext === 'body';
    void reply.code(400).send(errorBody(isBody ? ERROR_CODES.invalidBody : ERROR_CODES.invalidQuery, error.message));
    return;
  }
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (known) {
    void reply.code(error.statusCode ?? 400).send(errorBody(known.code, known.message));
    return;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    void reply.code(status).send(errorBody(CODE_BY_STATUS[status] ?? ERROR_CODES.invalidBody, error.message));
    return;
  }
  request.log.error({ err: error }, 'unexpected error');
  void reply.code(500).send(errorBody(ERROR_CODES.internal, 'internal error'));
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  // The path is echoed for debugging, bounded so a huge URL does not come back in full.
  const path = (request.url.split('?')[0] ?? '').slice(0, 200);
  void reply.code(404).send(errorBody(ERROR_CODES.notFound, `no route for ${request.method} ${path}`));
}

// What Node's HTTP parser refuses, by the status it deserves; anything else it reports is a 400.
const CLIENT_ERROR_STATUS: Record<string, 408 | 431> = { ERR_HTTP_REQUEST_TIMEOUT: 408, HPE_HEADER_OVERFLOW: 431 };
const CLIENT_ERROR_MESSAGES = {
  400: 'the HTTP request is malformed',
  408: 'the request did not arrive in time',
  431: 'the request headers are larger than the limit',
} as const;

/**
 * Fastify's clientErrorHandler: answers a request that Node's HTTP parser refuses before Fastify
 * sees it (a control byte in a header, an oversized head, a broken request line) in the collector's
 * error shape. There is no request or reply yet, so the answer is written to the socket as is.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = (error.code && CLIENT_ERROR_STATUS[error.code]) || 400;
  const body = JSON.stringify(errorBody(ERROR_CODES.invalidRequest, CLIENT_ERROR_MESSAGES[status]));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
