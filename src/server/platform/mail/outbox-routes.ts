import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxSchema, outboxStatusSchema } from '../../../shared/invitations.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../http/errors.js';
import type { Mailer } from './mailer.js';
import { listOutbox } from './outbox.js';

/**
 * The outbox for demo users, who have no mailbox: public, like the demo itself, and only there when
 * mail is not sent (no SMTP server; never in production, which requires one).
 */
export function outboxRoutes(db: Db, mailer: Mailer): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/outbox/status',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['platform'],
          summary: 'Is mail kept in the outbox rather than sent?',
          response: { 200: outboxStatusSchema },
        },
      },
      () => ({ enabled: mailer.transport === 'outbox' }),
    );

    app.get(
      '/api/outbox',
      {
        config: { access: { public: true } },
        schema: { tags: ['platform'], summary: 'The newest mail in the outbox (demo only)', response: { 200: outboxSchema } },
      },
      async () => {
        if (mailer.transport !== 'outbox') throw new NotFoundError('There is no outbox: Regie sends its mail.');
        return { messages: await listOutbox(db) };
      },
    );
  };
}
