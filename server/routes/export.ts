import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csvRow, type CsvValue } from '../csv.js';
import { dayOf } from '../dates.js';
import { resolveDayRange } from '../day-range.js';
import type { DocumentedSchema } from '../openapi.js';
import { errorSchema, isoDateSchema } from '../schemas.js';
import type { ConsentStore, DayRange, ExportPage, ReceivedRecord } from '../store/types.js';

const schema = {
  summary: 'Raw consent records received within a range of UTC days, as CSV',
  description: 'Streamed in pages, in order of receipt. Cells starting with = + - @ are prefixed with a single quote.',
  tags: ['admin'],
  security: [{ bearerAuth: [] }],
  produces: 'text/csv',
  querystring: { type: 'object', properties: { from: isoDateSchema, to: isoDateSchema } },
  response: { 200: { type: 'string' }, '4xx': errorSchema, '5xx': errorSchema },
} satisfies DocumentedSchema;

// Rows fetched per query: small enough to keep memory flat, large enough to amortise the round trip.
const PAGE_SIZE = 1000;

const COLUMNS: ReadonlyArray<[header: string, value: (row: ReceivedRecord) => CsvValue]> = [
  ['receivedAt', (row) => row.receivedAt],
  ['consentId', (row) => row.record.consentId],
  ['timestamp', (row) => row.record.timestamp],
  ['action', (row) => row.record.action],
  ['technical', (row) => row.record.categories.technical],
  ['statistical', (row) => row.record.categories.statistical],
  ['marketing', (row) => row.record.categories.marketing],
  ['personalised', (row) => row.record.categories.personalised],
  ['revision', (row) => row.record.revision],
  ['locale', (row) => row.record.locale],
  ['bannerVersion', (row) => row.record.bannerVersion],
  ['textHash', (row) => row.record.textHash],
  ['variant', (row) => row.record.variant],
  ['source', (row) => row.record.source],
  ['gpc', (row) => row.record.gpc],
  ['pageUrl', (row) => row.record.pageUrl],
  ['device', (row) => row.record.device],
];

async function* csvChunks(store: ConsentStore, range: DayRange, firstPage: ExportPage): AsyncGenerator<string> {
  yield csvRow(COLUMNS.map(([header]) => header));
  let page = firstPage;
  for (;;) {
    if (page.rows.length > 0) yield page.rows.map((row) => csvRow(COLUMNS.map(([, value]) => value(row)))).join('');
    if (!page.cursor) return;
    page = await store.exportPage(range, page.cursor, PAGE_SIZE);
  }
}

export function registerExportRoute(app: FastifyInstance, deps: { store: ConsentStore; now: () => Date; maxRangeDays: number }): void {
  app.get('/api/v1/export.csv', { schema }, async (request: FastifyRequest<{ Querystring: { from?: string; to?: string } }>, reply) => {
    const range = resolveDayRange(request.query, dayOf(deps.now()), deps.maxRangeDays);
    // The first page is read before answering, so a database failure is still a clean 503; a failure
    // later can only cut the stream short.
    const firstPage = await deps.store.exportPage(range, null, PAGE_SIZE);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="samtykke-consents-${range.from}-${range.to}.csv"`)
      .send(Readable.from(csvChunks(deps.store, range, firstPage)));
  });
}
