import type { FastifyInstance, FastifyRequest } from 'fastify';
import { dayOf } from '../dates.js';
import { resolveDayRange } from '../day-range.js';
import type { DocumentedSchema } from '../openapi.js';
import { errorSchema, isoDateSchema } from '../schemas.js';
import { buildStats } from '../stats.js';
import type { ConsentStore } from '../store/types.js';
import { ACTIONS, GROUP_BY, REFUSABLE_CATEGORIES, type GroupBy } from '../vocabulary.js';

const count = { type: 'integer', minimum: 0 } as const;
const ratio = { type: 'number', minimum: 0 } as const;

const figuresProperties = {
  impressions: count,
  decisions: count,
  interactionRate: ratio,
  actions: {
    type: 'object',
    required: [...ACTIONS],
    properties: Object.fromEntries(ACTIONS.map((action) => [action, count])),
  },
  categories: {
    type: 'object',
    required: [...REFUSABLE_CATEGORIES],
    properties: Object.fromEntries(
      REFUSABLE_CATEGORIES.map((category) => [
        category,
        { type: 'object', required: ['granted', 'rate'], properties: { granted: count, rate: ratio } },
      ]),
    ),
  },
} as const;

const figuresRequired = ['impressions', 'decisions', 'interactionRate', 'actions', 'categories'];

const schema = {
  summary: 'Consent statistics for a range of UTC days',
  description: 'Reads the daily aggregates only. Rates have three decimals; rate = granted ÷ decisions; interactionRate = decisions ÷ impressions.',
  tags: ['admin'],
  security: [{ bearerAuth: [] }],
  querystring: {
    type: 'object',
    properties: {
      from: isoDateSchema,
      to: isoDateSchema,
      groupBy: { type: 'string', enum: GROUP_BY },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['from', 'to', ...figuresRequired],
      properties: {
        from: { type: 'string' },
        to: { type: 'string' },
        ...figuresProperties,
        groups: {
          type: 'array',
          items: {
            type: 'object',
            required: ['key', ...figuresRequired],
            properties: { key: { type: ['string', 'integer', 'null'] }, ...figuresProperties },
          },
        },
      },
    },
    '4xx': errorSchema,
    '5xx': errorSchema,
  },
} satisfies DocumentedSchema;

interface StatsQuery {
  from?: string;
  to?: string;
  groupBy?: GroupBy;
}

export function registerStatsRoute(app: FastifyInstance, deps: { store: ConsentStore; now: () => Date; maxRangeDays: number }): void {
  app.get('/api/v1/stats', { schema }, async (request: FastifyRequest<{ Querystring: StatsQuery }>) => {
    const range = resolveDayRange(request.query, dayOf(deps.now()), deps.maxRangeDays);
    const groupBy = request.query.groupBy ?? null;
    return buildStats(range, await deps.store.sumAggregates(range, groupBy), groupBy);
  });
}
