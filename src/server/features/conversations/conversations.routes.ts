import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientIdParamsSchema } from '../../../shared/clients.js';
import {
  conversationOverviewSchema,
  conversationParamsSchema,
  conversationSchema,
  conversationSharingBodySchema,
  myConversationSchema,
  myConversationSharingBodySchema,
  recordConversationBodySchema,
} from '../../../shared/conversations.js';
import { requireActor } from '../../platform/access/route-access.js';
import { teamCareRoles } from '../clients/index.js';
import type { ConversationsService } from './conversations.service.js';

// The client's whole team is let through to the service, so that an outsider meets the same "not
// found" as on every other route of this client, and the team a plain 403 where the records are
// not theirs to read or write. Relatives have routes of their own: their own record only.
const clientAndTeam = [...teamCareRoles, 'client'] as const;

export function conversationsRoutes(service: ConversationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/clients/:clientId/conversations',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'conversation' } },
        schema: {
          tags: ['conversations'],
          summary: "The group's members owed an in-depth conversation, with the records the caller may read",
          params: clientIdParamsSchema,
          response: { 200: conversationOverviewSchema },
        },
      },
      (request) => service.overview(requireActor(request), request.params.clientId),
    );

    app.put(
      '/api/clients/:clientId/conversations/:memberId',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'conversation', objectParam: 'memberId' } },
        schema: {
          tags: ['conversations'],
          summary: "The coordinator records a member's in-depth conversation: the date and the themes",
          params: conversationParamsSchema,
          body: recordConversationBodySchema,
          response: { 200: conversationSchema },
        },
      },
      (request) => service.record(requireActor(request), request.params.clientId, request.params.memberId, request.body),
    );

    app.put(
      '/api/clients/:clientId/conversations/:memberId/sharing',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'conversation', objectParam: 'memberId' } },
        schema: {
          tags: ['conversations'],
          summary: 'The coordinator asks the member to share the record with the client, or records their answer',
          params: conversationParamsSchema,
          body: conversationSharingBodySchema,
          response: { 200: conversationSchema },
        },
      },
      (request) => service.setSharing(requireActor(request), request.params.clientId, request.params.memberId, request.body),
    );

    app.get(
      '/api/clients/:clientId/my-conversation',
      {
        config: { access: { roles: ['relative'] }, audit: { dataCategory: 'conversation' } },
        schema: {
          tags: ['conversations'],
          summary: 'Your own in-depth conversation record, once the coordinator asked to share it with the client',
          params: clientIdParamsSchema,
          response: { 200: myConversationSchema },
        },
      },
      (request) => service.mine(requireActor(request), request.params.clientId),
    );

    app.put(
      '/api/clients/:clientId/my-conversation/sharing',
      {
        config: { access: { roles: ['relative'] }, audit: { dataCategory: 'conversation' } },
        schema: {
          tags: ['conversations'],
          summary: 'You answer whether the client may read your in-depth conversation record',
          params: clientIdParamsSchema,
          body: myConversationSharingBodySchema,
          response: { 200: myConversationSchema },
        },
      },
      (request) => service.answerMine(requireActor(request), request.params.clientId, request.body),
    );
  };
}
