import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  confirmSecondFactorBodySchema,
  loginBodySchema,
  loginResultSchema,
  meSchema,
  passwordChangedSchema,
  recoveryCodesSchema,
  secondFactorBodySchema,
  secondFactorEnrolmentSchema,
  updateMeBodySchema,
} from '../../../shared/accounts.js';
import { professionalIdParamsSchema } from '../../../shared/audit.js';
import { roles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import { AuditUnavailableError } from '../../platform/audit/audit-log.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session-cookie.js';
import { sessionCookieName } from '../../platform/auth/session-token.js';
import { UnauthenticatedError } from '../../platform/http/errors.js';
import type { AccountsService } from './accounts.service.js';
import { SecondFactorAttemptsUsedError } from './sign-in.service.js';

/** The caller's session; routes that admit a stage other than `active` use it. */
function ownSession(request: FastifyRequest) {
  const actor = requireActor(request);
  if (request.sessionStage === null || request.sessionIdHash === null) throw new UnauthenticatedError();
  return { actor, stage: request.sessionStage, idHash: request.sessionIdHash };
}

export function accountsRoutes(service: AccountsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with email address and password; sets the session cookie and says what comes next',
          body: loginBodySchema,
          response: { 200: loginResultSchema },
        },
      },
      async (request, reply) => {
        const { session, result } = await service.login(request.body, request.ip);
        // The old session (if any) is ended, so that a session id is never carried across a sign-in.
        const previous = request.cookies[sessionCookieName];
        if (previous) await service.logout(previous);
        setSessionCookie(reply, session);
        return result;
      },
    );

    app.post(
      '/api/auth/second-factor',
      {
        config: { access: { roles, stages: ['second_factor'] } },
        schema: {
          tags: ['accounts'],
          summary: 'The second step of signing in: the code from the authenticator app, or a recovery code',
          body: secondFactorBodySchema,
          response: { 200: meSchema },
        },
      },
      async (request, reply) => {
        const pending = ownSession(request);
        try {
          const { session, me } = await service.secondFactor(pending, request.body.code, request.ip);
          setSessionCookie(reply, session);
          return me;
        } catch (error) {
          if (error instanceof SecondFactorAttemptsUsedError) clearSessionCookie(reply);
          throw error;
        }
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
        clearSessionCookie(reply);
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

    app.post(
      '/api/me/second-factor',
      {
        config: { access: { roles, stages: ['active', 'enrolment'] } },
        schema: {
          tags: ['accounts'],
          summary: 'Start setting up an authenticator app (when none is set up yet): its secret and QR code',
          response: { 200: secondFactorEnrolmentSchema },
        },
      },
      (request) => service.startSecondFactor(ownSession(request)),
    );

    app.post(
      '/api/me/second-factor/confirm',
      {
        config: { access: { roles, stages: ['active', 'enrolment'] } },
        schema: {
          tags: ['accounts'],
          summary: 'Confirm the authenticator app with its first code; answers the recovery codes, this once',
          body: confirmSecondFactorBodySchema,
          response: { 200: recoveryCodesSchema },
        },
      },
      async (request, reply) => {
        const { session, ...answer } = await service.confirmSecondFactor(ownSession(request), request.body.code);
        if (session !== null) setSessionCookie(reply, session);
        return answer;
      },
    );

    app.post(
      '/api/me/recovery-codes',
      {
        config: { access: { roles } },
        schema: { tags: ['accounts'], summary: 'A new set of recovery codes; the old ones stop working', response: { 200: recoveryCodesSchema } },
      },
      (request) => service.renewRecoveryCodes(requireActor(request)),
    );

    app.post(
      '/api/me/password',
      {
        config: { access: { roles } },
        schema: {
          tags: ['accounts'],
          summary: 'Change your password; signs you out on every other device',
          body: changePasswordBodySchema,
          response: { 200: passwordChangedSchema },
        },
      },
      (request) => service.changePassword(ownSession(request), request.body, request.ip),
    );

    app.post(
      '/api/professionals/:professionalId/sessions/end',
      {
        config: { access: { roles: ['admin'] }, audit: { dataCategory: 'session', objectParam: 'professionalId' } },
        schema: {
          tags: ['accounts'],
          summary: 'Sign a professional of your organisation out on every device',
          params: professionalIdParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.endSessionsOfProfessional(requireActor(request), request.params.professionalId);
        return reply.status(204).send(null);
      },
    );
  };
}
