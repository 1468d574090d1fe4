import type { FastifyInstance } from 'fastify';
import type { DocumentedSchema, OpenApiCollector } from '../openapi.js';

// Hidden: the document describes the API, not itself.
const schema: DocumentedSchema = { hide: true };

export function registerOpenApiRoute(app: FastifyInstance, deps: { openApi: OpenApiCollector }): void {
  app.get('/api/v1/openapi.json', { schema }, async () => deps.openApi.document());
}
