import type { DbExecutor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { createMeetingsRepository, type MeetingsRepository } from './meetings.repository.js';

export interface ScoreRow {
  goal_id: string;
  score: number;
  note: string | null;
}

/** An agreement in the draft minutes, with the name of the member who does it (null: the client). */
export interface MinutesAgreementRow {
  id: string;
  agreement_id: string | null;
  what: string;
  member_id: string | null;
  due_on: string | null;
  goal_id: string | null;
  status: string;
  memberName: string | null;
}

export interface PlanGoalRow {
  id: string;
  horizon: string;
  text: string;
  status: string;
}

/** An agreement of the plan, with the name of the member who does it (null: the client). */
export interface PlanAgreementRow {
  id: string;
  what: string;
  member_id: string | null;
  due_on: string | null;
  goal_id: string | null;
  status: string;
  done_at: string | null;
  done_by_account_id: string | null;
  memberName: string | null;
}

export interface ScoreValues {
  goalId: string;
  score: number;
  note: string | null;
}

export interface MinutesAgreementValues {
  agreementId: string | null;
  what: string;
  memberId: string | null;
  dueOn: string | null;
  goalId: string | null;
  status: string;
}

// The minutes of a meeting, and the little of the plan they are written against; the meeting itself,
// its agenda and the group's members are the meetings repository's. Nothing is cached; inside a
// change every query runs on its transaction.
export function createMinutesRepository(db: DbExecutor) {
  return {
    /**
     * Claims the draft for a change: a no-op update that locks the meeting's row until the
     * transaction ends (PostgreSQL; SQLite has one writer anyway), so that a save and an approval
     * take turns. False when the minutes are no longer a draft.
     */
    async lockDraft(meetingId: string): Promise<boolean> {
      const row = await db
        .updateTable('meetings')
        .set((eb) => ({ minutes_status: eb.ref('minutes_status') }))
        .where('id', '=', meetingId)
        .where('minutes_status', '=', 'draft')
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async approve(meetingId: string, byAccountId: string): Promise<void> {
      await db
        .updateTable('meetings')
        .set({ minutes_status: 'approved', minutes_approved_at: nowIso(), minutes_approved_by_account_id: byAccountId })
        .where('id', '=', meetingId)
        .execute();
    },

    async updateItem(itemId: string, text: { notes: string; decisions: string }): Promise<void> {
      await db.updateTable('meeting_agenda_items').set(text).where('id', '=', itemId).execute();
    },

    listScores(meetingId: string): Promise<ScoreRow[]> {
      return db
        .selectFrom('meeting_scores as s')
        .leftJoin('plan_goals as g', 'g.id', 's.goal_id')
        .select(['s.goal_id as goal_id', 's.score as score', 's.note as note'])
        .where('s.meeting_id', '=', meetingId)
        .orderBy('g.created_at')
        .orderBy('s.goal_id')
        .execute();
    },

    async replaceScores(meetingId: string, scores: readonly ScoreValues[]): Promise<void> {
      await db.deleteFrom('meeting_scores').where('meeting_id', '=', meetingId).execute();
      if (scores.length === 0) return;
      await db
        .insertInto('meeting_scores')
        .values(
          scores.map((score) => ({
            id: newId(),
            meeting_id: meetingId,
            goal_id: score.goalId,
            score: score.score,
            note: score.note,
          })),
        )
        .execute();
    },

    listAgreements(meetingId: string): Promise<MinutesAgreementRow[]> {
      return db
        .selectFrom('meeting_agreements as a')
        .leftJoin('group_members as m', 'm.id', 'a.member_id')
        .select([
          'a.id as id',
          'a.agreement_id as agreement_id',
          'a.what as what',
          'a.member_id as member_id',
          'a.due_on as due_on',
          'a.goal_id as goal_id',
          'a.status as status',
          'm.name as memberName',
        ])
        .where('a.meeting_id', '=', meetingId)
        .orderBy('a.position')
        .execute();
    },

    async replaceAgreements(meetingId: string, agreements: readonly MinutesAgreementValues[]): Promise<void> {
      await db.deleteFrom('meeting_agreements').where('meeting_id', '=', meetingId).execute();
      if (agreements.length === 0) return;
      await db
        .insertInto('meeting_agreements')
        .values(
          agreements.map((agreement, position) => ({
            id: newId(),
            meeting_id: meetingId,
            position,
            agreement_id: agreement.agreementId,
            what: agreement.what,
            member_id: agreement.memberId,
            due_on: agreement.dueOn,
            goal_id: agreement.goalId,
            status: agreement.status,
          })),
        )
        .execute();
    },

    /** The id of the group's plan; undefined while nothing has been written in it. */
    async findPlanId(groupId: string): Promise<string | undefined> {
      const row = await db.selectFrom('plans').select('id').where('group_id', '=', groupId).executeTakeFirst();
      return row?.id;
    },

    listGoals(planId: string): Promise<PlanGoalRow[]> {
      return db
        .selectFrom('plan_goals')
        .select(['id', 'horizon', 'text', 'status'])
        .where('plan_id', '=', planId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    /** Per goal of the plan, its last score on a day before `day` (the meeting's own are not yet history). */
    async lastScoresBefore(planId: string, day: string): Promise<Map<string, { date: string; score: number }>> {
      const rows = await db
        .selectFrom('goal_progress as p')
        .innerJoin('plan_goals as g', 'g.id', 'p.goal_id')
        .select(['p.goal_id as goal_id', 'p.scored_on as scored_on', 'p.score as score'])
        .where('g.plan_id', '=', planId)
        .where('p.scored_on', '<', day)
        .orderBy('p.scored_on')
        .orderBy('p.recorded_at')
        .orderBy('p.id')
        .execute();
      // Oldest first: the last one of each goal stays.
      return new Map(rows.map((row) => [row.goal_id, { date: row.scored_on, score: row.score }]));
    },

    listPlanAgreements(planId: string): Promise<PlanAgreementRow[]> {
      return db
        .selectFrom('plan_agreements as a')
        .leftJoin('group_members as m', 'm.id', 'a.member_id')
        .select([
          'a.id as id',
          'a.what as what',
          'a.member_id as member_id',
          'a.due_on as due_on',
          'a.goal_id as goal_id',
          'a.status as status',
          'a.done_at as done_at',
          'a.done_by_account_id as done_by_account_id',
          'm.name as memberName',
        ])
        .where('a.plan_id', '=', planId)
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute();
    },
  };
}
export type MinutesRepository = ReturnType<typeof createMinutesRepository>;

/** What the minutes work with: the meeting, its agenda and the group's members, and the minutes' own. */
export interface MinutesRepositories {
  meetings: MeetingsRepository;
  minutes: MinutesRepository;
}

export function createMinutesRepositories(db: DbExecutor): MinutesRepositories {
  return { meetings: createMeetingsRepository(db), minutes: createMinutesRepository(db) };
}
