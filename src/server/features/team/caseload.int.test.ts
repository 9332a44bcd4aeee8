import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { Caseload, CaseloadLine } from '../../../shared/team.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createClient, createGroup, createProfessional, createWorld, type World } from '../../testing/factories.js';
import { bodyOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { seedEvaluationRound } from './team-testing.js';

// The caseload: a coordinator's own clients, a team lead's whole team, one line per client with the
// group's phase, members, rhythm, open agreements and last evaluation round.

const today = () => amsterdamDay(new Date());

describe('the caseload', () => {
  let t: TestApp;
  let w: World;
  let s: SignedIn;
  /** A client of the team registered to another coordinator, and one of the world's coordinator without a group. */
  let colleagues: { id: string; name: string };
  let withoutGroup: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const colleague = await createProfessional(t.db, { organisationId: w.home.id, teamId: w.team.id, role: 'coordinator' });
    colleagues = await createClient(t.db, { teamId: w.team.id, coordinatorId: colleague.id, name: 'Aafke van Dijk' });
    await createGroup(t.db, { clientId: colleagues.id, createdByAccountId: colleague.account_id, phase: 1 });
    withoutGroup = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id, name: 'Zeger Zonder Groep' });
    s = await signInEach(t, { ...worldPeople(w), colleague: colleague.email });
  });

  afterAll(() => t.close());

  const caseload = (who: string) => bodyOf<Caseload>(s.get(who, '/api/caseload'));
  const lineOf = (list: Caseload, clientId: string): CaseloadLine | undefined =>
    list.clients.find((line) => line.client.id === clientId);

  it("shows a coordinator their own clients, by name, each with their group's state", async () => {
    const list = await caseload('coordinator');
    expect(list.scope).toBe('own');
    const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    const expected = [w.client, w.otherClient, withoutGroup]
      .sort((a, b) => byName.compare(a.name, b.name))
      .map((client) => client.id);
    expect(list.clients.map((line) => line.client.id)).toEqual(expected);
    // The world's group: coordinator and clinician (formal), the relative active, the neighbour only
    // nominated; the start meeting began yesterday, the follow-up is in two weeks; two open agreements.
    const yesterday = addDays(today(), -1);
    expect(lineOf(list, w.client.id)).toEqual({
      client: { id: w.client.id, name: w.client.name },
      coordinator: { id: w.coordinator.id, name: w.coordinator.name },
      group: {
        name: w.clientGroup.group.name,
        phase: 2,
        members: { informal: 1, peer: 0, formal: 2 },
        nextMeetingOn: w.clientGroup.nextMeeting.date,
        rhythm: { state: 'planned', dueDate: addMonths(yesterday, 3) },
        openAgreements: 2,
        lastEvaluation: null,
      },
    });
    expect(lineOf(list, withoutGroup.id)).toEqual({
      client: { id: withoutGroup.id, name: withoutGroup.name },
      coordinator: { id: w.coordinator.id, name: w.coordinator.name },
      group: null,
    });
  });

  it("shows a team lead the whole team's clients, and no one else's", async () => {
    const list = await caseload('teamLead');
    expect(list.scope).toBe('team');
    expect(list.clients.map((line) => line.client.id).sort()).toEqual(
      [w.client.id, w.otherClient.id, withoutGroup.id, colleagues.id].sort(),
    );
    expect(lineOf(list, colleagues.id)?.group).toMatchObject({
      phase: 1,
      members: { informal: 0, peer: 0, formal: 0 },
      openAgreements: 0,
    });
    expect(lineOf(list, colleagues.id)?.group?.rhythm).toEqual({ state: 'none_yet', dueDate: null });
    // The other coordinator of the team sees only theirs; the coordinator of another team theirs (none).
    expect((await caseload('colleague')).clients.map((line) => line.client.id)).toEqual([colleagues.id]);
    expect((await caseload('otherTeam')).clients).toEqual([]);
    expect((await caseload('foreign')).clients.map((line) => line.client.id)).toEqual([w.foreignClient.id]);
  });

  it('shows the newest round: its last day, whether it is open, and how many of those asked answered', async () => {
    const asked = [
      { accountId: w.client.account_id ?? '', memberId: null, name: w.client.name, type: 'client' as const },
      { accountId: w.relative.account_id, memberId: w.clientGroup.member.id, name: w.relative.name, type: 'relative' as const },
      { accountId: w.coordinator.account_id, memberId: null, name: w.coordinator.name, type: 'professional' as const },
    ];
    const answeredAt = new Date().toISOString();
    await seedEvaluationRound(t.db, {
      groupId: w.clientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
      openedAt: '2025-01-01T10:00:00.000Z',
      closesOn: '2025-01-15',
      respondents: asked.map((person) => ({ ...person, answeredAt })),
    });
    const closesOn = addDays(today(), 7);
    await seedEvaluationRound(t.db, {
      groupId: w.clientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
      closesOn,
      respondents: asked.map((person, index) => (index === 0 ? { ...person, answeredAt } : person)),
    });
    expect(lineOf(await caseload('coordinator'), w.client.id)?.group?.lastEvaluation).toEqual({
      closesOn,
      open: true,
      asked: 3,
      answered: 1,
    });
  });

  it('logs a read of each kind of data a line shows, per client', async () => {
    const since = await lastAuditSequence(t.db);
    await caseload('coordinator');
    const rows = await auditRowsAfter(t.db, since);
    const reads = rows.map((row) => `${row.action} ${row.data_category} ${row.client_id}`).sort();
    expect(reads).toEqual(
      [
        ...['client', 'group', 'meetings', 'plan', 'evaluations'].map((category) => `read ${category} ${w.client.id}`),
        ...['client', 'group', 'meetings', 'plan'].map((category) => `read ${category} ${w.otherClient.id}`),
        `read client ${withoutGroup.id}`,
      ].sort(),
    );
    expect(rows.every((row) => row.actor_role === 'coordinator' && row.outcome === 'success')).toBe(true);
  });

  it('is refused to every other role, and the refusal is logged', async () => {
    for (const who of ['clinician', 'professional', 'researcher', 'admin', 'client', 'relative']) {
      const since = await lastAuditSequence(t.db);
      expect((await s.get(who, '/api/caseload')).statusCode, who).toBe(403);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'access_refused', outcome: 'refused', client_id: null },
      ]);
    }
    expect((await s.get('anonymous', '/api/caseload')).statusCode).toBe(401);
  });
});
