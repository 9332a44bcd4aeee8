import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginBodySchema, meSchema, updateMeBodySchema } from '../../../shared/accounts.js';
import { roles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import { AuditUnavailableError } from '../../platform/audit/audit-log.js';
import { sessionCookieName } from '../../platform/auth/session-token.js';
import type { AccountsService } from './accounts.service.js';

const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const;

export function accountsRoutes(service: AccountsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: { public: true } },
        schema: { tags: ['accounts'], summary: 'Sign in; sets the session cookie', body: loginBodySchema, response: { 200: meSchema } },
      },
      async (request, reply) => {
        const { token, expiresAt, me } = await service.login(request.body);
        // The old session (if any) is ended, so that a session id is never carried across a sign-in.
        const previous = request.cookies[sessionCookieName];
        if (previous) await service.logout(previous);
        reply.setCookie(sessionCookieName, token, { ...cookieOptions, expires: expiresAt });
        return me;
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { access: { public: true } }, schema: { tags: ['accounts'], summary: 'Sign out; ends the session on the server', response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[sessionCookieName];
        try {
          if (token) await service.logout(token, request.actor);
        } catch (error) {
          // The session has ended; only its audit row is missing. Say so to the operator, not the person.
          if (!(error instanceof AuditUnavailableError)) throw error;
          request.log.error({ err: error, correlationId: request.id }, 'audit_sign_out_not_recorded');
        }
        reply.clearCookie(sessionCookieName, cookieOptions);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/me',
      { config: { access: { roles } }, schema: { tags: ['accounts'], summary: 'The signed-in person', response: { 200: meSchema } } },
      (request) => service.me(requireActor(request)),
    );

    app.patch(
      '/api/me',
      {
        config: { access: { roles } },
        schema: { tags: ['accounts'], summary: 'Remember the preferred language', body: updateMeBodySchema, response: { 200: meSchema } },
      },
      (request) => service.setLocale(requireActor(request), request.body.locale),
    );
  };
}
