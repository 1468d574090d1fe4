import fc from 'fast-check';
import type { ConsentRecordBody, ImpressionBody } from '../schemas.js';
import { ACTIONS, DEVICES, GROUP_BY, LOCALES, SOURCES } from '../vocabulary.js';

/**
 * Generators of hostile and near-valid input for server/fuzz.test.ts. Bodies are produced as text
 * (or bytes), not objects, so that they can carry what JSON.stringify never writes: NaN, 1e400,
 * nesting thousands deep, duplicate keys, a cut-off end.
 */

// ---- strings ------------------------------------------------------------------------------------

/** One character that has broken parsers, databases or terminals somewhere. */
const nastyUnit = fc.oneof(
  fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u202e', '\ufeff', '\ufffd', '\uffff'),
  fc.constantFrom("'", '"', '\\', '%', '<', '>', '&', '$', '`', '\n', '\r', '\t', ' ', '/', '.', '-', ';', '{', '}'),
  // Lone surrogates: valid in a JS string and in a JSON \u escape, not in UTF-8 or PostgreSQL text.
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);

const nastyString = fc.string({ unit: nastyUnit, maxLength: 48 });

/** Up to three times the body limit, of characters that are one to four UTF-8 bytes. */
const hugeString = fc
  .tuple(fc.integer({ min: 1, max: 48 * 1024 }), fc.constantFrom('x', 'é', '€', '😀', '\u0000', '\ud800', '<'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

// Only ~1 in 10 strings is huge: they are slow to send and all end the same way (413 or 400).
const anyString = fc.oneof({ weight: 6, arbitrary: nastyString }, { weight: 1, arbitrary: hugeString }, { weight: 3, arbitrary: fc.string({ maxLength: 40 }) });

// ---- values -------------------------------------------------------------------------------------

/** JSON text for a value; `raw` ones are spliced in as is (numbers JSON.stringify would not write). */
type Value = { json: unknown } | { raw: string };

const RAW_NUMBERS = [
  'NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e-400', '-0', '0.0', '1.0', '3.0000000000000001', '1e6', '1E6',
  '1000001', '-1', '2147483648', '9007199254740993', '99999999999999999999999999', '0x10', '01', '.5', '+1', '1_000',
];

/** Nesting deeper than any recursive walker should have to bear, up to and past the body limit. */
const deepRaw = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('array', 'object'))
  .map(([depth, kind]) => (kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));

/** Anything but the right value: wrong types, odd numbers, nasty and huge strings, deep nesting. */
const hostileValue: fc.Arbitrary<Value> = fc.oneof(
  fc.oneof(fc.boolean(), fc.constant(null), fc.integer(), fc.double(), anyString).map((json) => ({ json })),
  fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })),
  fc.constantFrom(...RAW_NUMBERS).map((raw) => ({ raw })),
  deepRaw.map((raw) => ({ raw })),
);

// ---- valid records --------------------------------------------------------------------------------

const day = (min: string, max: string) => fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true });

/** Date-times the schema accepts, in the forms browsers and people write them. */
const timestamp = fc.oneof(
  day('1970-01-01', '2100-01-01').map((date) => date.toISOString()),
  fc
    .tuple(day('2000-01-01', '2099-12-31'), fc.constantFrom('Z', 'z', '+01:00', '-05:30', '+14:00', '-12:00'), fc.constantFrom('T', 't', ' '))
    .map(([date, zone, separator]) => date.toISOString().slice(0, 19).replace('T', separator) + zone),
  fc.constantFrom('2016-12-31T23:59:60Z', '2026-11-01T10:00:00.123456789+01:00'),
);

const pageUrl = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.oneof(fc.domain(), fc.constantFrom('localhost', '127.0.0.1', '[::1]', 'www.example.dk')),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    fc.stringMatching(/^(\/[!"$-;=@-~]{0,24}){0,4}$/),
  )
  .map(([scheme, host, port, path]) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}${path}`)
  .filter((url) => url.length >= 8 && url.length <= 2048);

/** Per field, the values the collector must accept. */
const VALID_FIELDS = {
  consentId: fc.uuid({ version: 4 }).chain((id) => fc.constantFrom(id, id.toUpperCase())),
  timestamp,
  action: fc.constantFrom(...ACTIONS),
  categories: fc.record({ technical: fc.constant(true as const), statistical: fc.boolean(), marketing: fc.boolean(), personalised: fc.boolean() }),
  revision: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(0, 1_000_000)),
  locale: fc.constantFrom(...LOCALES),
  bannerVersion: fc.stringMatching(/^v?[0-9]{1,3}(\.[0-9]{1,3}){0,2}([-+][0-9A-Za-z.+-]{1,12})?$/).filter((version) => version.length <= 32),
  textHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  variant: fc.option(fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/), { nil: null }),
  source: fc.constantFrom(...SOURCES),
  gpc: fc.boolean(),
  pageUrl,
  device: fc.constantFrom(...DEVICES),
} satisfies { [Field in keyof ConsentRecordBody]: fc.Arbitrary<ConsentRecordBody[Field]> };

export const validRecordArb: fc.Arbitrary<ConsentRecordBody> = fc.record(VALID_FIELDS);

export const validImpressionArb: fc.Arbitrary<ImpressionBody> = fc.record({
  timestamp: VALID_FIELDS.timestamp,
  locale: VALID_FIELDS.locale,
  revision: VALID_FIELDS.revision,
  variant: VALID_FIELDS.variant,
  device: VALID_FIELDS.device,
  bannerVersion: VALID_FIELDS.bannerVersion,
  textHash: VALID_FIELDS.textHash,
  pageUrl: VALID_FIELDS.pageUrl,
});

/** Valid for some field, so often valid for none: a locale as variant, a UUID as page URL. */
const someFieldsValue = fc.oneof(...Object.values(VALID_FIELDS)).map((json): Value => ({ json }));

// ---- mutations ----------------------------------------------------------------------------------

type Edit =
  | { kind: 'set'; path: string[]; value: Value }
  | { kind: 'delete'; path: string[] }
  | { kind: 'extra'; path: string[]; value: Value };

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'ip', 'userAgent', 'technical', 'toString', '', '\u0000', 'consentId'),
  nastyString,
);

function editsOf(fields: readonly string[]): fc.Arbitrary<Edit> {
  const path = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fields).map((field) => [field]) },
    { weight: 1, arbitrary: fc.constantFrom('technical', 'statistical', 'marketing', 'personalised', 'functional').map((category) => ['categories', category]) },
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), path, value: hostileValue }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('set' as const), path, value: someFieldsValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), path: fc.tuple(extraKey), value: hostileValue }) },
  );
}

/** How the (edited) object travels: as itself, or wrapped in something the collector must refuse. */
const WRAPPINGS = ['plain', 'plain', 'plain', 'plain', 'array', 'envelope', 'string', 'bom', 'trailing', 'padded', 'duplicate-key'] as const;
type Wrapping = (typeof WRAPPINGS)[number];

// A placeholder no generated string will contain by chance.
const RAW_MARK = 'samtykke-fuzz-raw-';

/** Serialises the edited object; raw values replace their placeholder strings after stringify. */
function bodyText(base: object, edits: readonly Edit[], wrapping: Wrapping): string {
  const object: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  const raws: string[] = [];
  const encode = (value: Value): unknown => {
    if ('json' in value) return value.json;
    raws.push(value.raw);
    return `${RAW_MARK}${raws.length - 1}`;
  };
  for (const edit of edits) {
    const parentPath = edit.path.slice(0, -1);
    const key = edit.path.at(-1)!;
    let parent: unknown = object;
    for (const segment of parentPath) parent = (parent as Record<string, unknown> | null)?.[segment];
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) continue;
    const target = parent as Record<string, unknown>;
    // defineProperty, so that "__proto__" becomes an own key (and reaches the wire) like any other.
    if (edit.kind === 'delete') delete target[key];
    else Object.defineProperty(target, key, { value: encode(edit.value), enumerable: true, configurable: true, writable: true });
  }
  let text = JSON.stringify(object);
  text = text.replace(new RegExp(`"${RAW_MARK}(\\d+)"`, 'g'), (_match, index: string) => raws[Number(index)]!);
  switch (wrapping) {
    case 'array':
      return `[${text}]`;
    case 'envelope':
      return `{"record":${text}}`;
    case 'string':
      return JSON.stringify(text);
    case 'bom':
      return `\ufeff${text}`;
    case 'trailing':
      return `${text}}`;
    case 'padded':
      return ` \n\t${text}\r\n `;
    case 'duplicate-key':
      return text.replace(/^\{/, '{"revision":"3",');
    default:
      return text;
  }
}

/** A valid body with up to three fields broken, removed or added, and sometimes wrapped. */
export function mutated<T extends object>(valid: fc.Arbitrary<T>, fields: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(valid, fc.array(editsOf(fields), { maxLength: 3 }), fc.constantFrom(...WRAPPINGS))
    .map(([base, edits, wrapping]) => bodyText(base, edits, wrapping));
}

export const RECORD_FIELDS = Object.keys(VALID_FIELDS);
export const IMPRESSION_FIELDS = ['timestamp', 'locale', 'revision', 'variant', 'device', 'bannerVersion', 'textHash', 'pageUrl'];

// ---- content types ------------------------------------------------------------------------------

/** Header values the collector may see: the SDK's two, their spellings, wrong ones, garbage. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('application/json', 'text/plain;charset=UTF-8') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/json; charset=utf-8',
      'Application/JSON',
      'TEXT/PLAIN; CHARSET=UTF-8',
      'application/json;charset="utf-8"',
      'application/json; charset=utf-16le',
      'text/plain; charset=iso-8859-1',
      ' application/json ',
      'application/json;;;=',
      'application/json, text/plain',
      'application/vnd.api+json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----samtykke',
      'application/octet-stream',
      'text/html',
      'text/',
      '*/*',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
);

/** Only what Node's own HTTP client agrees to send (visible ASCII, space and tab). */
export const wireContentType: fc.Arbitrary<string | undefined> = contentType.map((value) =>
  value === undefined ? undefined : value.replace(/[^\t\x20-\x7e]/g, '').trim(),
);

// ---- whole bodies ----------------------------------------------------------------------------

/** Any JSON value, serialised, including the ones fast-check's fc.json writes with odd spacing. */
export const randomJsonText = fc.oneof(fc.json({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'undefined'));

/** A valid body cut off at any byte, sometimes in the middle of a multi-byte character. */
export function truncated<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<Buffer> {
  return fc
    .tuple(valid, nastyString, fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([base, extra, share]) => {
      const bytes = Buffer.from(JSON.stringify({ ...base, note: extra }));
      return bytes.subarray(0, Math.floor(bytes.length * share));
    });
}

export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc.uint8Array({ minLength: 512, maxLength: 20_000 }).map((bytes) => Buffer.from(bytes)),
  // Bytes after a plausible start, so the parser gets some way in before it fails.
  fc.tuple(fc.constantFrom('{', '{"consentId":"', '["', '{"categories":{"technical":'), fc.uint8Array({ maxLength: 256 })).map(([start, bytes]) =>
    Buffer.concat([Buffer.from(start), Buffer.from(bytes)]),
  ),
);

// ---- query strings ------------------------------------------------------------------------------

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

const dayValue = fc.oneof(
  { weight: 6, arbitrary: day('1970-01-01', '2200-12-31').map(isoDay) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0000-01-01', '0000-01-10', '1969-12-31', '9999-12-31', '9999-12-15', '9999-11-30', '9998-12-31',
      '2024-02-29', '2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-11-00', '2026-1-1', '26-11-01',
      '+002026-01-01', '-000001-01-01', '2026-11-01T00:00:00Z', '2026-11-01 ', 'today', 'null', '',
    ),
  },
  { weight: 1, arbitrary: nastyString },
);

const groupByValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GROUP_BY) },
  { weight: 1, arbitrary: fc.constantFrom('DAY', 'country', '', '__proto__', 'constructor', 'toString', 'day;DROP TABLE daily_aggregates') },
  { weight: 1, arbitrary: nastyString },
);

/** A query parameter, encoded properly or with broken percent-escapes and separators. */
function encodedPair(key: string, value: string, raw: boolean): string {
  if (!raw) return `${encodeURIComponentLoosely(key)}=${encodeURIComponentLoosely(value)}`;
  // Raw: printable ASCII as is (stray %, &, =, + included), the rest escaped so the request line stays valid.
  const keep = (text: string) => text.replace(/[^\x21-\x22\x24-\x7e]/gu, encodeURIComponentLoosely);
  return `${keep(key)}=${keep(value)}`;
}

const brokenEscapes = fc.constantFrom('%', '%Z', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%C0%80', '%00', '%FF', '&&', '==', '+', ';');

const queryPair = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('from', 'to'), dayValue) },
  { weight: 3, arbitrary: fc.tuple(fc.constant('groupBy'), groupByValue) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(extraKey, fc.constantFrom('from[]', 'to[0]', 'groupBy[]', 'from.x')), nastyString) },
);

/** `from` and `to` a few days apart, mostly in order, so that many queries reach the database. */
const nearbyRange = fc
  .tuple(
    // Mostly ordinary days, sometimes near the ends of four-digit years, where date arithmetic breaks.
    fc.oneof({ weight: 4, arbitrary: day('1970-01-01', '2200-12-31') }, { weight: 1, arbitrary: day('0000-01-01', '0002-12-31') }, { weight: 1, arbitrary: day('9997-01-01', '9999-12-31') }),
    fc.integer({ min: -5, max: 800 }),
  )
  .map(([from, span]) => [['from', isoDay(from)], ['to', isoDay(new Date(from.getTime() + span * 86_400_000))]] as Array<[string, string]>);

/** A short range ending on or just before the last or the first day that has a four-digit year. */
const edgeRange = fc
  .tuple(fc.constantFrom('9999-12-31', '0000-01-31'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 }))
  .map(([edge, back, span]) => {
    const to = new Date(Date.parse(`${edge}T00:00:00.000Z`) - back * 86_400_000);
    return [['from', isoDay(new Date(to.getTime() - span * 86_400_000))], ['to', isoDay(to)]] as Array<[string, string]>;
  });

export const queryString: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: nearbyRange }, { weight: 1, arbitrary: edgeRange }, { weight: 2, arbitrary: fc.constant([] as Array<[string, string]>) }),
    fc.array(queryPair, { maxLength: 4 }),
    fc.boolean(),
    fc.option(brokenEscapes, { nil: '' }),
  )
  .map(([range, pairs, raw, broken]) => {
    const encoded = [...range, ...pairs].map(([key, value]) => encodedPair(key, value, raw));
    const text = encoded.join('&') + broken;
    return text ? `?${text}` : '';
  });

/** The path segment of a proof look-up: UUIDs, near-UUIDs, injections, overlong and broken escapes. */
export const proofSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: VALID_FIELDS.consentId },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.uuid({ version: 4 }).map((id) => id.replaceAll('-', '')) },
  { weight: 3, arbitrary: nastyString.map(encodeURIComponentLoosely) },
  { weight: 1, arbitrary: fc.integer({ min: 37, max: 5000 }).map((length) => 'a'.repeat(length)) },
  { weight: 1, arbitrary: fc.tuple(fc.uuid({ version: 4 }), brokenEscapes).map(([id, broken]) => id + broken) },
  { weight: 1, arbitrary: fc.constantFrom('', '..', '%2e%2e', '%2F', '..%2F..%2Fetc%2Fpasswd', "' OR 1=1 --", '<script>', 'null', '00000000-0000-4000-8000-000000000000') },
);

/** encodeURIComponent that leaves lone surrogates escaped as their (invalid) UTF-8 bytes instead of throwing. */
function encodeURIComponentLoosely(text: string): string {
  return [...text].map((character) => {
    const code = character.charCodeAt(0);
    return code >= 0xd800 && code <= 0xdfff && character.length === 1 ? `%ED%${(0xa0 + ((code >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 + (code & 0x3f)).toString(16).toUpperCase()}` : encodeURIComponent(character);
  }).join('');
}

// ---- malformed HTTP -----------------------------------------------------------------------------

const headerBytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes));

/**
 * A request head that Node's HTTP parser refuses or has to think about: a broken request line,
 * control bytes in a header, an oversized header, contradictory lengths, a bad chunked body.
 */
export const malformedRequest: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.constantFrom('POST /api/v1/consents HTTP/1.1', 'POST /api/v1/impressions HTTP/1.1', 'GET /api/v1/stats HTTP/1.1', 'P0ST /api/v1/consents HTTP/1.1', 'POST /api/v1/consents HTTP/9.9', 'POST  HTTP/1.1', 'POST /api/v1/consents', 'GET /\u0000 HTTP/1.1', 'POST http://[::1 HTTP/1.1'),
    fc.oneof(
      headerBytes.map((bytes) => Buffer.concat([Buffer.from('X-Fuzz: '), bytes])),
      headerBytes.map((bytes) => Buffer.concat([bytes, Buffer.from(': value')])),
      fc.integer({ min: 17 * 1024, max: 40 * 1024 }).map((length) => Buffer.from(`X-Large: ${'a'.repeat(length)}`)),
      fc.constantFrom(
        'Content-Length: abc',
        'Content-Length: -1',
        'Content-Length: 5\r\nContent-Length: 6',
        'Content-Length: 99999999999999999999',
        'Transfer-Encoding: chunked\r\nContent-Length: 3',
        'Transfer-Encoding: gzip, chunked, identity',
        'Transfer-Encoding: chunked',
        'Host: a\r\nHost: b',
        ' folded: header',
        'Content-Type: application/json\r\nOrigin: https://www.example.dk\r\nContent-Length: 2',
      ).map((text) => Buffer.from(text)),
    ),
    fc.constantFrom('', '{}', 'zz\r\n{}\r\n0\r\n\r\n', '2\r\n{}\r\n0\r\n\r\n', '{"consentId":'),
  )
  .map(([line, header, body]) => Buffer.concat([Buffer.from(`${line}\r\nHost: 127.0.0.1\r\n`), header, Buffer.from(`\r\nConnection: close\r\n\r\n${body}`)]));
