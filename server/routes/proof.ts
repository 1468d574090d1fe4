import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ERROR_CODES, HttpError } from '../errors.js';
import type { DocumentedSchema } from '../openapi.js';
import { errorSchema, storedRecordSchema, uuidV4Schema } from '../schemas.js';
import type { ConsentStore } from '../store/types.js';

const schema = {
  summary: 'Every record of one consent id, oldest first: the proof of a decision and its changes',
  tags: ['admin'],
  security: [{ bearerAuth: [] }],
  params: { type: 'object', required: ['consentId'], properties: { consentId: uuidV4Schema } },
  response: {
    200: {
      type: 'object',
      required: ['consentId', 'records'],
      properties: { consentId: { type: 'string' }, records: { type: 'array', items: storedRecordSchema } },
    },
    '4xx': errorSchema,
    '5xx': errorSchema,
  },
} satisfies DocumentedSchema;

export function registerProofRoute(app: FastifyInstance, deps: { store: ConsentStore }): void {
  app.get('/api/v1/consents/:consentId', { schema }, async (request: FastifyRequest<{ Params: { consentId: string } }>) => {
    const consentId = request.params.consentId.toLowerCase();
    const history = await deps.store.history(consentId);
    if (history.length === 0) throw new HttpError(404, ERROR_CODES.notFound, `no records for consent id ${consentId}`);
    return { consentId, records: history.map(({ record, receivedAt }) => ({ ...record, receivedAt })) };
  });
}
