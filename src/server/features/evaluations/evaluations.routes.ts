import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  evaluationListSchema,
  evaluationsParamsSchema,
  myEvaluationsSchema,
  openRoundBodySchema,
  questionnaireSchema,
  responseBodySchema,
  roundParamsSchema,
  roundSummarySchema,
} from '../../../shared/evaluations.js';
import { clientCircleRoles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { EvaluationsServices } from './evaluations.services.js';

// The client, their team and relatives are admitted to every route about a client's evaluation
// rounds, so that an outsider meets the same "not found" as on every other route of this client,
// and the service decides the rest: who sees the rounds (a relative as the client shares them: not
// shared, "not found"); who opens and closes them (the client and the coordinator; anyone else who
// sees them 403); who answers (those asked; anyone else 403).
const access = { roles: clientCircleRoles };

const evaluationsAudit = { dataCategory: 'evaluations' } as const;
/** The audit of a route about one round: the evaluations of its client, the round as the object. */
const roundAudit = { dataCategory: 'evaluations', objectParam: 'roundId' } as const;

export function evaluationsRoutes(services: EvaluationsServices): FastifyPluginAsyncZod {
  const { rounds, myEvaluations } = services;
  return async (app) => {
    const base = '/api/clients/:clientId/evaluations';
    const one = `${base}/:roundId`;
    const tags = ['evaluations'];

    app.get(
      base,
      {
        config: { access, audit: evaluationsAudit },
        schema: {
          tags,
          summary:
            "The group's evaluation rounds, newest first: progress (who answered for client and coordinator), and what the caller may do",
          params: evaluationsParamsSchema,
          response: { 200: evaluationListSchema },
        },
      },
      (request) => rounds.list(requireActor(request), request.params.clientId),
    );

    app.post(
      base,
      {
        config: { access, audit: evaluationsAudit },
        schema: {
          tags,
          summary:
            'Open a round: the client and every active member are asked, each on the instrument of their type, and mailed (a member without an account a personal link at their network-map address) (409 round_open, phase; 422 closesOn, meetingId)',
          params: evaluationsParamsSchema,
          body: openRoundBodySchema,
          response: { 201: roundSummarySchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await rounds.open(requireActor(request), request.params.clientId, request.body)),
    );

    app.get(
      one,
      {
        config: { access, audit: roundAudit },
        schema: {
          tags,
          summary: 'One round: its progress, the caller’s own place in it, and whether its results are ready for the caller',
          params: roundParamsSchema,
          response: { 200: roundSummarySchema },
        },
      },
      (request) => rounds.view(requireActor(request), request.params.clientId, request.params.roundId),
    );

    app.post(
      `${one}/close`,
      {
        config: { access, audit: roundAudit },
        schema: {
          tags,
          summary: 'Close an open round before its last day (the client or the coordinator; 409 round_closed)',
          params: roundParamsSchema,
          response: { 200: roundSummarySchema },
        },
      },
      (request) => rounds.close(requireActor(request), request.params.clientId, request.params.roundId),
    );

    app.get(
      `${one}/questionnaire`,
      {
        config: { access, audit: roundAudit },
        schema: {
          tags,
          summary: 'The caller’s own questionnaire in the round, in their language (403 for anyone not asked)',
          params: roundParamsSchema,
          response: { 200: questionnaireSchema },
        },
      },
      (request) => rounds.questionnaire(requireActor(request), request.params.clientId, request.params.roundId),
    );

    app.put(
      `${one}/response`,
      {
        config: { access, audit: roundAudit },
        schema: {
          tags,
          summary:
            'The caller’s response, whole and final, while the round is open (409 already_answered, round_closed; 422 per item); the last answer closes the round',
          params: roundParamsSchema,
          body: responseBodySchema,
          response: { 200: roundSummarySchema },
        },
      },
      (request) => rounds.respond(requireActor(request), request.params.clientId, request.params.roundId, request.body),
    );

    app.get(
      '/api/my-evaluations',
      {
        config: { access, audit: evaluationsAudit },
        schema: {
          tags,
          summary: 'The questionnaires waiting for you in open rounds, across your groups, soonest closing first',
          response: { 200: myEvaluationsSchema },
        },
      },
      (request) => myEvaluations.mine(requireActor(request)),
    );
  };
}
