import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientIdParamsSchema } from '../../../shared/clients.js';
import {
  addProfessionalBodySchema,
  answerBodySchema,
  approachBodySchema,
  checklistTickBodySchema,
  checklistTickParamsSchema,
  groupCandidatesSchema,
  groupHistorySchema,
  groupNameBodySchema,
  groupSchema,
  groupStateSchema,
  handoverBodySchema,
  leaveBodySchema,
  memberParamsSchema,
  memberSchema,
  movePhaseBodySchema,
  nominateBodySchema,
} from '../../../shared/groups.js';
import { sentInvitationSchema } from '../../../shared/invitations.js';
import { requireActor } from '../../platform/access/route-access.js';
import { clientCircleRoles, type Role } from '../../../shared/roles.js';
import type { HandoverService } from './handover.service.js';
import type { GroupsService } from './groups.service.js';
import type { MembersService } from './members.service.js';

// The client's whole team is admitted to every route, so that an outsider meets the same "not found"
// as elsewhere and the team a plain 403 where the rule is the client's (or their coordinator's). The
// roles are written out rather than taken from the clients feature: this list is read while the
// modules load, and the clients feature in turn uses the groups feature.
const team: readonly Role[] = ['coordinator', 'clinician', 'professional', 'team_lead'];
const clientAndTeam: readonly Role[] = [...team, 'client'];
const circle = clientCircleRoles;

const group = { dataCategory: 'group' } as const;
const member = { dataCategory: 'group', objectParam: 'memberId' } as const;

export function groupsRoutes(services: {
  groups: GroupsService;
  members: MembersService;
  handover: HandoverService;
}): FastifyPluginAsyncZod {
  const { groups, members, handover } = services;
  return async (app) => {
    const base = '/api/clients/:clientId/group';

    app.get(
      base,
      {
        config: { access: { roles: circle }, audit: group },
        schema: {
          tags: ['groups'],
          summary: "The client's resource group: phases and checklists, members, next step (relatives: active members only)",
          params: clientIdParamsSchema,
          response: { 200: groupStateSchema },
        },
      },
      (request) => groups.state(requireActor(request), request.params.clientId),
    );

    app.post(
      base,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Start the client’s group in phase 1, with their coordinator in it (one active group per client)',
          params: clientIdParamsSchema,
          body: groupNameBodySchema,
          response: { 201: groupSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await groups.create(requireActor(request), request.params.clientId, request.body)),
    );

    app.put(
      base,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Rename the group',
          params: clientIdParamsSchema,
          body: groupNameBodySchema,
          response: { 200: groupSchema },
        },
      },
      (request) => groups.rename(requireActor(request), request.params.clientId, request.body),
    );

    app.post(
      `${base}/phase`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Move the group to another phase: forward one at a time, back to any earlier one',
          params: clientIdParamsSchema,
          body: movePhaseBodySchema,
          response: { 200: groupSchema },
        },
      },
      (request) => groups.movePhase(requireActor(request), request.params.clientId, request.body),
    );

    app.put(
      `${base}/checklist/:itemId`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Tick or untick a checklist item Regie cannot see happen',
          params: checklistTickParamsSchema,
          body: checklistTickBodySchema,
          response: { 200: groupSchema },
        },
      },
      (request) => groups.tick(requireActor(request), request.params.clientId, request.params.itemId, request.body),
    );

    app.get(
      `${base}/history`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'The group’s history: phase moves and membership steps, newest first',
          params: clientIdParamsSchema,
          response: { 200: groupHistorySchema },
        },
      },
      (request) => groups.history(requireActor(request), request.params.clientId),
    );

    app.get(
      `${base}/candidates`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Professionals of the client’s team who can join the group or take over as coordinator',
          params: clientIdParamsSchema,
          response: { 200: groupCandidatesSchema },
        },
      },
      (request) => groups.candidates(requireActor(request), request.params.clientId),
    );

    app.post(
      `${base}/members`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Nominate someone from the client’s network map (the client’s decision)',
          params: clientIdParamsSchema,
          body: nominateBodySchema,
          response: { 201: memberSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await members.nominate(requireActor(request), request.params.clientId, request.body)),
    );

    app.post(
      `${base}/professionals`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Add a professional of the client’s team to the group, active at once',
          params: clientIdParamsSchema,
          body: addProfessionalBodySchema,
          response: { 201: memberSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await members.addProfessional(requireActor(request), request.params.clientId, request.body)),
    );

    app.post(
      `${base}/members/:memberId/approach`,
      {
        config: { access: { roles: clientAndTeam }, audit: member },
        schema: {
          tags: ['groups'],
          summary: 'Record who asked the nominee, and when',
          params: memberParamsSchema,
          body: approachBodySchema,
          response: { 200: memberSchema },
        },
      },
      (request) => members.approach(requireActor(request), request.params.clientId, request.params.memberId, request.body),
    );

    app.post(
      `${base}/members/:memberId/invitation`,
      {
        config: { access: { roles: clientAndTeam }, audit: member },
        schema: {
          tags: ['groups'],
          summary: 'Invite the member by email to answer and to sign in as a relative (the client’s decision)',
          params: memberParamsSchema,
          response: { 201: sentInvitationSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await members.invite(requireActor(request), request.params.clientId, request.params.memberId)),
    );

    app.post(
      `${base}/members/:memberId/answer`,
      {
        config: { access: { roles: clientAndTeam }, audit: member },
        schema: {
          tags: ['groups'],
          summary: 'Record the answer of the person who was asked: yes, or no (declined)',
          params: memberParamsSchema,
          body: answerBodySchema,
          response: { 200: memberSchema },
        },
      },
      (request) => members.answer(requireActor(request), request.params.clientId, request.params.memberId, request.body),
    );

    app.post(
      `${base}/members/:memberId/activate`,
      {
        config: { access: { roles: clientAndTeam }, audit: member },
        schema: {
          tags: ['groups'],
          summary: 'The person joins the group (after their yes)',
          params: memberParamsSchema,
          response: { 200: memberSchema },
        },
      },
      (request) => members.activate(requireActor(request), request.params.clientId, request.params.memberId),
    );

    app.post(
      `${base}/members/:memberId/leave`,
      {
        config: { access: { roles: clientAndTeam }, audit: member },
        schema: {
          tags: ['groups'],
          summary: 'The member leaves the group, with a reason; a relative’s place with the client ends with it',
          params: memberParamsSchema,
          body: leaveBodySchema,
          response: { 200: memberSchema },
        },
      },
      (request) => members.leave(requireActor(request), request.params.clientId, request.params.memberId, request.body),
    );

    app.post(
      `${base}/handover`,
      {
        config: { access: { roles: clientAndTeam }, audit: group },
        schema: {
          tags: ['groups'],
          summary: 'Warm handover: the successor becomes member and coordinator, the predecessor leaves',
          params: clientIdParamsSchema,
          body: handoverBodySchema,
          response: { 200: groupSchema },
        },
      },
      (request) => handover.handover(requireActor(request), request.params.clientId, request.body),
    );
  };
}
