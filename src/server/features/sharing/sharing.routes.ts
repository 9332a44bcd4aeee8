import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientIdParamsSchema, relativeIdParamsSchema } from '../../../shared/clients.js';
import {
  delegationsSchema,
  relativeSharingSchema,
  sharedWithMeSchema,
  sharingOverviewSchema,
  updateDelegationsBodySchema,
  updateSharingBodySchema,
} from '../../../shared/sharing.js';
import { requireActor } from '../../platform/access/route-access.js';
import { teamCareRoles } from '../clients/index.js';
import type { SharingService } from './sharing.service.js';

// The client's team is admitted to the changes too, so that an outsider meets the same "not found"
// as on every other route of this client, and the team a plain 403: consent is the client's.
const clientAndTeam = [...teamCareRoles, 'client'] as const;

export function sharingRoutes(service: SharingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/clients/:clientId/sharing',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'sharing' } },
        schema: {
          tags: ['sharing'],
          summary: 'What each relative of the client sees, per kind of data',
          params: clientIdParamsSchema,
          response: { 200: sharingOverviewSchema },
        },
      },
      (request) => service.overview(requireActor(request), request.params.clientId),
    );

    app.put(
      '/api/clients/:clientId/sharing/:relativeId',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'sharing', objectParam: 'relativeId' } },
        schema: {
          tags: ['sharing'],
          summary: 'The client shares one kind of data with one relative, or stops sharing it',
          params: relativeIdParamsSchema,
          body: updateSharingBodySchema,
          response: { 200: relativeSharingSchema },
        },
      },
      (request) => service.update(requireActor(request), request.params.clientId, request.params.relativeId, request.body),
    );

    app.get(
      '/api/clients/:clientId/delegations',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'delegations' } },
        schema: {
          tags: ['sharing'],
          summary: 'The tasks the client lets their coordinator do for them',
          params: clientIdParamsSchema,
          response: { 200: delegationsSchema },
        },
      },
      (request) => service.delegations(requireActor(request), request.params.clientId),
    );

    app.put(
      '/api/clients/:clientId/delegations',
      {
        config: { access: { roles: clientAndTeam }, audit: { dataCategory: 'delegations' } },
        schema: {
          tags: ['sharing'],
          summary: 'The client chooses the tasks their coordinator may do for them',
          params: clientIdParamsSchema,
          body: updateDelegationsBodySchema,
          response: { 200: delegationsSchema },
        },
      },
      (request) => service.updateDelegations(requireActor(request), request.params.clientId, request.body),
    );

    app.get(
      '/api/clients/:clientId/shared-with-me',
      {
        config: { access: { roles: ['relative'] }, audit: { dataCategory: 'sharing' } },
        schema: {
          tags: ['sharing'],
          summary: 'What the client shares with you, their relative',
          params: clientIdParamsSchema,
          response: { 200: sharedWithMeSchema },
        },
      },
      (request) => service.sharedWithMe(requireActor(request), request.params.clientId),
    );
  };
}
