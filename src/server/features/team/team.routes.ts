import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  caseloadSchema,
  qualityActionBodySchema,
  qualityActionListSchema,
  qualityActionParamsSchema,
  qualityActionSchema,
  teamFiguresSchema,
  teamParamsSchema,
} from '../../../shared/team.js';
import { requireActor } from '../../platform/access/route-access.js';
import { caseloadRoles, teamFigureRoles } from './team.policy.js';
import type { TeamServices } from './team.services.js';

// The caseload shows clients, so a refusal is logged like any refused read of client data. The
// team's figures and quality actions hold no client's data: a route rule and the team check in the
// service, like the organisation's own routes.
const caseloadAccess = { roles: caseloadRoles };
const teamAccess = { roles: teamFigureRoles };

export function teamRoutes(services: TeamServices): FastifyPluginAsyncZod {
  const { caseload, figures, qualityActions } = services;
  return async (app) => {
    const tags = ['team'];
    const team = '/api/teams/:teamId';

    app.get(
      '/api/caseload',
      {
        config: { access: caseloadAccess, audit: { dataCategory: 'client' } },
        schema: {
          tags,
          summary:
            "Your clients (a team lead: the team's), each with their group's phase, members, rhythm, open agreements and last evaluation round",
          response: { 200: caseloadSchema },
        },
      },
      (request) => caseload.caseload(requireActor(request)),
    );

    app.get(
      `${team}/figures`,
      {
        config: { access: teamAccess },
        schema: {
          tags,
          summary:
            "Your team's figures: groups per phase, group size, informal members, meeting rhythm and evaluation averages (never a person's answers or one group's round)",
          params: teamParamsSchema,
          response: { 200: teamFiguresSchema },
        },
      },
      (request) => figures.figures(requireActor(request), request.params.teamId),
    );

    // A file, not JSON: no response schema; the download is logged as an export.
    app.get(
      `${team}/figures.csv`,
      {
        config: { access: teamAccess },
        schema: {
          tags,
          summary: "Your team's figures as a CSV file (UTF-8, comma-separated, a section per figure) for a statistics package",
          params: teamParamsSchema,
        },
      },
      async (request, reply) => {
        const { csv, fileName } = await figures.csv(requireActor(request), request.params.teamId);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );

    app.get(
      `${team}/quality-actions`,
      {
        config: { access: teamAccess },
        schema: {
          tags,
          summary: "Your team's improvement actions, newest first, with who may own one",
          params: teamParamsSchema,
          response: { 200: qualityActionListSchema },
        },
      },
      (request) => qualityActions.list(requireActor(request), request.params.teamId),
    );

    app.post(
      `${team}/quality-actions`,
      {
        config: { access: teamAccess },
        schema: {
          tags,
          summary: 'Record an improvement action (422 when its owner is not a professional of the team)',
          params: teamParamsSchema,
          body: qualityActionBodySchema,
          response: { 201: qualityActionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await qualityActions.create(requireActor(request), request.params.teamId, request.body)),
    );

    app.put(
      `${team}/quality-actions/:actionId`,
      {
        config: { access: teamAccess },
        schema: {
          tags,
          summary: 'Change an improvement action whole: its plan, who does it by when, what the check showed, the decision',
          params: qualityActionParamsSchema,
          body: qualityActionBodySchema,
          response: { 200: qualityActionSchema },
        },
      },
      (request) => qualityActions.update(requireActor(request), request.params.teamId, request.params.actionId, request.body),
    );
  };
}
