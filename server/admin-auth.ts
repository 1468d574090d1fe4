import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ERROR_CODES, HttpError } from './errors.js';

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Builds the onRequest hook of the admin routes. Comparing SHA-256 digests with timingSafeEqual keeps
 * the comparison time independent of the token's content and of its length.
 */
export function adminAuth(adminToken: string | null): (request: FastifyRequest) => Promise<void> {
  const expected = adminToken ? sha256(adminToken) : null;
  return async (request) => {
    if (!expected) {
      throw new HttpError(401, ERROR_CODES.unauthorized, 'admin endpoints are disabled: start the collector with SAMTYKKE_ADMIN_TOKEN set');
    }
    const header = request.headers.authorization;
    const match = header ? /^Bearer +(\S+) *$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new HttpError(401, ERROR_CODES.unauthorized, 'send Authorization: Bearer <SAMTYKKE_ADMIN_TOKEN>');
    }
    if (!timingSafeEqual(sha256(match[1]), expected)) {
      throw new HttpError(401, ERROR_CODES.unauthorized, 'the bearer token is not the admin token');
    }
  };
}
