import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  meetingAttentionSchema,
  meetingBodySchema,
  meetingDraftQuerySchema,
  meetingDraftSchema,
  meetingListSchema,
  meetingParamsSchema,
  meetingSchema,
  meetingsParamsSchema,
  myMeetingsSchema,
  replyBodySchema,
  rhythmBodySchema,
  rhythmSchema,
} from '../../../shared/meetings.js';
import { clientCircleRoles } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { MeetingsServices } from './meetings.services.js';

// The client, their team and relatives are admitted to every route about a client's meetings and
// their minutes, so that an outsider meets the same "not found" as on every other route of this
// client, and the service decides the rest: who sees the meetings is the client's sharing (not
// shared: "not found"); who plans them is the client, or their coordinator for them (anyone else who
// sees them: 403).
export const access = { roles: clientCircleRoles };

const meetingsAudit = { dataCategory: 'meetings' } as const;
/** The audit of a route about one meeting: the meetings of its client, the meeting as the object. */
export const meetingAudit = { dataCategory: 'meetings', objectParam: 'meetingId' } as const;

export function meetingsRoutes(services: MeetingsServices): FastifyPluginAsyncZod {
  const { meetings, rhythm, myMeetings } = services;
  return async (app) => {
    const base = '/api/clients/:clientId/meetings';
    const one = `${base}/:meetingId`;
    const tags = ['meetings'];

    app.get(
      base,
      {
        config: { access, audit: meetingsAudit },
        schema: {
          tags,
          summary: "The group's meetings, newest first, with its rhythm and whether the caller plans them",
          params: meetingsParamsSchema,
          response: { 200: meetingListSchema },
        },
      },
      (request) => meetings.list(requireActor(request), request.params.clientId),
    );

    app.get(
      `${base}/draft`,
      {
        config: { access, audit: meetingsAudit },
        schema: {
          tags,
          summary:
            'What Regie proposes for a new meeting of a kind: the agenda template, a chair, a minute-taker (for whoever plans)',
          params: meetingsParamsSchema,
          querystring: meetingDraftQuerySchema,
          response: { 200: meetingDraftSchema },
        },
      },
      (request) => meetings.draft(requireActor(request), request.params.clientId, request.query.kind),
    );

    app.post(
      base,
      {
        config: { access, audit: meetingsAudit },
        schema: {
          tags,
          summary: 'Plan a meeting: its agenda, invitations to the active members, a reminder (422 when the method refuses it)',
          params: meetingsParamsSchema,
          body: meetingBodySchema,
          response: { 201: meetingSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await meetings.plan(requireActor(request), request.params.clientId, request.body)),
    );

    app.get(
      one,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary: 'One meeting: when, where, the agenda, replies as far as the caller sees them, and what the caller may do',
          params: meetingParamsSchema,
          response: { 200: meetingSchema },
        },
      },
      (request) => meetings.view(requireActor(request), request.params.clientId, request.params.meetingId),
    );

    app.put(
      one,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary: 'Change a meeting still to come, whole; a new date, time, duration or place sends the members an update',
          params: meetingParamsSchema,
          body: meetingBodySchema,
          response: { 200: meetingSchema },
        },
      },
      (request) => meetings.change(requireActor(request), request.params.clientId, request.params.meetingId, request.body),
    );

    app.post(
      `${one}/cancel`,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary: 'Cancel a meeting still to come: the invited are told, the reminder stops',
          params: meetingParamsSchema,
          response: { 200: meetingSchema },
        },
      },
      (request) => meetings.cancel(requireActor(request), request.params.clientId, request.params.meetingId),
    );

    app.put(
      `${one}/reply`,
      {
        config: { access, audit: meetingAudit },
        schema: {
          tags,
          summary:
            "An invited member's reply: yes, no or maybe, until the meeting starts; with memberId, the planner writes down the answer of an invitee who cannot sign in",
          params: meetingParamsSchema,
          body: replyBodySchema,
          response: { 200: meetingSchema },
        },
      },
      (request) => meetings.reply(requireActor(request), request.params.clientId, request.params.meetingId, request.body),
    );

    app.put(
      '/api/clients/:clientId/meeting-rhythm',
      {
        config: { access, audit: meetingsAudit },
        schema: {
          tags,
          summary: "Set the group's interval between meetings, 1 to 12 months",
          params: meetingsParamsSchema,
          body: rhythmBodySchema,
          response: { 200: rhythmSchema },
        },
      },
      (request) => rhythm.setInterval(requireActor(request), request.params.clientId, request.body),
    );

    app.get(
      '/api/my-meetings',
      {
        config: { access, audit: meetingsAudit },
        schema: {
          tags,
          summary: 'Meetings still to come that you are invited to (a client: their own group’s), soonest first',
          response: { 200: myMeetingsSchema },
        },
      },
      (request) => myMeetings.mine(requireActor(request)),
    );

    app.get(
      '/api/meeting-attention',
      {
        config: { access: { roles: ['coordinator'] }, audit: meetingsAudit },
        schema: {
          tags,
          summary: "Your own clients' groups whose next meeting is overdue, or due within four weeks with none planned",
          response: { 200: meetingAttentionSchema },
        },
      },
      (request) => myMeetings.attention(requireActor(request)),
    );
  };
}
