import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDatabaseReachable, type Db } from '../db/database.js';

const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['reachable', 'unreachable']) });

/** For load balancers and monitoring: 200 when Regie can serve, 503 when its database is gone. */
export function healthRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: { public: true } },
        schema: { tags: ['platform'], summary: 'Is Regie able to serve?', response: { 200: healthSchema, 503: healthSchema } },
      },
      async (_request, reply) => {
        if (await isDatabaseReachable(db)) return { status: 'ok' as const, database: 'reachable' as const };
        return reply.status(503).send({ status: 'unavailable', database: 'unreachable' });
      },
    );
  };
}
