import type { FastifyInstance } from 'fastify';
import type { AuditDataCategory } from '../../../shared/audit.js';
import { idSchema } from '../../../shared/fields.js';
import { ForbiddenError, NotFoundError } from '../http/errors.js';
import type { AuditLog } from './audit-log.js';

/**
 * Declared on every route that touches a client's data, next to its access rule. Refused access to
 * such a route (403 from the role rule or a policy, 404 "not found or not yours") is logged here, in
 * one place, so that no service has to remember it. Successful reads and changes are logged by the
 * service, which alone knows which clients' data it showed or changed.
 */
export interface RouteAudit {
  dataCategory: AuditDataCategory;
  /** The route parameter that names the record concerned, when that is not the client. */
  objectParam?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: RouteAudit;
  }
}

/** Logs refusals on audited routes, requires client routes to be audited, and flushes on close. */
export function installAudit(app: FastifyInstance, auditLog: AuditLog): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && route.url.includes(':clientId') && route.config?.audit === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} concerns a client's data but declares no audit rule`);
    }
  });

  // onError runs before the error handler answers, so the refusal is on disk before the 403/404 leaves.
  app.addHook('onError', async (request, _reply, error) => {
    const audit = request.routeOptions.config.audit;
    if (audit === undefined || request.actor === null) return; // anonymous requests stop at 401
    if (!(error instanceof ForbiddenError || error instanceof NotFoundError)) return;
    // Parameters of a request refused before validation are raw text: only ids are recorded.
    const params = (request.params ?? {}) as Record<string, unknown>;
    const asId = (value: unknown) => (idSchema.safeParse(value).success ? (value as string) : null);
    try {
      await auditLog.record(request.actor, [
        {
          action: 'access_refused',
          outcome: 'refused',
          dataCategory: audit.dataCategory,
          clientId: asId(params.clientId),
          objectId: audit.objectParam === undefined ? null : asId(params[audit.objectParam]),
        },
      ]);
    } catch (auditError) {
      // The request is refused either way and nothing was served; the operator must hear of it.
      request.log.error({ err: auditError, correlationId: request.id }, 'audit_refusal_not_recorded');
    }
  });

  app.addHook('onClose', () => auditLog.close());
}
