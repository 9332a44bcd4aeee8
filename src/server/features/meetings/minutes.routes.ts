import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  meetingParamsSchema,
  minutesBodySchema,
  minutesSchema,
  startEvaluationBodySchema,
  startEvaluationSchema,
} from '../../../shared/meetings.js';
import { requireActor } from '../../platform/access/route-access.js';
import { access, meetingAudit } from './meetings.routes.js';
import type { MeetingsServices } from './meetings.services.js';

// Admitted as the meetings' own routes are: the service decides who sees the draft, who writes it,
// who approves it.

export function minutesRoutes(services: MeetingsServices): FastifyPluginAsyncZod {
  const { minutes } = services;
  return async (app) => {
    const base = '/api/clients/:clientId/meetings/:meetingId';
    const tags = ['meetings'];

    app.get(
      `${base}/minutes`,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary:
            "A meeting's minutes: the draft for the client, chair, minute-taker and coordinator; once approved, for everyone who sees the meetings",
          params: meetingParamsSchema,
          response: { 200: minutesSchema },
        },
      },
      (request) => minutes.read(requireActor(request), request.params.clientId, request.params.meetingId),
    );

    app.put(
      `${base}/minutes`,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary:
            'Save the whole draft (items sent get their text, scores and agreements are replaced); from the start of the meeting until it is approved (409)',
          params: meetingParamsSchema,
          body: minutesBodySchema,
          response: { 200: minutesSchema },
        },
      },
      (request) => minutes.save(requireActor(request), request.params.clientId, request.params.meetingId, request.body),
    );

    app.post(
      `${base}/minutes/approve`,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary: 'Approve the minutes: their scores and agreements go into the plan, and the group can read them',
          params: meetingParamsSchema,
          response: { 200: minutesSchema },
        },
      },
      (request) => minutes.approve(requireActor(request), request.params.clientId, request.params.meetingId),
    );

    app.put(
      `${base}/start-evaluation`,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary: 'Record the evaluation of the start meeting once it was held (client and coordinator); ticks start_evaluated',
          params: meetingParamsSchema,
          body: startEvaluationBodySchema,
          response: { 200: startEvaluationSchema },
        },
      },
      (request) =>
        minutes.saveStartEvaluation(requireActor(request), request.params.clientId, request.params.meetingId, request.body),
    );
  };
}
