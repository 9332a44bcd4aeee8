import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientIdParamsSchema } from '../../../shared/clients.js';
import {
  acceptInvitationBodySchema,
  acceptInvitationResultSchema,
  clientInvitationsSchema,
  completePasswordResetBodySchema,
  declineInvitationResultSchema,
  inspectInvitationBodySchema,
  invitationSchema,
  passwordResetRequestBodySchema,
  passwordResetRequestedSchema,
  professionalInvitationParamsSchema,
  relativeInvitationParamsSchema,
  sentInvitationSchema,
} from '../../../shared/invitations.js';
import { requireActor } from '../../platform/access/route-access.js';
import { setSessionCookie } from '../../platform/auth/session-cookie.js';
import { sessionCookieName } from '../../platform/auth/session-token.js';
import { MailUnavailableError } from '../../platform/mail/mailer.js';
import { registeringRoles, teamCareRoles } from '../clients/index.js';
import type { InvitationsService } from './invitations.service.js';

export function invitationsRoutes(service: InvitationsService): FastifyPluginAsyncZod {
  return async (app) => {
    // A reset mail may still be on its way when the app closes.
    app.addHook('onClose', () => service.settle());

    app.get(
      '/api/clients/:clientId/invitations',
      {
        config: { access: { roles: [...teamCareRoles, 'client'] }, audit: { dataCategory: 'invitation' } },
        schema: {
          tags: ['invitations'],
          summary: 'Who of the client and their relatives can sign in, and whom you may invite',
          params: clientIdParamsSchema,
          response: { 200: clientInvitationsSchema },
        },
      },
      (request) => service.clientInvitations(requireActor(request), request.params.clientId),
    );

    app.post(
      '/api/clients/:clientId/invitation',
      {
        config: { access: { roles: registeringRoles }, audit: { dataCategory: 'invitation' } },
        schema: {
          tags: ['invitations'],
          summary: 'Invite the client to set up their account (a new link replaces an earlier one)',
          params: clientIdParamsSchema,
          response: { 201: sentInvitationSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.inviteClient(requireActor(request), request.params.clientId)),
    );

    app.post(
      '/api/clients/:clientId/relatives/:relativeId/invitation',
      {
        config: {
          access: { roles: [...teamCareRoles, 'client'] },
          audit: { dataCategory: 'invitation', objectParam: 'relativeId' },
        },
        schema: {
          tags: ['invitations'],
          summary: "Invite a relative to Regie: the client's decision, or their coordinator's when the client handed it over",
          params: relativeInvitationParamsSchema,
          response: { 201: sentInvitationSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.inviteRelative(requireActor(request), request.params.clientId, request.params.relativeId)),
    );

    app.post(
      '/api/professionals/:professionalId/invitation',
      {
        config: { access: { roles: ['admin'] }, audit: { dataCategory: 'invitation', objectParam: 'professionalId' } },
        schema: {
          tags: ['invitations'],
          summary: 'Invite a professional of your organisation to set up their account',
          params: professionalInvitationParamsSchema,
          response: { 201: sentInvitationSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.inviteProfessional(requireActor(request), request.params.professionalId)),
    );

    app.post(
      '/api/invitations/inspect',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['invitations'],
          summary: 'Who an invitation link is for (the token from the link, which is never in a URL)',
          body: inspectInvitationBodySchema,
          response: { 200: invitationSchema },
        },
      },
      (request) => service.inspect(request.body.token),
    );

    app.post(
      '/api/invitations/accept',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['invitations'],
          summary: 'Choose a password with an invitation link; sets the session cookie and says what comes next',
          body: acceptInvitationBodySchema,
          response: { 200: acceptInvitationResultSchema },
        },
      },
      async (request, reply) => {
        const { session, result } = await service.accept(request.body, request.cookies[sessionCookieName]);
        setSessionCookie(reply, session);
        return result;
      },
    );

    app.post(
      '/api/invitations/decline',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['invitations'],
          summary: 'Say no to joining a resource group with an invitation link; uses the link up',
          body: inspectInvitationBodySchema,
          response: { 200: declineInvitationResultSchema },
        },
      },
      (request) => service.decline(request.body.token),
    );

    app.post(
      '/api/auth/password-reset',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['invitations'],
          summary: 'Ask for a password-reset link; the same answer whether or not the address has an account',
          body: passwordResetRequestBodySchema,
          response: { 202: passwordResetRequestedSchema },
        },
      },
      async (request, reply) => {
        const { done } = await service.requestPasswordReset(request.body.email);
        // The answer does not wait for the mail: its timing would tell which addresses have an account.
        done.catch((error: unknown) => {
          // A mail failure's own text may quote the address: only its code is logged.
          if (error instanceof MailUnavailableError)
            request.log.error({ reason: error.reason, correlationId: request.id }, 'password_reset_not_sent');
          else request.log.error({ err: error, correlationId: request.id }, 'password_reset_not_sent');
        });
        return reply.status(202).send({ status: 'requested' as const });
      },
    );

    app.post(
      '/api/auth/password-reset/complete',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['invitations'],
          summary: 'Choose a new password with a reset link; ends every session of the account and does not sign in',
          body: completePasswordResetBodySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.completePasswordReset(request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
