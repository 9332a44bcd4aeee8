import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteKey } from './access-matrix.js';
import { createEvaluationRound, createWorld, type World } from './testing/factories.js';
import { bookkeepingTables, databaseDigest } from './testing/database-digest.js';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { validBodies } from './testing/valid-bodies.js';

// A client, and a relative of that client, meet every route about another client (of the same team,
// or of another organisation) as if that client did not exist: 404, and nothing changed. Every route
// with a client in its path is walked, as read from the app, so a route added later is covered too.

describe("another client's data, for a client and a relative", () => {
  let t: TestApp;
  let world: World;
  const cookies: Record<'client' | 'relative', string> = { client: '', relative: '' };
  /** An open evaluation round of each other client's group, by client. */
  const rounds = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    cookies.client = await t.signIn(world.client.email ?? '');
    cookies.relative = await t.signIn(world.relative.email);
    for (const [client, group, opener] of [
      [world.otherClient, world.otherClientGroup, world.coordinator],
      [world.foreignClient, world.foreignClientGroup, world.foreignCoordinator],
    ] as const)
      rounds.set(
        client.id,
        (await createEvaluationRound(t.db, { groupId: group.group.id, openedByAccountId: opener.account_id })).id,
      );
  });

  afterAll(() => t.close());

  const clientRoutes = () => t.app.apiRoutes.filter((route) => route.includes(':clientId')) as RouteKey[];

  it('covers the client routes there are', () => {
    expect(clientRoutes().length).toBeGreaterThanOrEqual(10);
  });

  for (const caller of ['client', 'relative'] as const) {
    it(`answers the ${caller} 404 on every route of another client, and changes nothing`, async () => {
      const before = await databaseDigest(t.db, bookkeepingTables);
      const answers: string[] = [];
      for (const route of clientRoutes()) {
        for (const other of [
          { clientId: world.otherClient.id, relativeId: world.otherRelative.id, group: world.otherClientGroup },
          { clientId: world.foreignClient.id, relativeId: world.foreignRelative.id, group: world.foreignClientGroup },
        ]) {
          const [method, path] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string];
          const url = path
            .replaceAll(':clientId', other.clientId)
            .replaceAll(':relativeId', other.relativeId)
            .replaceAll(':memberId', other.group.member.id)
            .replaceAll(':personId', other.group.relativePerson.id)
            .replaceAll(':snapshotId', other.group.snapshot.id)
            .replaceAll(':itemId', 'method_explained')
            .replaceAll(':goalId', other.group.plan.goalId)
            .replaceAll(':agreementId', other.group.plan.agreementId)
            .replaceAll(':version', String(other.group.plan.version))
            .replaceAll(':meetingId/minutes', `${other.group.meeting.id}/minutes`)
            .replaceAll(':meetingId/start-evaluation', `${other.group.meeting.id}/start-evaluation`)
            .replaceAll(':meetingId', other.group.nextMeeting.id)
            .replaceAll(':roundId', rounds.get(other.clientId) ?? '');
          const body = validBodies[route];
          const response = await t.request({
            method,
            url,
            cookie: cookies[caller],
            ...(body ? { payload: body() as object } : {}),
          });
          if (response.statusCode !== 404)
            answers.push(`${route} for ${other.clientId}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
      }
      expect(answers).toEqual([]);
      expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
    });
  }
});
