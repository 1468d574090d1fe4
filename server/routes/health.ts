import type { FastifyInstance } from 'fastify';
import type { DocumentedSchema } from '../openapi.js';
import { errorSchema } from '../schemas.js';
import type { ConsentStore } from '../store/types.js';

const schema = {
  summary: 'Liveness and database check, for load balancers; open and not rate limited',
  tags: ['operations'],
  response: {
    200: {
      type: 'object',
      required: ['ok', 'store'],
      properties: { ok: { type: 'boolean' }, store: { type: 'string', enum: ['sqlite', 'postgres'] } },
    },
    '5xx': errorSchema,
  },
} satisfies DocumentedSchema;

export function registerHealthRoute(app: FastifyInstance, deps: { store: ConsentStore }): void {
  app.get('/healthz', { schema, config: { rateLimit: false } }, async () => {
    // A failing ping throws StorageError, which the error handler answers with 503.
    await deps.store.ping();
    return { ok: true, store: deps.store.dialect };
  });
}
