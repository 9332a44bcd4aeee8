import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clientIdParamsSchema,
  clientListSchema,
  clientSchema,
  createClientBodySchema,
  createRelativeBodySchema,
  endRelativeBodySchema,
  relativeIdParamsSchema,
  relativeSchema,
} from '../../../shared/clients.js';
import { requireActor } from '../../platform/access/route-access.js';
import { registeringRoles, teamCareRoles } from './clients.policy.js';
import type { ClientsService } from './clients.service.js';

export function clientsRoutes(service: ClientsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/clients',
      {
        config: { access: { roles: teamCareRoles }, audit: { dataCategory: 'client' } },
        schema: { tags: ['clients'], summary: "Clients of your team", response: { 200: clientListSchema } },
      },
      (request) => service.list(requireActor(request)),
    );

    app.post(
      '/api/clients',
      {
        config: { access: { roles: registeringRoles }, audit: { dataCategory: 'client' } },
        schema: { tags: ['clients'], summary: 'Register a client in your team', body: createClientBodySchema, response: { 201: clientSchema } },
      },
      async (request, reply) => reply.status(201).send(await service.create(requireActor(request), request.body)),
    );

    app.get(
      '/api/clients/:clientId',
      {
        config: { access: { roles: [...teamCareRoles, 'client'] }, audit: { dataCategory: 'client' } },
        schema: { tags: ['clients'], summary: 'One client', params: clientIdParamsSchema, response: { 200: clientSchema } },
      },
      (request) => service.get(requireActor(request), request.params.clientId),
    );

    app.get(
      '/api/clients/:clientId/relatives',
      {
        config: { access: { roles: [...teamCareRoles, 'client'] }, audit: { dataCategory: 'relatives' } },
        schema: {
          tags: ['clients'],
          summary: "The client's relatives",
          params: clientIdParamsSchema,
          response: { 200: z.object({ relatives: z.array(relativeSchema) }) },
        },
      },
      async (request) => ({ relatives: await service.listRelatives(requireActor(request), request.params.clientId) }),
    );

    app.post(
      '/api/clients/:clientId/relatives',
      {
        config: { access: { roles: [...registeringRoles, 'client'] }, audit: { dataCategory: 'relatives' } },
        schema: {
          tags: ['clients'],
          summary: 'Add a relative of the client',
          params: clientIdParamsSchema,
          body: createRelativeBodySchema,
          response: { 201: relativeSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addRelative(requireActor(request), request.params.clientId, request.body)),
    );

    app.post(
      '/api/clients/:clientId/relatives/:relativeId/end',
      {
        config: { access: { roles: [...registeringRoles, 'client'] }, audit: { dataCategory: 'relatives', objectParam: 'relativeId' } },
        schema: {
          tags: ['clients'],
          summary: "End a relative's place: from their next request on they see nothing of the client",
          params: relativeIdParamsSchema,
          body: endRelativeBodySchema,
          response: { 200: relativeSchema },
        },
      },
      (request) => service.endRelative(requireActor(request), request.params.clientId, request.params.relativeId, request.body),
    );
  };
}
