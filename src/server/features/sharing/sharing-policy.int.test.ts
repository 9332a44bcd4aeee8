import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharingCategories, type SharingCategory } from '../../../domain/sharing.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import type { Actor } from '../../platform/context.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { createClient, createRelative, createWorld, type World } from '../../testing/factories.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { createSharingPolicy, type SharingPolicy } from './index.js';

// The policy other features ask before they serve a kind of data or do a task for a client. It reads
// the database on every call, so these tests change rows directly and ask again.

describe('the sharing policy', () => {
  let database: TestDatabase;
  let w: World;
  let policy: SharingPolicy;
  let clientWithoutAccount: Awaited<ReturnType<typeof createClient>>;
  const actors: Record<string, Actor> = {};

  const actorOf = async (accountId: string | null) => {
    const actor = accountId === null ? null : await loadActor(database.db, accountId, 'test-session');
    if (!actor) throw new Error(`no actor for ${String(accountId)}`);
    return actor;
  };
  const seen = async (who: string, clientId = w.client.id) => {
    const result: Partial<Record<SharingCategory, boolean>> = {};
    for (const category of sharingCategories) result[category] = await policy.canSeeCategory(actors[who] as Actor, clientId, category);
    return result;
  };
  const all = (value: boolean) => Object.fromEntries(sharingCategories.map((c) => [c, value]));

  beforeAll(async () => {
    database = await createTestDatabase();
    w = await createWorld(database.db);
    policy = createSharingPolicy(database.db);
    clientWithoutAccount = await createClient(database.db, { teamId: w.team.id, coordinatorId: w.coordinator.id, withAccount: false });
    const accounts = {
      client: w.client.account_id,
      otherClient: w.otherClient.account_id,
      relative: w.relative.account_id,
      otherRelative: w.otherRelative.account_id,
      coordinator: w.coordinator.account_id,
      clinician: w.clinician.account_id,
      professional: w.otherProfessional.account_id,
      teamLead: w.teamLead.account_id,
      otherTeam: w.otherTeamCoordinator.account_id,
      foreign: w.foreignCoordinator.account_id,
      researcher: w.researcher.account_id,
      admin: w.admin.account_id,
    };
    for (const [who, accountId] of Object.entries(accounts)) actors[who] = await actorOf(accountId);
  });

  afterAll(() => database.drop());

  describe('canSeeCategory', () => {
    it('lets the client see all of their own data, and nothing of another client', async () => {
      expect(await seen('client')).toEqual(all(true));
      expect(await seen('otherClient')).toEqual(all(false));
    });

    it("follows the method's defaults for a relative until the client chooses, then the choice", async () => {
      expect(await seen('relative')).toEqual({ ...all(true), network_map: false });
      const choose = async (category: SharingCategory, shared: boolean) =>
        database.db
          .insertInto('sharing_settings')
          .values({
            client_id: w.client.id,
            relative_id: w.relative.id,
            category,
            shared: shared ? 1 : 0,
            updated_at: nowIso(),
            updated_by_account_id: w.client.account_id ?? '',
          })
          .onConflict((c) => c.columns(['client_id', 'relative_id', 'category']).doUpdateSet({ shared: shared ? 1 : 0 }))
          .execute();
      await choose('network_map', true);
      await choose('evaluation_results', false);
      expect(await seen('relative')).toEqual({ ...all(true), evaluation_results: false });
      await choose('network_map', false);
      expect(await policy.canSeeCategory(actors.relative as Actor, w.client.id, 'network_map')).toBe(false);
    });

    it("gives a relative nothing of a client they are not a relative of, nor once their place has ended", async () => {
      expect(await seen('otherRelative')).toEqual(all(false));
      expect(await seen('relative', w.otherClient.id)).toEqual(all(false));
      const leaving = await createRelative(database.db, { clientId: w.client.id });
      const leavingActor = await actorOf(leaving.account_id);
      expect(await policy.canSeeCategory(leavingActor, w.client.id, 'plan')).toBe(true);
      await database.db.updateTable('relatives').set({ ended_at: nowIso() }).where('id', '=', leaving.id).execute();
      // The same actor object, as an open session would hold it: the database decides.
      expect(await policy.canSeeCategory(leavingActor, w.client.id, 'plan')).toBe(false);
    });

    it("shows the client's team what their work needs; the network map only to the client's own coordinator", async () => {
      expect(await seen('coordinator')).toEqual(all(true));
      for (const who of ['clinician', 'professional', 'teamLead']) expect(await seen(who), who).toEqual({ ...all(true), network_map: false });
      for (const who of ['otherTeam', 'foreign', 'researcher', 'admin']) expect(await seen(who), who).toEqual(all(false));
    });
  });

  describe('performerFor', () => {
    const delegate = async (clientId: string, tasks: string[]) => {
      await database.db.deleteFrom('delegations').where('client_id', '=', clientId).execute();
      for (const task of tasks) await database.db.insertInto('delegations').values({ client_id: clientId, task, granted_at: nowIso() }).execute();
    };

    it('lets the client act themself, recorded in their own name', async () => {
      expect(await policy.performerFor(actors.client as Actor, w.client.id, 'edit_plan')).toEqual({ kind: 'client', onBehalfOfAccountId: null });
    });

    it("lets the coordinator act for the client on a delegated task, recorded on the client's behalf", async () => {
      await delegate(w.client.id, ['edit_plan']);
      expect(await policy.performerFor(actors.coordinator as Actor, w.client.id, 'edit_plan')).toEqual({
        kind: 'coordinator_for_client',
        onBehalfOfAccountId: w.client.account_id,
      });
      expect(await policy.requirePerformer(actors.coordinator as Actor, w.client.id, 'edit_plan')).toMatchObject({
        kind: 'coordinator_for_client',
      });
    });

    it('refuses once the client switches the task off, and for tasks never switched on', async () => {
      await delegate(w.client.id, ['invite_members']);
      expect(await policy.performerFor(actors.coordinator as Actor, w.client.id, 'edit_plan')).toEqual({ kind: 'nobody', onBehalfOfAccountId: null });
      await expect(policy.requirePerformer(actors.coordinator as Actor, w.client.id, 'edit_plan')).rejects.toBeInstanceOf(ForbiddenError);
      await expect(policy.requirePerformer(actors.coordinator as Actor, w.client.id, 'plan_meetings')).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("never lets anyone else act for the client: other team members 403, outsiders 404", async () => {
      await delegate(w.client.id, ['edit_plan', 'invite_members', 'plan_meetings']);
      for (const who of ['clinician', 'professional', 'teamLead']) {
        expect((await policy.performerFor(actors[who] as Actor, w.client.id, 'edit_plan')).kind, who).toBe('nobody');
        await expect(policy.requirePerformer(actors[who] as Actor, w.client.id, 'edit_plan'), who).rejects.toBeInstanceOf(ForbiddenError);
      }
      for (const who of ['otherTeam', 'foreign', 'otherClient', 'relative', 'researcher']) {
        expect((await policy.performerFor(actors[who] as Actor, w.client.id, 'edit_plan')).kind, who).toBe('nobody');
        await expect(policy.requirePerformer(actors[who] as Actor, w.client.id, 'edit_plan'), who).rejects.toBeInstanceOf(NotFoundError);
      }
    });

    it('lets the coordinator act in their own name for a client who has no account', async () => {
      expect(await policy.performerFor(actors.coordinator as Actor, clientWithoutAccount.id, 'plan_meetings')).toEqual({
        kind: 'coordinator_alone',
        onBehalfOfAccountId: null,
      });
    });
  });
});
