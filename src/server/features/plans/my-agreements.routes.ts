import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementSchema,
  agreementStatusBodySchema,
  goalLimitsBodySchema,
  goalLimitsSchema,
  myAgreementParamsSchema,
  myAgreementsSchema,
} from '../../../shared/plans.js';
import type { Role } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { PlansServices } from './plans.services.js';

// Everyone who can be in a resource group: the client, relatives, and the professionals of a team.
// Researchers and admins are never members.
const members: readonly Role[] = ['client', 'relative', 'coordinator', 'clinician', 'professional', 'team_lead'];

/** The plan's routes that are not about one client: one's own agreements, and the organisation's limits. */
export function myAgreementsRoutes(services: PlansServices): FastifyPluginAsyncZod {
  const { myAgreements, goalLimits } = services;
  return async (app) => {
    app.get(
      '/api/my-agreements',
      {
        config: { access: { roles: members }, audit: { dataCategory: 'plan' } },
        schema: {
          tags: ['plans'],
          summary: "Your own working agreements in every group you take part in (a client: all of their group's)",
          response: { 200: myAgreementsSchema },
        },
      },
      (request) => myAgreements.list(requireActor(request)),
    );

    app.put(
      '/api/my-agreements/:agreementId/status',
      {
        config: { access: { roles: members }, audit: { dataCategory: 'plan', objectParam: 'agreementId' } },
        schema: {
          tags: ['plans'],
          summary: 'Mark your own agreement done, or open again (anyone else: 404)',
          params: myAgreementParamsSchema,
          body: agreementStatusBodySchema,
          response: { 200: agreementSchema },
        },
      },
      (request) => myAgreements.setStatus(requireActor(request), request.params.agreementId, request.body),
    );

    app.get(
      '/api/organisation/goal-limits',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          tags: ['plans'],
          summary: "How many long- and short-term goals your organisation's plans hold at most",
          response: { 200: goalLimitsSchema },
        },
      },
      (request) => goalLimits.limits(requireActor(request)),
    );

    app.put(
      '/api/organisation/goal-limits',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          tags: ['plans'],
          summary: "Set your organisation's goal limits, 1 to 10 each (the method's 2 and 3 keep the method's)",
          body: goalLimitsBodySchema,
          response: { 200: goalLimitsSchema },
        },
      },
      (request) => goalLimits.setLimits(requireActor(request), request.body),
    );
  };
}
