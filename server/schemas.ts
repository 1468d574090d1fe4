import { ACTIONS, DEVICES, LOCALES, SOURCES, type Action, type Device, type Locale, type Source } from './vocabulary.js';

/**
 * JSON schemas shared by several routes: the two bodies the SDK sends and the error shape. Fastify
 * validates with them, fast-json-stringify serialises with them, and server/openapi.ts publishes them,
 * so they are the single description of the wire format.
 *
 * `x-reason` is an annotation read by the error formatter (server/errors.ts): it turns an opaque
 * "must match pattern" into a sentence a site developer can act on. OpenAPI allows `x-` keys.
 */

/** Largest accepted request body. A record is about 600 bytes; 16 KiB leaves room and bounds memory. */
export const BODY_LIMIT_BYTES = 16 * 1024;

// Revisions are small counters bumped by hand; the cap keeps them inside a 32-bit integer column.
const MAX_REVISION = 1_000_000;

export const uuidV4Schema = {
  type: 'string',
  minLength: 36,
  maxLength: 36,
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
  'x-reason': 'must be a UUID version 4',
} as const;

const timestampSchema = {
  type: 'string',
  format: 'date-time',
  maxLength: 40,
  'x-reason': 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-01T12:00:00.000Z',
} as const;

const localeSchema = { type: 'string', enum: LOCALES } as const;
const deviceSchema = { type: 'string', enum: DEVICES } as const;
const revisionSchema = { type: 'integer', minimum: 0, maximum: MAX_REVISION } as const;

const bannerVersionSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 32,
  // Semver-like and starting with a digit (or v), which also keeps it out of CSV formula territory.
  pattern: '^v?[0-9]+(\\.[0-9]+){0,2}([-+][0-9A-Za-z.+-]+)?$',
  'x-reason': 'must be a version like 1.4.0 (at most 32 characters)',
} as const;

const textHashSchema = {
  type: 'string',
  minLength: 64,
  maxLength: 64,
  pattern: '^[0-9a-f]{64}$',
  'x-reason': 'must be a SHA-256 digest: 64 lowercase hexadecimal characters',
} as const;

// Non-empty, because the aggregate table stores "no variant" as the empty string (see migrations).
const variantSchema = {
  type: ['string', 'null'],
  minLength: 1,
  maxLength: 40,
  pattern: '^[A-Za-z0-9_.-]+$',
  'x-reason': 'must be null or 1 to 40 characters of A-Z, a-z, 0-9, _ . -',
} as const;

// Origin plus path only, so no query string or fragment (they carry campaign ids, search terms,
// tokens). Printable ASCII: browsers percent-encode `location.pathname`. No user-info either.
const pageUrlSchema = {
  type: 'string',
  minLength: 8,
  maxLength: 2048,
  pattern: '^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?(/[!-"$->@-~]*)?$',
  'x-reason': 'must be an http(s) origin and path, without query string, fragment or user info (at most 2048 characters)',
} as const;

const categoriesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['technical', 'statistical', 'marketing', 'personalised'],
  properties: {
    technical: { const: true, 'x-reason': 'must be true: technical cookies cannot be refused' },
    statistical: { type: 'boolean' },
    marketing: { type: 'boolean' },
    personalised: { type: 'boolean' },
  },
} as const;

const recordProperties = {
  consentId: uuidV4Schema,
  timestamp: timestampSchema,
  action: { type: 'string', enum: ACTIONS },
  categories: categoriesSchema,
  revision: revisionSchema,
  locale: localeSchema,
  bannerVersion: bannerVersionSchema,
  textHash: textHashSchema,
  variant: variantSchema,
  source: { type: 'string', enum: SOURCES },
  gpc: { type: 'boolean' },
  pageUrl: pageUrlSchema,
  device: deviceSchema,
} as const;

/** A decision, exactly as the SDK sends it to `POST /api/v1/consents` (contract section 7). */
export const consentRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: Object.keys(recordProperties),
  properties: recordProperties,
} as const;

export interface ConsentRecordBody {
  consentId: string;
  timestamp: string;
  action: Action;
  categories: { technical: true; statistical: boolean; marketing: boolean; personalised: boolean };
  revision: number;
  locale: Locale;
  bannerVersion: string;
  textHash: string;
  variant: string | null;
  source: Source;
  gpc: boolean;
  pageUrl: string;
  device: Device;
}

const impressionProperties = {
  timestamp: timestampSchema,
  locale: localeSchema,
  revision: revisionSchema,
  variant: variantSchema,
  device: deviceSchema,
  bannerVersion: bannerVersionSchema,
  textHash: textHashSchema,
  pageUrl: pageUrlSchema,
} as const;

/** One showing of the banner, sent to `POST /api/v1/impressions`. Anonymous: no consent id. */
export const impressionSchema = {
  type: 'object',
  additionalProperties: false,
  required: Object.keys(impressionProperties),
  properties: impressionProperties,
} as const;

export interface ImpressionBody {
  timestamp: string;
  locale: Locale;
  revision: number;
  variant: string | null;
  device: Device;
  bannerVersion: string;
  textHash: string;
  pageUrl: string;
}

/** A record as the proof endpoint returns it: as sent, plus the server's own clock. */
export const storedRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(recordProperties), 'receivedAt'],
  properties: { ...recordProperties, receivedAt: { type: 'string', format: 'date-time' } },
} as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

/** The ISO date (UTC day) used by `from` and `to`. */
export const isoDateSchema = {
  type: 'string',
  format: 'date',
  maxLength: 10,
  'x-reason': 'must be a calendar date YYYY-MM-DD',
} as const;
