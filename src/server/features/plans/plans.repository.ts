import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/database.js';
import type { PlanAgreementTable, PlanGoalTable, PlanTable } from '../../platform/db/schema.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** The client as the plan needs them: whose team and coordinator, and their organisation's goal limits. */
export interface PlanClient {
  id: string;
  name: string;
  teamId: string;
  coordinatorId: string;
  accountId: string | null;
  organisationId: string;
  /** The organisation's own limits; null keeps the method's. */
  goalLimitLong: number | null;
  goalLimitShort: number | null;
}

export interface PlanGroup {
  id: string;
  name: string;
}

export type PlanRow = Selectable<PlanTable>;

export type GoalRow = Selectable<PlanGoalTable>;

export interface ProgressRow {
  goal_id: string;
  scored_on: string;
  score: number;
  recorded_at: string;
}

/** An agreement with the membership of whoever does it (null columns when the client does). */
export type AgreementRow = Selectable<PlanAgreementTable> & {
  memberName: string | null;
  memberRelativeId: string | null;
  memberProfessionalId: string | null;
  memberStatus: string | null;
};

/** A membership as the plan needs it: who can take on an agreement, and whose it is. */
export interface PlanMemberRow {
  id: string;
  name: string;
  kind: string;
  role: string | null;
  status: string;
  relative_id: string | null;
  professional_id: string | null;
}

/** A meeting of the group as an adoption needs it: its day, its start, whether it was cancelled. */
export interface PlanMeetingRow {
  id: string;
  starts_on: string;
  starts_at: string;
  status: string;
}

export type GoalValues = Pick<GoalRow, 'horizon' | 'text' | 'dimension' | 'measure' | 'target_on' | 'status' | 'serves_goal_id'>;
export type AgreementValues = Pick<
  AgreementRow,
  'what' | 'member_id' | 'due_on' | 'goal_id' | 'status' | 'done_at' | 'done_by_account_id'
>;

const goalColumns = [
  'id',
  'plan_id',
  'horizon',
  'text',
  'dimension',
  'measure',
  'target_on',
  'status',
  'serves_goal_id',
  'created_at',
  'updated_at',
] as const;

const planColumns = ['id', 'group_id', 'version', 'signal_plan', 'created_at', 'updated_at'] as const;

/** Agreements with the membership of whoever does each (null columns when the client does). */
export const agreementsQuery = (db: DbExecutor) =>
  db
    .selectFrom('plan_agreements as a')
    .leftJoin('group_members as m', 'm.id', 'a.member_id')
    .select([
      'a.id as id',
      'a.plan_id as plan_id',
      'a.what as what',
      'a.member_id as member_id',
      'a.due_on as due_on',
      'a.goal_id as goal_id',
      'a.status as status',
      'a.done_at as done_at',
      'a.done_by_account_id as done_by_account_id',
      'a.created_at as created_at',
      'a.updated_at as updated_at',
      'm.name as memberName',
      'm.relative_id as memberRelativeId',
      'm.professional_id as memberProfessionalId',
      'm.status as memberStatus',
    ]);

// Nothing here is cached: a membership, a place or a change by someone else counts from the very next
// request. Inside a change, every query runs on the change's transaction.
export function createPlansRepository(db: DbExecutor) {
  const agreements = () => agreementsQuery(db);

  const members = (groupId: string) =>
    db
      .selectFrom('group_members')
      .select(['id', 'name', 'kind', 'role', 'status', 'relative_id', 'professional_id'])
      .where('group_id', '=', groupId);

  return {
    findClient(clientId: string): Promise<PlanClient | undefined> {
      return db
        .selectFrom('clients')
        .innerJoin('teams', 'teams.id', 'clients.team_id')
        .innerJoin('organisations', 'organisations.id', 'teams.organisation_id')
        .select([
          'clients.id as id',
          'clients.name as name',
          'clients.team_id as teamId',
          'clients.coordinator_id as coordinatorId',
          'clients.account_id as accountId',
          'organisations.id as organisationId',
          'organisations.goal_limit_long as goalLimitLong',
          'organisations.goal_limit_short as goalLimitShort',
        ])
        .where('clients.id', '=', clientId)
        .executeTakeFirst();
    },

    /** The client's group that has not been closed; there is at most one. */
    findActiveGroup(clientId: string): Promise<PlanGroup | undefined> {
      return db
        .selectFrom('groups')
        .select(['id', 'name'])
        .where('client_id', '=', clientId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
    },

    /** One of the group's meetings; undefined for another group's, so that it cannot be named here. */
    findMeeting(groupId: string, meetingId: string): Promise<PlanMeetingRow | undefined> {
      return db
        .selectFrom('meetings')
        .select(['id', 'starts_on', 'starts_at', 'status'])
        .where('group_id', '=', groupId)
        .where('id', '=', meetingId)
        .executeTakeFirst();
    },

    /** The group's meetings on a calendar day (Amsterdam), cancelled ones too. */
    listMeetingsOn(groupId: string, day: string): Promise<PlanMeetingRow[]> {
      return db
        .selectFrom('meetings')
        .select(['id', 'starts_on', 'starts_at', 'status'])
        .where('group_id', '=', groupId)
        .where('starts_on', '=', day)
        .orderBy('starts_at')
        .execute();
    },

    findPlan(groupId: string): Promise<PlanRow | undefined> {
      return db.selectFrom('plans').select(planColumns).where('group_id', '=', groupId).executeTakeFirst();
    },

    /** The group's plan, made at version 0 on its first change; two first changes at once make one. */
    async ensurePlan(groupId: string): Promise<PlanRow> {
      const now = nowIso();
      await db
        .insertInto('plans')
        .values({ id: newId(), group_id: groupId, version: 0, signal_plan: null, created_at: now, updated_at: now })
        .onConflict((conflict) => conflict.column('group_id').doNothing())
        .execute();
      return db.selectFrom('plans').select(planColumns).where('group_id', '=', groupId).executeTakeFirstOrThrow();
    },

    /**
     * Raises the plan's version and answers the new number. On PostgreSQL the update locks the row
     * until the transaction ends, so that concurrent changes of one plan take turns (SQLite has one
     * writer at a time anyway): call it before reading what the change is checked against.
     */
    async nextVersion(planId: string): Promise<number> {
      const row = await db
        .updateTable('plans')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() }))
        .where('id', '=', planId)
        .returning('version')
        .executeTakeFirstOrThrow();
      return row.version;
    },

    /** Locks the plan as nextVersion does, without a new version: the version as it is now. */
    async lockPlan(planId: string): Promise<number> {
      const row = await db
        .updateTable('plans')
        .set((eb) => ({ version: eb.ref('version') }))
        .where('id', '=', planId)
        .returning('version')
        .executeTakeFirstOrThrow();
      return row.version;
    },

    async saveSignalPlan(planId: string, signalPlan: string): Promise<void> {
      await db.updateTable('plans').set({ signal_plan: signalPlan }).where('id', '=', planId).execute();
    },

    listGoals(planId: string): Promise<GoalRow[]> {
      return db
        .selectFrom('plan_goals')
        .select(goalColumns)
        .where('plan_id', '=', planId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    findGoal(planId: string, goalId: string): Promise<GoalRow | undefined> {
      return db
        .selectFrom('plan_goals')
        .select(goalColumns)
        .where('plan_id', '=', planId)
        .where('id', '=', goalId)
        .executeTakeFirst();
    },

    async insertGoal(planId: string, values: GoalValues): Promise<string> {
      const id = newId();
      const now = nowIso();
      await db
        .insertInto('plan_goals')
        .values({ id, plan_id: planId, ...values, created_at: now, updated_at: now })
        .execute();
      return id;
    },

    async updateGoal(goalId: string, values: GoalValues): Promise<void> {
      await db
        .updateTable('plan_goals')
        .set({ ...values, updated_at: nowIso() })
        .where('id', '=', goalId)
        .execute();
    },

    /** Short-term goals that serve this one. */
    async countGoalsServing(goalId: string): Promise<number> {
      const row = await db
        .selectFrom('plan_goals')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('serves_goal_id', '=', goalId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Every score of the plan's goals (or of one goal), oldest first. */
    listProgress(planId: string, goalId?: string): Promise<ProgressRow[]> {
      let query = db
        .selectFrom('goal_progress')
        .innerJoin('plan_goals', 'plan_goals.id', 'goal_progress.goal_id')
        .select([
          'goal_progress.goal_id as goal_id',
          'goal_progress.scored_on as scored_on',
          'goal_progress.score as score',
          'goal_progress.recorded_at as recorded_at',
        ])
        .where('plan_goals.plan_id', '=', planId);
      if (goalId !== undefined) query = query.where('goal_progress.goal_id', '=', goalId);
      return query.orderBy('goal_progress.recorded_at').orderBy('goal_progress.id').execute();
    },

    /** A score; `meetingId` when it was given at a meeting (its approved minutes). */
    async insertProgress(progress: {
      goalId: string;
      meetingId?: string | null;
      scoredOn: string;
      score: number;
      note: string | null;
      byAccountId: string;
    }) {
      await db
        .insertInto('goal_progress')
        .values({
          id: newId(),
          goal_id: progress.goalId,
          scored_on: progress.scoredOn,
          score: progress.score,
          note: progress.note,
          meeting_id: progress.meetingId ?? null,
          recorded_at: nowIso(),
          recorded_by_account_id: progress.byAccountId,
        })
        .execute();
    },

    listAgreements(planId: string): Promise<AgreementRow[]> {
      return agreements().where('a.plan_id', '=', planId).orderBy('a.created_at').orderBy('a.id').execute();
    },

    findAgreement(planId: string, agreementId: string): Promise<AgreementRow | undefined> {
      return agreements().where('a.plan_id', '=', planId).where('a.id', '=', agreementId).executeTakeFirst();
    },

    async insertAgreement(planId: string, values: AgreementValues): Promise<string> {
      const id = newId();
      const now = nowIso();
      await db
        .insertInto('plan_agreements')
        .values({ id, plan_id: planId, ...values, created_at: now, updated_at: now })
        .execute();
      return id;
    },

    async updateAgreement(agreementId: string, values: Partial<AgreementValues>): Promise<void> {
      await db
        .updateTable('plan_agreements')
        .set({ ...values, updated_at: nowIso() })
        .where('id', '=', agreementId)
        .execute();
    },

    /** Members who take part now: they can do agreements and tasks in the signalling plan. */
    listActiveMembers(groupId: string): Promise<PlanMemberRow[]> {
      return members(groupId).where('status', '=', 'active').orderBy('created_at').orderBy('id').execute();
    },

    findMember(groupId: string, memberId: string): Promise<PlanMemberRow | undefined> {
      return members(groupId).where('id', '=', memberId).executeTakeFirst();
    },

    /** The live places among clients' relatives of the person behind `accountId`. */
    async liveRelativeIds(accountId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('relatives')
        .select('id')
        .where('account_id', '=', accountId)
        .where('ended_at', 'is', null)
        .execute();
      return rows.map((row) => row.id);
    },

    findOrganisationLimits(organisationId: string) {
      return db
        .selectFrom('organisations')
        .select(['goal_limit_long as long', 'goal_limit_short as short'])
        .where('id', '=', organisationId)
        .executeTakeFirst();
    },

    async setOrganisationLimits(organisationId: string, limits: { long: number | null; short: number | null }): Promise<void> {
      await db
        .updateTable('organisations')
        .set({ goal_limit_long: limits.long, goal_limit_short: limits.short })
        .where('id', '=', organisationId)
        .execute();
    },
  };
}
export type PlansRepository = ReturnType<typeof createPlansRepository>;
