import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createProfessionalBodySchema,
  createTeamBodySchema,
  organisationOverviewSchema,
  professionalSchema,
  teamSchema,
} from '../../../shared/organisations.js';
import { professionalRoles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { OrganisationsService } from './organisations.service.js';

export function organisationsRoutes(service: OrganisationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisation',
      {
        config: { access: { roles: professionalRoles } },
        schema: { tags: ['organisations'], summary: 'Your organisation and its teams', response: { 200: organisationOverviewSchema } },
      },
      (request) => service.overview(requireActor(request)),
    );

    app.post(
      '/api/teams',
      {
        config: { access: { roles: ['admin'] } },
        schema: { tags: ['organisations'], summary: 'Add a team to your organisation', body: createTeamBodySchema, response: { 201: teamSchema } },
      },
      async (request, reply) => reply.status(201).send(await service.createTeam(requireActor(request), request.body)),
    );

    app.get(
      '/api/professionals',
      {
        config: { access: { roles: ['admin', 'team_lead'] } },
        schema: {
          tags: ['organisations'],
          summary: 'Professionals of your organisation (admin) or team (team lead)',
          response: { 200: z.object({ professionals: z.array(professionalSchema) }) },
        },
      },
      async (request) => ({ professionals: await service.listProfessionals(requireActor(request)) }),
    );

    app.post(
      '/api/professionals',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          tags: ['organisations'],
          summary: 'Register a professional in your organisation',
          body: createProfessionalBodySchema,
          response: { 201: professionalSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.createProfessional(requireActor(request), request.body)),
    );
  };
}
