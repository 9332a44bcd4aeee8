import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  evaluationsParamsSchema,
  evaluationTrendSchema,
  roundParamsSchema,
  roundResultsSchema,
} from '../../../shared/evaluations.js';
import { clientCircleRoles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { ResultsService } from './results.service.js';

// Everyone around a client is let through to the service, so that an outsider meets the same "not
// found" as on every other route of the client; the service decides the rest: the client and the
// group's members read results (a relative as the client shares them), the team not in the group 403.
const access = { roles: clientCircleRoles };

export function resultsRoutes(results: ResultsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['evaluations'];

    app.get(
      '/api/clients/:clientId/evaluations/trend',
      {
        config: { access, audit: { dataCategory: 'evaluations' } },
        schema: {
          tags,
          summary: "The group's closed evaluation rounds, oldest first: means per theme by respondent type and overall",
          params: evaluationsParamsSchema,
          response: { 200: evaluationTrendSchema },
        },
      },
      (request) => results.trend(requireActor(request), request.params.clientId),
    );

    app.get(
      '/api/clients/:clientId/evaluations/:roundId/results',
      {
        config: { access, audit: { dataCategory: 'evaluations', objectParam: 'roundId' } },
        schema: {
          tags,
          summary:
            'A closed round’s results per theme and respondent type, and its open remarks; a type with one respondent only with their consent (409 round_open while open)',
          params: roundParamsSchema,
          response: { 200: roundResultsSchema },
        },
      },
      (request) => results.results(requireActor(request), request.params.clientId, request.params.roundId),
    );
  };
}
