import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientIdParamsSchema } from '../../../shared/clients.js';
import {
  createSnapshotBodySchema,
  moveNetworkPersonBodySchema,
  networkMapSchema,
  networkPersonBodySchema,
  networkPersonParamsSchema,
  networkPersonSchema,
  networkSnapshotParamsSchema,
  snapshotListSchema,
  snapshotSchema,
  snapshotSummarySchema,
} from '../../../shared/network.js';
import type { Role } from '../../../shared/roles.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { NetworkService } from './network.service.js';

// The client's whole team is admitted, so that an outsider meets the same "not found" as on every
// other route of this client and the team a plain 403: the map is between the client and their
// coordinator. Relatives are admitted to the reads only, where the client's sharing decides (not
// shared: "not found"); a change by a relative is refused by role. The roles are written out rather
// than taken from the clients feature, which is still loading when this list is read.
const team: readonly Role[] = ['coordinator', 'clinician', 'professional', 'team_lead'];
const editors: readonly Role[] = [...team, 'client'];
const readers: readonly Role[] = [...editors, 'relative'];

const map = { dataCategory: 'network_map' } as const;
const person = { dataCategory: 'network_map', objectParam: 'personId' } as const;
const snapshot = { dataCategory: 'network_map', objectParam: 'snapshotId' } as const;

export function networkRoutes(service: NetworkService): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/api/clients/:clientId/network-map';

    app.get(
      base,
      {
        config: { access: { roles: readers }, audit: map },
        schema: {
          tags: ['network'],
          summary: "The client's network map: the people in their life, and what the caller may do with it",
          params: clientIdParamsSchema,
          response: { 200: networkMapSchema },
        },
      },
      (request) => service.map(requireActor(request), request.params.clientId),
    );

    app.post(
      `${base}/people`,
      {
        config: { access: { roles: editors }, audit: map },
        schema: {
          tags: ['network'],
          summary: 'Add a person to the map',
          params: clientIdParamsSchema,
          body: networkPersonBodySchema,
          response: { 201: networkPersonSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addPerson(requireActor(request), request.params.clientId, request.body)),
    );

    app.put(
      `${base}/people/:personId`,
      {
        config: { access: { roles: editors }, audit: person },
        schema: {
          tags: ['network'],
          summary: 'Change everything about a person on the map (what is left out is cleared)',
          params: networkPersonParamsSchema,
          body: networkPersonBodySchema,
          response: { 200: networkPersonSchema },
        },
      },
      (request) => service.replacePerson(requireActor(request), request.params.clientId, request.params.personId, request.body),
    );

    app.put(
      `${base}/people/:personId/position`,
      {
        config: { access: { roles: editors }, audit: person },
        schema: {
          tags: ['network'],
          summary: 'Move a person to another ring or life area (a drag on the drawing, or a key press)',
          params: networkPersonParamsSchema,
          body: moveNetworkPersonBodySchema,
          response: { 200: networkPersonSchema },
        },
      },
      (request) => service.movePerson(requireActor(request), request.params.clientId, request.params.personId, request.body),
    );

    app.delete(
      `${base}/people/:personId`,
      {
        config: { access: { roles: editors }, audit: person },
        schema: {
          tags: ['network'],
          summary: 'Take a person off the map (refused while they are in the group or on the way in)',
          params: networkPersonParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.removePerson(requireActor(request), request.params.clientId, request.params.personId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      `${base}/snapshots`,
      {
        config: { access: { roles: readers }, audit: map },
        schema: {
          tags: ['network'],
          summary: 'The saved snapshots of the map, newest first',
          params: clientIdParamsSchema,
          response: { 200: snapshotListSchema },
        },
      },
      (request) => service.snapshots(requireActor(request), request.params.clientId),
    );

    app.post(
      `${base}/snapshots`,
      {
        config: { access: { roles: editors }, audit: map },
        schema: {
          tags: ['network'],
          summary: 'Save the map as it is now',
          params: clientIdParamsSchema,
          body: createSnapshotBodySchema,
          response: { 201: snapshotSummarySchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.takeSnapshot(requireActor(request), request.params.clientId, request.body)),
    );

    app.get(
      `${base}/snapshots/:snapshotId`,
      {
        config: { access: { roles: readers }, audit: snapshot },
        schema: {
          tags: ['network'],
          summary: 'One saved snapshot with the people on it',
          params: networkSnapshotParamsSchema,
          response: { 200: snapshotSchema },
        },
      },
      (request) => service.snapshot(requireActor(request), request.params.clientId, request.params.snapshotId),
    );
  };
}
