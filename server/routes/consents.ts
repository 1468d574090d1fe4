import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DocumentedSchema } from '../openapi.js';
import type { OriginPolicy } from '../origin-policy.js';
import { consentRecordSchema, errorSchema, type ConsentRecordBody } from '../schemas.js';
import type { GroupCommit } from '../store/group-commit.js';

const schema = {
  summary: 'Store one consent decision',
  description: 'Answers 201 only once the record is committed. text/plain is accepted so that sendBeacon needs no CORS preflight.',
  tags: ['ingest'],
  consumes: ['application/json', 'text/plain'],
  body: consentRecordSchema,
  response: {
    201: {
      type: 'object',
      required: ['ok', 'receivedAt'],
      properties: { ok: { type: 'boolean', const: true }, receivedAt: { type: 'string', format: 'date-time' } },
    },
    '4xx': errorSchema,
    '5xx': errorSchema,
  },
} satisfies DocumentedSchema;

export function registerConsentRoute(app: FastifyInstance, deps: { commit: GroupCommit; origins: OriginPolicy; now: () => Date }): void {
  app.post('/api/v1/consents', { schema, onRequest: deps.origins.requireAllowedOrigin }, async (request: FastifyRequest<{ Body: ConsentRecordBody }>, reply) => {
    // The server's clock, not the client's, is what the proof relies on.
    const receivedAt = deps.now().toISOString();
    await deps.commit.addRecord({ record: request.body, receivedAt });
    return reply.code(201).send({ ok: true, receivedAt });
  });
}
