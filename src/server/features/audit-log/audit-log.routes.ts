import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema, professionalIdParamsSchema } from '../../../shared/audit.js';
import { clientIdParamsSchema } from '../../../shared/clients.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { AuditLogService } from './audit-log.service.js';

export function auditLogRoutes(service: AuditLogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/clients/:clientId/audit',
      {
        config: { access: { roles: ['client'] }, audit: { dataCategory: 'audit_log' } },
        schema: {
          tags: ['audit log'],
          summary: 'Who looked at or changed my data, newest first (for the client themself)',
          params: clientIdParamsSchema,
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      (request) => service.forClient(requireActor(request), request.params.clientId, request.query),
    );

    app.get(
      '/api/professionals/:professionalId/audit',
      {
        config: { access: { roles: ['admin'] }, audit: { dataCategory: 'audit_log', objectParam: 'professionalId' } },
        schema: {
          tags: ['audit log'],
          summary: 'What a professional of your organisation did with client data, newest first',
          params: professionalIdParamsSchema,
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      (request) => service.forProfessional(requireActor(request), request.params.professionalId, request.query),
    );
  };
}
