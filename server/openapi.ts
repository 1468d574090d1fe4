import type { FastifySchema, RouteOptions } from 'fastify';
import { BODY_LIMIT_BYTES } from './schemas.js';

/** The route schema keys this file reads besides Fastify's own. */
export interface DocumentedSchema extends FastifySchema {
  summary?: string;
  description?: string;
  tags?: string[];
  /** Admin routes: `[{ bearerAuth: [] }]`. */
  security?: Array<Record<string, string[]>>;
  /** Content types the body is accepted as. @default ['application/json'] */
  consumes?: string[];
  /** Content type of the 2xx answer. @default 'application/json' */
  produces?: string;
  /** Leave the route out of the document (preflight catch-all, static files). */
  hide?: boolean;
}

interface CollectedRoute {
  method: string;
  url: string;
  schema: DocumentedSchema;
}

/**
 * Builds the OpenAPI 3.1 document from the schemas the routes are validated with, so the document
 * cannot drift from the behaviour. Register `collect` as an onRoute hook before the routes.
 */
export class OpenApiCollector {
  readonly #routes: CollectedRoute[] = [];
  #document: object | null = null;

  constructor(private readonly info: { title: string; version: string }) {}

  readonly collect = (route: RouteOptions): void => {
    const schema = route.schema as DocumentedSchema | undefined;
    if (!schema || schema.hide) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      this.#routes.push({ method: method.toLowerCase(), url: route.url, schema });
    }
  };

  document(): object {
    this.#document ??= this.#build();
    return this.#document;
  }

  #build(): object {
    const paths: Record<string, Record<string, object>> = {};
    for (const route of this.#routes) {
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      paths[path] ??= {};
      paths[path][route.method] = operation(route.schema);
    }
    return {
      openapi: '3.1.0',
      info: {
        ...this.info,
        description: `Samtykke consent collector. Request bodies are limited to ${BODY_LIMIT_BYTES} bytes.`,
      },
      paths,
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'SAMTYKKE_ADMIN_TOKEN' } },
      },
    };
  }
}

function operation(schema: DocumentedSchema): object {
  const parameters = [
    ...parametersOf(schema.params, 'path'),
    ...parametersOf(schema.querystring, 'query'),
  ];
  const responses: Record<string, object> = {};
  for (const [status, body] of Object.entries(schema.response ?? {})) {
    const isError = Number(status) >= 400;
    const type = isError ? 'application/json' : (schema.produces ?? 'application/json');
    const description = isError ? 'error' : 'success';
    // OpenAPI spells status ranges 4XX; Fastify accepts 4xx.
    responses[status.toUpperCase()] = isTypeless(body) ? { description } : { description, content: { [type]: { schema: body } } };
  }
  return {
    ...(schema.summary ? { summary: schema.summary } : {}),
    ...(schema.description ? { description: schema.description } : {}),
    ...(schema.tags ? { tags: schema.tags } : {}),
    ...(schema.security ? { security: schema.security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(schema.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries((schema.consumes ?? ['application/json']).map((type) => [type, { schema: schema.body }])),
          },
        }
      : {}),
    responses,
  };
}

function parametersOf(schema: unknown, location: 'path' | 'query'): object[] {
  if (typeof schema !== 'object' || schema === null || !('properties' in schema)) return [];
  const properties = schema.properties as Record<string, object>;
  const required = 'required' in schema && Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.includes(name),
    schema: property,
  }));
}

/** `{ type: 'null' }` marks a body-less answer such as 204. */
function isTypeless(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'type' in body && body.type === 'null';
}
