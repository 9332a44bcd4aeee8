import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adoptionBodySchema,
  adoptionSchema,
  agreementBodySchema,
  agreementParamsSchema,
  agreementSchema,
  goalBodySchema,
  goalParamsSchema,
  goalSchema,
  planParamsSchema,
  planPdfQuerySchema,
  planSchema,
  progressBodySchema,
  signalPlanBodySchema,
  signalPlanViewSchema,
  versionListSchema,
  versionParamsSchema,
  versionSchema,
} from '../../../shared/plans.js';
import { clientCircleRoles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { PlansServices } from './plans.services.js';

// The client, their team and relatives are admitted to every route, so that an outsider meets the
// same "not found" as on every other route of this client, and the service decides the rest: what a
// relative reads is the client's sharing (not shared: "not found"); a change is the client's, or
// their coordinator's for them (anyone else who reads the plan: 403).
const access = { roles: clientCircleRoles };

const plan = { dataCategory: 'plan' } as const;
const goal = { dataCategory: 'plan', objectParam: 'goalId' } as const;
const agreement = { dataCategory: 'plan', objectParam: 'agreementId' } as const;
const signalPlan = { dataCategory: 'signal_plan' } as const;

export function plansRoutes(services: PlansServices): FastifyPluginAsyncZod {
  const { plans, goals, agreements, versions, exports } = services;
  return async (app) => {
    const base = '/api/clients/:clientId/plan';
    const tags = ['plans'];

    app.get(
      base,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary: "The client's plan: goals with their trend, working agreements, limits, and what the caller may do",
          params: planParamsSchema,
          response: { 200: planSchema },
        },
      },
      (request) => plans.plan(requireActor(request), request.params.clientId),
    );

    app.post(
      `${base}/goals`,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary: 'Add a recovery goal (409 goal_limit_reached when the plan holds as many open goals of its horizon as it may)',
          params: planParamsSchema,
          body: goalBodySchema,
          response: { 201: goalSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await goals.add(requireActor(request), request.params.clientId, request.body)),
    );

    app.put(
      `${base}/goals/:goalId`,
      {
        config: { access, audit: goal },
        schema: {
          tags,
          summary: 'Change a goal whole (what is left out is cleared; a status left out stays)',
          params: goalParamsSchema,
          body: goalBodySchema,
          response: { 200: goalSchema },
        },
      },
      (request) => goals.change(requireActor(request), request.params.clientId, request.params.goalId, request.body),
    );

    app.post(
      `${base}/goals/:goalId/progress`,
      {
        config: { access, audit: goal },
        schema: {
          tags,
          summary: 'Record a progress score (0 to 10) of a goal on a day that has been',
          params: goalParamsSchema,
          body: progressBodySchema,
          response: { 201: goalSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await goals.recordProgress(requireActor(request), request.params.clientId, request.params.goalId, request.body)),
    );

    app.post(
      `${base}/agreements`,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary: 'Add a working agreement, done by the client (memberId null) or an active member',
          params: planParamsSchema,
          body: agreementBodySchema,
          response: { 201: agreementSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await agreements.add(requireActor(request), request.params.clientId, request.body)),
    );

    app.put(
      `${base}/agreements/:agreementId`,
      {
        config: { access, audit: agreement },
        schema: {
          tags,
          summary: 'Change a working agreement whole (cancel it rather than remove it)',
          params: agreementParamsSchema,
          body: agreementBodySchema,
          response: { 200: agreementSchema },
        },
      },
      (request) => agreements.change(requireActor(request), request.params.clientId, request.params.agreementId, request.body),
    );

    app.get(
      '/api/clients/:clientId/signal-plan',
      {
        config: { access, audit: signalPlan },
        schema: {
          tags,
          summary: "The client's signalling plan (null until it is started)",
          params: planParamsSchema,
          response: { 200: signalPlanViewSchema },
        },
      },
      (request) => services.signalPlan.view(requireActor(request), request.params.clientId),
    );

    app.put(
      '/api/clients/:clientId/signal-plan',
      {
        config: { access, audit: signalPlan },
        schema: {
          tags,
          summary: 'Save the whole signalling plan (a phase without an id is new)',
          params: planParamsSchema,
          body: signalPlanBodySchema,
          response: { 200: signalPlanViewSchema },
        },
      },
      (request) => services.signalPlan.save(requireActor(request), request.params.clientId, request.body),
    );

    app.get(
      `${base}/versions`,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary: "The plan's versions, newest first, with who made each change and for whom",
          params: planParamsSchema,
          response: { 200: versionListSchema },
        },
      },
      (request) => versions.list(requireActor(request), request.params.clientId),
    );

    app.get(
      `${base}/versions/:version`,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary: 'One version of the plan whole, as it was after its change',
          params: versionParamsSchema,
          response: { 200: versionSchema },
        },
      },
      (request) => versions.one(requireActor(request), request.params.clientId, request.params.version),
    );

    app.post(
      `${base}/adoptions`,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary:
            'Mark the current version as agreed at the meeting of meetingOn, linked to meetingId or to the only meeting held that day (409 nothing_to_adopt while empty; 422 for a meeting that does not fit)',
          params: planParamsSchema,
          body: adoptionBodySchema,
          response: { 201: adoptionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await versions.adopt(requireActor(request), request.params.clientId, request.body)),
    );

    // A file, not JSON: no response schema; the audit logs the download as an export.
    app.get(
      `${base}/pdf`,
      {
        config: { access, audit: plan },
        schema: {
          tags,
          summary: 'The plan or the signalling plan as a PDF (part=plan|signal_plan, lang=nl|en), to download',
          params: planParamsSchema,
          querystring: planPdfQuerySchema,
        },
      },
      async (request, reply) => {
        const { pdf, disposition } = await exports.pdf(requireActor(request), request.params.clientId, request.query);
        return reply
          .type('application/pdf')
          .header('content-disposition', disposition)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
  };
}
