import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/roles.js';
import { sessionCookieName } from '../auth/session-token.js';
import type { SessionStage, SessionStore } from '../auth/sessions.js';
import { currentContext, runWithContext, type Actor } from '../context.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../http/errors.js';

/**
 * Who may call a route, declared on the route itself. `public` is for the few routes that serve
 * people who are not signed in; everything else names the roles it admits. The record-level check
 * ("is this client yours?") follows in the service and answers 404.
 *
 * `stages` names the sign-in stages a route serves, `['active']` when left out: a session that has
 * passed the password but not the second factor (or, for a professional, has no second factor yet)
 * is nobody on every other route, not even a public one.
 */
export type RouteAccess = { public: true } | { roles: readonly Role[]; stages?: readonly SessionStage[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The stage of the caller's session when the route admits that stage (and so `actor` is set). */
    sessionStage: SessionStage | null;
    /** The hash of the caller's session id, alongside `actor`. */
    sessionIdHash: string | null;
  }
  interface FastifyInstance {
    /** Every API route as "METHOD /api/path", in the order registered: the access matrix test walks them. */
    apiRoutes: readonly string[];
  }
}

/** Default deny: registering an API route without an access rule stops the app from starting. */
export function installRouteAccess(app: FastifyInstance, sessions: SessionStore): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionStage', null);
  app.decorateRequest('sessionIdHash', null);
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    if (route.config?.access === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    }
    // HEAD routes are Fastify's automatic twins of GET routes.
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push(`${method} ${route.url}`);
  });

  app.addHook('onRequest', (request, _reply, done) => {
    runWithContext({ requestId: request.id, actor: null, networkAddress: request.ip }, done);
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // not an API route (static files, not-found)
    const token = request.cookies[sessionCookieName];
    const admitted: readonly SessionStage[] = 'public' in access ? ['active'] : (access.stages ?? ['active']);
    if (token) {
      const session = await sessions.resolveSession(token);
      if (session && admitted.includes(session.stage)) {
        request.actor = session.actor;
        request.sessionStage = session.stage;
        request.sessionIdHash = session.idHash;
        const context = currentContext();
        if (context) context.actor = request.actor;
      }
    }
    if ('public' in access) return;
    if (!request.actor) throw new UnauthenticatedError();
    if (!access.roles.includes(request.actor.role)) {
      // A client or relative knows which clients are theirs; another client's record is, to them,
      // not there at all (404), whatever the route. Their own client's record behind a route their
      // role may not use is a plain "not allowed" (403).
      if (isAnotherClientsRecord(request.actor, (request.params as Record<string, unknown> | undefined)?.clientId)) {
        throw new NotFoundError();
      }
      throw new ForbiddenError();
    }
  });
}

function isAnotherClientsRecord(actor: Actor, clientId: unknown): boolean {
  if (typeof clientId !== 'string') return false;
  if (actor.role === 'client') return actor.clientId !== clientId;
  if (actor.role === 'relative') return !actor.relativeOfClientIds.includes(clientId);
  return false;
}

/** The signed-in actor; routes that are not public can rely on it being there. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}
