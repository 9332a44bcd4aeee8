import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationOverview, Professional, Team } from '../../../shared/organisations.js';
import { professionalRoles } from '../../../shared/roles.js';
import { newId } from '../../platform/ids/ids.js';
import { createWorld, type World } from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

describe('organisations, teams and professionals', () => {
  let t: TestApp;
  let world: World;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    const people = {
      admin: world.admin,
      foreignAdmin: world.foreignAdmin,
      teamLead: world.teamLead,
      coordinator: world.coordinator,
      researcher: world.researcher,
      client: world.client,
      relative: world.relative,
    };
    for (const [who, person] of Object.entries(people)) cookie[who] = await t.signIn(person.email ?? '');
  });

  afterAll(() => t.close());

  const overview = async (who: string) =>
    (await t.request({ method: 'GET', url: '/api/organisation', cookie: cookie[who] })).json<OrganisationOverview>();
  const teamNames = async (who: string) => (await overview(who)).teams.map((team) => team.name);
  const professionals = async (who: string) =>
    (await t.request({ method: 'GET', url: '/api/professionals', cookie: cookie[who] })).json<{ professionals: Professional[] }>()
      .professionals;
  const createTeam = (who: string, payload: object) =>
    t.request({ method: 'POST', url: '/api/teams', cookie: cookie[who], payload });
  const createProfessional = (who: string, payload: object) =>
    t.request({ method: 'POST', url: '/api/professionals', cookie: cookie[who], payload });

  describe('teams', () => {
    it('lets the admin add a team, which then appears in their organisation and only there', async () => {
      const created = await createTeam('admin', { name: 'FACT Zuid', type: 'fact' });
      expect(created.statusCode).toBe(201);
      expect(created.json<Team>()).toEqual({
        id: expect.any(String) as string,
        organisationId: world.home.id,
        name: 'FACT Zuid',
        type: 'fact',
      });
      expect(await teamNames('admin')).toContain('FACT Zuid');
      expect(await teamNames('coordinator')).toContain('FACT Zuid');
      expect(await teamNames('foreignAdmin')).not.toContain('FACT Zuid');
    });

    it('shows the admin the abilities to change the structure, and others not', async () => {
      expect((await overview('admin')).abilities).toEqual({ createTeam: true, createProfessional: true });
      expect((await overview('teamLead')).abilities).toEqual({ createTeam: false, createProfessional: false });
    });

    it('refuses every role but the admin, and creates nothing', async () => {
      const before = await rowCounts(t.db, ['teams']);
      for (const who of ['teamLead', 'coordinator', 'researcher', 'client', 'relative']) {
        const response = await createTeam(who, { name: `Team van ${who}`, type: 'fact' });
        expect(response.statusCode, who).toBe(403);
        expect(response.json<Problem>().code).toBe('forbidden');
      }
      expect(await rowCounts(t.db, ['teams'])).toEqual(before);
    });

    it('refuses a second team with the same name, naming the field, and stores nothing', async () => {
      const before = await rowCounts(t.db, ['teams']);
      const again = await createTeam('admin', { name: 'FACT Zuid', type: 'clinical' });
      expect(again.statusCode).toBe(409);
      expect(again.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'name', code: 'team_name_in_use' })]);
      expect(await rowCounts(t.db, ['teams'])).toEqual(before);
    });

    it('allows the same team name in another organisation', async () => {
      expect((await createTeam('foreignAdmin', { name: 'FACT Zuid', type: 'fact' })).statusCode).toBe(201);
    });

    it("never shows one organisation's teams to another organisation", async () => {
      const foreign = await overview('foreignAdmin');
      expect(foreign.organisation.id).toBe(world.foreign.id);
      const ids = foreign.teams.map((team) => team.id);
      expect(ids).toContain(world.foreignTeam.id);
      expect(ids).not.toContain(world.team.id);
      expect(ids).not.toContain(world.otherTeam.id);
    });
  });

  describe('professionals', () => {
    it('lets the admin register a professional in every role, who cannot sign in before choosing a password', async () => {
      for (const role of professionalRoles) {
        const email = `nieuw.${role}@ggz.test`;
        const teamId = role === 'admin' || role === 'researcher' ? null : world.team.id;
        const response = await createProfessional('admin', { name: `Nieuwe ${role}`, email, role, teamId });
        expect(response.statusCode, role).toBe(201);
        expect(response.json<Professional>()).toEqual({
          id: expect.any(String) as string,
          name: `Nieuwe ${role}`,
          email,
          role,
          teamId,
          canSignIn: false,
          abilities: { invite: true, endSessions: true, readAuditLog: true },
        });
        const signIn = await t.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password: 'Wat-dan-ook-123' },
        });
        expect(signIn.statusCode).toBe(401);
      }
      const listed = (await professionals('admin')).filter((p) => p.email.startsWith('nieuw.'));
      expect(listed.map((p) => p.role).sort()).toEqual([...professionalRoles].sort());
    });

    it('refuses an email address that already has an account, of any kind, and stores nothing', async () => {
      const before = await rowCounts(t.db, ['accounts', 'professionals']);
      // The schema lower-cases email addresses, so a difference in case is the same address.
      for (const email of [world.coordinator.email.toUpperCase(), world.client.email ?? '', world.relative.email]) {
        const response = await createProfessional('admin', { name: 'Dubbel', email, role: 'clinician', teamId: null });
        expect(response.statusCode, email).toBe(409);
        expect(response.json<Problem>()).toMatchObject({
          code: 'email_in_use',
          title: 'This email address already has an account.',
          errors: [{ field: 'email', code: 'email_in_use' }],
        });
      }
      expect(await rowCounts(t.db, ['accounts', 'professionals'])).toEqual(before);
    });

    it('refuses every role but the admin, and stores nothing', async () => {
      const before = await rowCounts(t.db, ['accounts', 'professionals']);
      for (const who of ['teamLead', 'coordinator', 'researcher', 'client', 'relative']) {
        const response = await createProfessional(who, {
          name: 'Zomaar',
          email: `zomaar.${who}@ggz.test`,
          role: 'admin',
          teamId: null,
        });
        expect(response.statusCode, who).toBe(403);
      }
      expect(await rowCounts(t.db, ['accounts', 'professionals'])).toEqual(before);
    });

    // The team is a reference in the body, not the record the request is about: the admin registers
    // someone in their own organisation. Another organisation's team gets the same answer as a team
    // that does not exist (so its existence is not revealed), and a 400 lets the form show it at the field.
    it('answers a team of another organisation exactly as one that does not exist, and stores nothing', async () => {
      const before = await rowCounts(t.db, ['accounts', 'professionals']);
      const attempt = (teamId: string) =>
        createProfessional('foreignAdmin', { name: 'Indringer', email: 'indringer@wijk.test', role: 'coordinator', teamId });
      const foreignTeam = await attempt(world.team.id);
      const noTeam = await attempt(newId());
      expect(foreignTeam.statusCode).toBe(400);
      expect(foreignTeam.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'teamId', code: 'unknown_team' })]);
      expect(noTeam.statusCode).toBe(foreignTeam.statusCode);
      expect(noTeam.json()).toEqual(foreignTeam.json());
      expect(await rowCounts(t.db, ['accounts', 'professionals'])).toEqual(before);
    });

    it("shows the admin their whole organisation and never another organisation's people", async () => {
      const home = (await professionals('admin')).map((p) => p.id);
      expect(home).toEqual(
        expect.arrayContaining([world.coordinator.id, world.otherTeamCoordinator.id, world.researcher.id, world.admin.id]),
      );
      expect(home).not.toContain(world.foreignCoordinator.id);
      const foreign = (await professionals('foreignAdmin')).map((p) => p.id);
      expect(foreign).toEqual(expect.arrayContaining([world.foreignCoordinator.id, world.foreignAdmin.id]));
      expect(foreign).not.toContain(world.coordinator.id);
    });

    it('shows a team lead the people of their own team only', async () => {
      const listed = await professionals('teamLead');
      expect(listed.every((p) => p.teamId === world.team.id)).toBe(true);
      expect(listed.map((p) => p.id)).toEqual(
        expect.arrayContaining([world.coordinator.id, world.clinician.id, world.teamLead.id]),
      );
      expect(listed.map((p) => p.id)).not.toContain(world.otherTeamCoordinator.id);
      // Looking is all: inviting, signing out and reading a professional's log are the admin's.
      expect(listed.map((p) => p.abilities)).toEqual(
        listed.map(() => ({ invite: false, endSessions: false, readAuditLog: false })),
      );
    });

    it('offers the admin an invitation only for those who cannot sign in yet', async () => {
      const listed = await professionals('admin');
      const coordinator = listed.find((p) => p.id === world.coordinator.id);
      expect(coordinator?.abilities).toEqual({ invite: false, endSessions: true, readAuditLog: true });
    });

    it('does not show the list to a coordinator', async () => {
      const response = await t.request({ method: 'GET', url: '/api/professionals', cookie: cookie.coordinator });
      expect(response.statusCode).toBe(403);
    });

    it('never sends a password hash', async () => {
      const response = await t.request({ method: 'GET', url: '/api/professionals', cookie: cookie.admin });
      expect(response.body).not.toMatch(/argon2|hash|password/i);
    });
  });
});
