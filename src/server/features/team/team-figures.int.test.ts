import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDay } from '../../../domain/amsterdam-time.js';
import { evaluationThemes } from '../../../domain/evaluations.js';
import { regieInstrument } from '../../../domain/regie-evaluation.js';
import type { TeamFigures } from '../../../shared/team.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import {
  createClient,
  createGroup,
  createMeeting,
  createMember,
  createProfessional,
  createRelative,
  createTeam,
  createWorld,
  type World,
} from '../../testing/factories.js';
import { bodyOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { figuresCsv } from './figures-csv.js';
import { seedEvaluationRound, type SeededRespondent } from './team-testing.js';

// The team's figures against a small team worked out by hand: five open groups (and one closed, and
// one of another team, that do not count), their members, meetings and evaluation rounds.

const today = () => amsterdamDay(new Date());

describe("a team's figures", () => {
  let t: TestApp;
  let w: World;
  let s: SignedIn;
  let team: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const db = t.db;
    team = await createTeam(db, w.home.id, { name: 'Téam Cijfers, Zuid-Oost' });
    const professional = (role: 'coordinator' | 'clinician' | 'team_lead' | 'professional') =>
      createProfessional(db, { organisationId: w.home.id, teamId: team.id, role });
    const coordinator = await professional('coordinator');
    const clinician = await professional('clinician');
    const lead = await professional('team_lead');
    const other = await professional('professional');
    s = await signInEach(t, {
      ...worldPeople(w),
      figuresCoordinator: coordinator.email,
      figuresClinician: clinician.email,
      figuresLead: lead.email,
      figuresProfessional: other.email,
    });

    /** A client of the team with a group in `phase` and the memberships given. */
    const group = async (
      phase: number,
      members: { kind: string; status?: string; role?: string | null; professionalId?: string }[],
    ) => {
      const client = await createClient(db, { teamId: team.id, coordinatorId: coordinator.id });
      const row = await createGroup(db, { clientId: client.id, createdByAccountId: coordinator.account_id, phase });
      const made = [];
      for (const [index, member] of members.entries()) {
        const relative = member.kind === 'informal' ? await createRelative(db, { clientId: client.id }) : null;
        made.push({
          ...(await createMember(db, {
            groupId: row.id,
            name: `Lid ${index}`,
            kind: member.kind,
            status: member.status ?? 'active',
            role: member.role ?? null,
            relativeId: relative?.id ?? null,
            professionalId: member.professionalId ?? null,
          })),
          accountId: relative?.account_id ?? null,
        });
      }
      return { client, group: row, members: made };
    };
    const asCoordinator = { kind: 'formal', role: 'coordinator', professionalId: coordinator.id };
    const asClinician = { kind: 'formal', role: 'clinician', professionalId: clinician.id };
    const informal = { kind: 'informal' };

    // Size = active members + the client + the coordinator when no active member is the coordinator.
    // A: coordinator, 2 informal (a third left): size 4, informal 2.
    const a = await group(2, [asCoordinator, informal, informal, { kind: 'informal', status: 'left' }]);
    // B: clinician, 1 informal, 1 peer, no coordinator member: size 3 + 1 + 1 = 5, informal 1.
    const b = await group(4, [asClinician, informal, { kind: 'peer' }]);
    // C: the coordinator only approached: size 0 + 1 + 1 = 2, informal 0.
    const c = await group(4, [{ ...asCoordinator, status: 'approached' }]);
    // D: coordinator, clinician, 3 informal: size 6, informal 3.
    const d = await group(5, [asCoordinator, asClinician, informal, informal, informal]);
    // G: coordinator, 1 informal, meeting every month: size 3, informal 1.
    const g = await group(5, [asCoordinator, informal]);
    await db.updateTable('groups').set({ meeting_interval_months: 1 }).where('id', '=', g.group.id).execute();
    // E: closed, in phase 1: not among the open groups; its rounds are the team's history.
    const e = await group(1, [asCoordinator, informal, informal]);
    await db.updateTable('groups').set({ closed_at: '2025-07-01T10:00:00.000Z' }).where('id', '=', e.group.id).execute();

    // The rhythm over the last twelve months (three months unless the group chose otherwise):
    // A no meeting (not judged); B every ~80 days and the last 40 days ago (kept); C last 150 days
    // ago (overdue); D 60 days ago, with a theme meeting and a cancelled one after that count for
    // nothing (kept); G monthly, last 45 days ago (overdue). Judged 4, kept 2.
    const meeting = (
      groupId: string,
      daysFromToday: number,
      extra: { kind?: 'start' | 'follow_up' | 'theme'; status?: 'cancelled' } = {},
    ) => createMeeting(db, { groupId, createdByAccountId: coordinator.account_id, daysFromToday, ...extra });
    for (const days of [-200, -120, -40]) await meeting(b.group.id, days);
    await meeting(c.group.id, -150, { kind: 'start' });
    await meeting(d.group.id, -60, { kind: 'start' });
    await meeting(d.group.id, -20, { status: 'cancelled' });
    await meeting(d.group.id, -10, { kind: 'theme' });
    await meeting(d.group.id, 14);
    await meeting(g.group.id, -45);

    // Evaluation rounds, on Regie's own instruments (scale 'heard' only, for the sums by hand).
    const opener = coordinator.account_id;
    const answered = '2025-01-01T12:00:00.000Z';
    const clientOf = (x: typeof a, heard: number, showWhenAlone = true): SeededRespondent => ({
      accountId: x.client.account_id ?? '',
      memberId: null,
      name: x.client.name,
      type: 'client',
      answeredAt: answered,
      showWhenAlone,
      scores: { heard },
    });
    const relativeOf = (x: typeof a, index: number, heard: number | null, showWhenAlone = false): SeededRespondent => {
      const member = x.members.filter((m) => m.kind === 'informal' && m.status === 'active')[index];
      return {
        accountId: member?.accountId ?? '',
        memberId: member?.id ?? null,
        name: member?.name ?? '',
        type: 'relative',
        ...(heard === null ? {} : { answeredAt: answered, showWhenAlone, scores: { heard } }),
      };
    };
    const professionalOf = (x: typeof a, accountId: string, heard: number | null, showWhenAlone = false): SeededRespondent => ({
      accountId,
      memberId: x.members.find((m) => m.kind !== 'informal')?.id ?? null,
      name: 'Professional',
      type: 'professional',
      ...(heard === null ? {} : { answeredAt: answered, showWhenAlone, scores: { heard } }),
    });
    // R1 (B, Q1 2025): the relative answered alone without consent: hidden from the group, so from
    // the team too. Shown: client 4, clinician 5, peer 3.
    const peerAccount = (await createRelative(db, { clientId: b.client.id })).account_id;
    await seedEvaluationRound(db, {
      groupId: b.group.id,
      openedByAccountId: opener,
      closesOn: '2025-02-10',
      respondents: [
        clientOf(b, 4),
        relativeOf(b, 0, 1),
        professionalOf(b, clinician.account_id, 5),
        professionalOf(b, peerAccount, 3),
      ],
    });
    // R2 (D, Q1 2025): client 2, relatives 4 and 2, the coordinator did not answer.
    await seedEvaluationRound(db, {
      groupId: d.group.id,
      openedByAccountId: opener,
      closesOn: '2025-03-20',
      respondents: [clientOf(d, 2), relativeOf(d, 0, 4), relativeOf(d, 1, 2), professionalOf(d, coordinator.account_id, null)],
    });
    // R3 (C, closed early on 2 April 2025: Q2): the coordinator answered alone without consent, so
    // one shown respondent: left out. Its scores must not count anywhere.
    await seedEvaluationRound(db, {
      groupId: c.group.id,
      openedByAccountId: opener,
      closesOn: '2025-04-10',
      closedAt: '2025-04-02T10:00:00.000Z',
      respondents: [clientOf(c, 1.375), professionalOf(c, coordinator.account_id, 1.625)],
    });
    // R4 (A, Q2 2025): client 3, relatives 4 and 2, coordinator 4 (alone of their type, with consent).
    await seedEvaluationRound(db, {
      groupId: a.group.id,
      openedByAccountId: opener,
      closesOn: '2025-05-15',
      respondents: [clientOf(a, 3), relativeOf(a, 0, 4), relativeOf(a, 1, 2), professionalOf(a, coordinator.account_id, 4, true)],
    });
    // R6 (E, closed group, Q2 2025): client 5, relative 5 (with consent), coordinator 5 (with consent).
    await seedEvaluationRound(db, {
      groupId: e.group.id,
      openedByAccountId: opener,
      closesOn: '2025-06-01',
      respondents: [clientOf(e, 5), relativeOf(e, 0, 5, true), professionalOf(e, coordinator.account_id, 5, true)],
    });
    // An open round (G) counts for nothing yet; nor does a round of another team's group.
    await seedEvaluationRound(db, {
      groupId: g.group.id,
      openedByAccountId: opener,
      closesOn: addDays(today(), 10),
      respondents: [clientOf(g, 1), relativeOf(g, 0, 1, true), professionalOf(g, coordinator.account_id, 1)],
    });
    await seedEvaluationRound(db, {
      groupId: w.clientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
      closesOn: '2025-03-01',
      respondents: [
        {
          accountId: w.client.account_id ?? '',
          memberId: null,
          name: w.client.name,
          type: 'client',
          answeredAt: answered,
          showWhenAlone: true,
          scores: { heard: 1 },
        },
        {
          accountId: w.relative.account_id,
          memberId: w.clientGroup.member.id,
          name: w.relative.name,
          type: 'relative',
          answeredAt: answered,
          showWhenAlone: true,
          scores: { heard: 1 },
        },
        {
          accountId: w.coordinator.account_id,
          memberId: null,
          name: w.coordinator.name,
          type: 'professional',
          answeredAt: answered,
          showWhenAlone: true,
          scores: { heard: 1 },
        },
      ],
    });
  });

  afterAll(() => t.close());

  const figuresUrl = (teamId: string, rest = '') => `/api/teams/${teamId}/figures${rest}`;

  it('counts the open groups per phase, with every phase on a line of its own', async () => {
    const figures = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    expect(figures.team).toEqual({ id: team.id, name: team.name });
    expect(figures.madeOn).toBe(today());
    expect(figures.groups).toBe(5);
    expect(figures.groupsPerPhase).toEqual([
      { phase: 1, count: 0 },
      { phase: 2, count: 1 },
      { phase: 3, count: 0 },
      { phase: 4, count: 2 },
      { phase: 5, count: 2 },
      { phase: 6, count: 0 },
    ]);
  });

  it('gives the group size with the client and the coordinator, and its frequency table', async () => {
    const { groupSize } = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    // Sizes 4, 5, 2, 6, 3: mean 4, median 4, squared deviations 0 + 1 + 4 + 4 + 1 = 10, sd √(10/4).
    const { sd, frequencies, ...rest } = groupSize;
    expect(rest).toEqual({ n: 5, mean: 4, median: 4, min: 2, max: 6 });
    expect(sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(
      frequencies.rows.map((row) => [row.value, row.frequency, row.percent, row.validPercent, row.cumulativePercent]),
    ).toEqual([
      [2, 1, 20, 20, 20],
      [3, 1, 20, 20, 40],
      [4, 1, 20, 20, 60],
      [5, 1, 20, 20, 80],
      [6, 1, 20, 20, 100],
    ]);
    expect(frequencies.missing).toBeNull();
    expect(frequencies.total).toEqual({ n: 5, validN: 5 });
  });

  it('gives the informal members per group as a frequency table with percent, valid percent and cumulative percent', async () => {
    const figures = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    // Informal members 2, 1, 0, 3, 1: mean 1.4, median 1; 0 once, 1 twice, 2 once, 3 once.
    const { sd, frequencies, ...rest } = figures.informalMembers;
    expect(rest).toEqual({ n: 5, mean: 1.4, median: 1, min: 0, max: 3 });
    // Squared deviations 0.36 + 0.16 + 1.96 + 2.56 + 0.16 = 5.2; sd √(5.2/4).
    expect(sd).toBeCloseTo(Math.sqrt(1.3), 12);
    expect(frequencies).toEqual({
      rows: [
        { value: 0, frequency: 1, percent: 20, validPercent: 20, cumulativePercent: 20 },
        { value: 1, frequency: 2, percent: 40, validPercent: 40, cumulativePercent: 60 },
        { value: 2, frequency: 1, percent: 20, validPercent: 20, cumulativePercent: 80 },
        { value: 3, frequency: 1, percent: 20, validPercent: 20, cumulativePercent: 100 },
      ],
      missing: null,
      total: { n: 5, validN: 5 },
    });
    // Four of the five groups have an active informal member.
    expect(figures.shareWithInformalSupport).toBe(0.8);
  });

  it('gives the share of the groups whose rhythm began that met within their interval over the last year', async () => {
    const figures = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    expect(figures.metWithinInterval).toEqual({ judged: 4, share: 0.5 });
  });

  it('averages closed rounds with three shown respondents over at least two groups, and gives the response rate over all', async () => {
    const { evaluation } = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    const scales = regieInstrument('client', 'nl').scoring.scales;
    expect(evaluation.scales).toEqual(scales.map((scale) => ({ id: scale.id, title: null, min: scale.min, max: scale.max })));
    expect(evaluation.scales.map((scale) => scale.id)).toEqual([...evaluationThemes]);
    // R1, R2, R4 and R6 count; R3 is left out; the open round and the other team's are not closed rounds of this team.
    expect(evaluation.rounds).toBe(4);
    expect(evaluation.roundsLeftOut).toBe(1);
    // Asked 4 + 4 + 2 + 4 + 3 = 17, answered 4 + 3 + 2 + 4 + 3 = 16.
    expect(evaluation.responseRate).toEqual({ asked: 17, answered: 16, share: 16 / 17 });
    const heard = evaluation.averages.find((average) => average.scaleId === 'heard');
    // 4, 5, 3 (R1) + 2, 4, 2 (R2) + 3, 4, 2, 4 (R4) + 5, 5, 5 (R6) = 48 over 13.
    expect(heard?.overall.n).toBe(13);
    expect(heard?.overall.mean).toBeCloseTo(48 / 13, 12);
    expect(heard?.byType).toEqual([
      // 4 + 2 + 3 + 5 over 4, from four groups.
      { respondentType: 'client', mean: 3.5, n: 4 },
      // 4 + 2 (R2) + 4 + 2 (R4) + 5 (R6) over 5; R1's relative is hidden.
      { respondentType: 'relative', mean: 3.4, n: 5 },
      // 5 + 3 (R1) + 4 (R4) + 5 (R6) over 4.
      { respondentType: 'professional', mean: 4.25, n: 4 },
    ]);
    for (const scaleId of ['roles', 'direction', 'progress'])
      expect(evaluation.averages.find((average) => average.scaleId === scaleId)?.overall).toEqual({ mean: null, n: 0 });
    expect(
      evaluation.overTime.map(({ period, rounds, responseRate, averages }) => ({
        period,
        rounds,
        responseRate,
        heard: averages.find((average) => average.scaleId === 'heard')?.overall,
      })),
    ).toEqual([
      // R1 and R2: 4, 5, 3, 2, 4, 2.
      { period: '2025-Q1', rounds: 2, responseRate: { asked: 8, answered: 7, share: 7 / 8 }, heard: { mean: 20 / 6, n: 6 } },
      // R3 (left out), R4 and R6: 3, 4, 2, 4, 5, 5, 5.
      { period: '2025-Q2', rounds: 2, responseRate: { asked: 9, answered: 9, share: 1 }, heard: { mean: 4, n: 7 } },
    ]);
  });

  it('lets the team’s coordinator and clinician see the same figures, no one else', async () => {
    const lead = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    for (const who of ['figuresCoordinator', 'figuresClinician'])
      expect(await bodyOf<TeamFigures>(s.get(who, figuresUrl(team.id)))).toEqual(lead);
    // Another team's professionals, of this organisation or another: as if there were no such team.
    for (const who of ['teamLead', 'coordinator', 'clinician', 'otherTeam', 'foreign'])
      expect((await s.get(who, figuresUrl(team.id))).statusCode, who).toBe(404);
    expect((await s.get('figuresLead', figuresUrl(w.team.id))).statusCode).toBe(404);
    expect((await s.get('figuresLead', figuresUrl(crypto.randomUUID()))).statusCode).toBe(404);
    // Roles without the team's figures.
    for (const who of ['figuresProfessional', 'client', 'relative', 'researcher', 'admin'])
      expect((await s.get(who, figuresUrl(team.id))).statusCode, who).toBe(403);
    expect((await s.get('anonymous', figuresUrl(team.id))).statusCode).toBe(401);
  });

  it('downloads the same figures as a CSV file, logged as an export of the team', async () => {
    const since = await lastAuditSequence(t.db);
    const response = await s.get('figuresLead', figuresUrl(team.id, '.csv'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="regie-teamcijfers-team-cijfers-zuid-oost-${today()}.csv"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const figures = await bodyOf<TeamFigures>(s.get('figuresLead', figuresUrl(team.id)));
    expect(response.body).toBe(figuresCsv(figures));
    expect(response.body.startsWith('\uFEFFsection,team,')).toBe(true);
    expect(response.body).toContain('\r\ninformal_members_frequencies,value,1,2,40.0,40.0,60.0\r\n');
    expect(response.body).toContain('\r\nevaluation_averages,heard,,1,5,client,4,3.50\r\n');
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'export',
        outcome: 'success',
        data_category: 'evaluations',
        client_id: null,
        object_id: team.id,
        actor_role: 'team_lead',
      },
    ]);
    // Refused as the figures are, and nothing exported.
    expect((await s.get('otherTeam', figuresUrl(team.id, '.csv'))).statusCode).toBe(404);
    expect((await s.get('figuresProfessional', figuresUrl(team.id, '.csv'))).statusCode).toBe(403);
  });
});
