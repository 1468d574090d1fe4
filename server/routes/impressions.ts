import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DocumentedSchema } from '../openapi.js';
import type { OriginPolicy } from '../origin-policy.js';
import { errorSchema, impressionSchema, type ImpressionBody } from '../schemas.js';
import type { GroupCommit } from '../store/group-commit.js';

const schema = {
  summary: 'Count one showing of the banner',
  description: 'Impressions are only counted (per day, locale, device, variant and revision); the body itself is not kept.',
  tags: ['ingest'],
  consumes: ['application/json', 'text/plain'],
  body: impressionSchema,
  response: { 204: { type: 'null' }, '4xx': errorSchema, '5xx': errorSchema },
} satisfies DocumentedSchema;

export function registerImpressionRoute(app: FastifyInstance, deps: { commit: GroupCommit; origins: OriginPolicy; now: () => Date }): void {
  app.post('/api/v1/impressions', { schema, onRequest: deps.origins.requireAllowedOrigin }, async (request: FastifyRequest<{ Body: ImpressionBody }>, reply) => {
    await deps.commit.addImpression({ impression: request.body, receivedAt: deps.now().toISOString() });
    return reply.code(204).send();
  });
}
