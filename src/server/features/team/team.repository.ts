import type { DbExecutor } from '../../platform/db/database.js';

/** A team as its figures name it, with the organisation it belongs to. */
export interface TeamRow {
  id: string;
  name: string;
  organisationId: string;
}

/** A client of the team, with their coordinator and their group that has not been closed (if any). */
export interface CaseloadRow {
  clientId: string;
  clientName: string;
  coordinatorId: string;
  coordinatorName: string | null;
  groupId: string | null;
  groupName: string | null;
  phase: number | null;
  meetingIntervalMonths: number | null;
}

/** A group of the team that has not been closed, as its figures need it. */
export interface TeamGroupRow {
  id: string;
  phase: number;
  meetingIntervalMonths: number | null;
}

export interface MemberCountRow {
  group_id: string;
  kind: string;
  status: string;
  role: string | null;
}

/** A round of one of the team's groups. */
export interface TeamRoundRow {
  id: string;
  group_id: string;
  opened_at: string;
  closes_on: string;
  closed_at: string | null;
}

/** Someone asked in a round: never their name, never their answers. */
export interface TeamRespondentRow {
  id: string;
  round_id: string;
  respondent_type: string;
  answered_at: string | null;
  show_when_alone: number | null;
  instrument_source: string;
  instrument_url: string;
  instrument_version: string;
}

// The figures of a team are counts over the tables of the groups, plans, meetings and evaluations
// features, read here the way the groups feature reads the plan's for its checklist: the team's
// figures are one more view of the same data, not a copy of it. Nothing here reads an answer, a
// remark or a respondent's name.
export function createTeamRepository(db: DbExecutor) {
  /** The ids of the clients registered by the team. */
  const clientsOfTeam = (teamId: string) => db.selectFrom('clients').select('id').where('team_id', '=', teamId);

  return {
    findTeam(teamId: string): Promise<TeamRow | undefined> {
      return db
        .selectFrom('teams')
        .select(['id', 'name', 'organisation_id as organisationId'])
        .where('id', '=', teamId)
        .executeTakeFirst();
    },

    /**
     * The team's clients, each with their open group if they have one; only those whose coordinator
     * is `coordinatorId` when given.
     */
    listCaseload(teamId: string, coordinatorId: string | null): Promise<CaseloadRow[]> {
      let query = db
        .selectFrom('clients as c')
        .leftJoin('professionals as p', 'p.id', 'c.coordinator_id')
        .leftJoin('groups as g', (join) => join.onRef('g.client_id', '=', 'c.id').on('g.closed_at', 'is', null))
        .select([
          'c.id as clientId',
          'c.name as clientName',
          'c.coordinator_id as coordinatorId',
          'p.name as coordinatorName',
          'g.id as groupId',
          'g.name as groupName',
          'g.phase as phase',
          'g.meeting_interval_months as meetingIntervalMonths',
        ])
        .where('c.team_id', '=', teamId);
      if (coordinatorId !== null) query = query.where('c.coordinator_id', '=', coordinatorId);
      return query.execute();
    },

    /** The groups of the team's clients that have not been closed. */
    listOpenGroups(teamId: string): Promise<TeamGroupRow[]> {
      return db
        .selectFrom('groups')
        .select(['id', 'phase', 'meeting_interval_months as meetingIntervalMonths'])
        .where('client_id', 'in', clientsOfTeam(teamId))
        .where('closed_at', 'is', null)
        .orderBy('id')
        .execute();
    },

    /** Every membership of these groups, ended ones too (the statistics decide what counts). */
    listMembers(groupIds: readonly string[]): Promise<MemberCountRow[]> {
      if (groupIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('group_members')
        .select(['group_id', 'kind', 'status', 'role'])
        .where('group_id', 'in', groupIds)
        .execute();
    },

    /** How many agreements of each group's plan are still open. */
    async openAgreementCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
      if (groupIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('plan_agreements as a')
        .innerJoin('plans as pl', 'pl.id', 'a.plan_id')
        .select((eb) => ['pl.group_id as groupId', eb.fn.countAll<string | number>().as('n')])
        .where('pl.group_id', 'in', groupIds)
        .where('a.status', '=', 'open')
        .groupBy('pl.group_id')
        .execute();
      return new Map(rows.map((row) => [row.groupId, Number(row.n)]));
    },

    /** The rounds of these groups, newest first. */
    listRoundsOfGroups(groupIds: readonly string[]): Promise<TeamRoundRow[]> {
      if (groupIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('evaluation_rounds')
        .select(['id', 'group_id', 'opened_at', 'closes_on', 'closed_at'])
        .where('group_id', 'in', groupIds)
        .orderBy('opened_at', 'desc')
        .orderBy('id')
        .execute();
    },

    /** The rounds of every group of the team's clients, closed groups too: the team's history. */
    listRoundsOfTeam(teamId: string): Promise<TeamRoundRow[]> {
      const groupsOfTeam = db.selectFrom('groups').select('id').where('client_id', 'in', clientsOfTeam(teamId));
      return db
        .selectFrom('evaluation_rounds')
        .select(['id', 'group_id', 'opened_at', 'closes_on', 'closed_at'])
        .where('group_id', 'in', groupsOfTeam)
        .orderBy('opened_at')
        .orderBy('id')
        .execute();
    },

    /** Everyone asked in these rounds, without their names. */
    listRespondents(roundIds: readonly string[]): Promise<TeamRespondentRow[]> {
      if (roundIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('evaluation_respondents')
        .select([
          'id',
          'round_id',
          'respondent_type',
          'answered_at',
          'show_when_alone',
          'instrument_source',
          'instrument_url',
          'instrument_version',
        ])
        .where('round_id', 'in', roundIds)
        .orderBy('id')
        .execute();
    },

    /** The scale scores of these respondents. */
    listScores(respondentIds: readonly string[]): Promise<{ respondent_id: string; scale_id: string; score: number }[]> {
      if (respondentIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('evaluation_scores')
        .select(['respondent_id', 'scale_id', 'score'])
        .where('respondent_id', 'in', respondentIds)
        .execute();
    },
  };
}
export type TeamRepository = ReturnType<typeof createTeamRepository>;
