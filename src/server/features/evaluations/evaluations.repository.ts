import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/database.js';
import type { EvaluationRespondentTable, EvaluationRoundTable } from '../../platform/db/schema.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** The client as evaluation rounds need them: their team, its organisation, their coordinator and account. */
export interface EvaluationClient {
  id: string;
  name: string;
  teamId: string;
  organisationId: string;
  coordinatorId: string;
  accountId: string | null;
}

/** The client's group that has not been closed. */
export interface EvaluationGroup {
  id: string;
  name: string;
  phase: number;
}

export type RoundRow = Selectable<EvaluationRoundTable>;
/** A respondent as rounds read them: a link's hash never leaves the link's own queries. */
export type RespondentRow = Omit<Selectable<EvaluationRespondentTable>, 'link_token_hash' | 'link_sent_at'>;

/**
 * An active membership with the account behind it, if any: a relative's through their place (and
 * whether that place is still live), a professional's through their record.
 */
export interface ActiveMemberRow {
  id: string;
  name: string;
  kind: string;
  role: string | null;
  relativeId: string | null;
  professionalId: string | null;
  /** The relative's or professional's account; null for someone Regie knows only from the map. */
  accountId: string | null;
  /** Set for a relative: the client of their place and when it ended. */
  relativeClientId: string | null;
  relativeEndedAt: string | null;
  accountDisabledAt: string | null;
  /** The network-map person behind the membership, when it is still on this client's map. */
  networkPersonId: string | null;
  /** That person's address on the map, if any (may be blank). */
  mapEmail: string | null;
}

export type RespondentValues = Pick<
  RespondentRow,
  'account_id' | 'member_id' | 'name' | 'respondent_type' | 'instrument_source' | 'instrument_url' | 'instrument_version'
>;

const roundColumns = [
  'id',
  'group_id',
  'meeting_id',
  'opened_at',
  'opened_by_account_id',
  'closes_on',
  'closed_at',
  'closed_by_account_id',
] as const;

const respondentColumns = [
  'id',
  'round_id',
  'account_id',
  'member_id',
  'name',
  'respondent_type',
  'instrument_source',
  'instrument_url',
  'instrument_version',
  'invited_at',
  'answered_at',
  'show_when_alone',
  'signed',
] as const;

// Nothing here is cached: a membership, a sharing choice or an answer by someone else counts from the
// very next request. Inside a change, every query runs on the change's transaction.
export function createEvaluationsRepository(db: DbExecutor) {
  return {
    findClient(clientId: string): Promise<EvaluationClient | undefined> {
      return db
        .selectFrom('clients as c')
        .innerJoin('teams as t', 't.id', 'c.team_id')
        .select([
          'c.id as id',
          'c.name as name',
          'c.team_id as teamId',
          't.organisation_id as organisationId',
          'c.coordinator_id as coordinatorId',
          'c.account_id as accountId',
        ])
        .where('c.id', '=', clientId)
        .executeTakeFirst();
    },

    /** The client's group that has not been closed; there is at most one. */
    findActiveGroup(clientId: string): Promise<EvaluationGroup | undefined> {
      return db
        .selectFrom('groups')
        .select(['id', 'name', 'phase'])
        .where('client_id', '=', clientId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
    },

    /**
     * Locks the group's row until the transaction ends (PostgreSQL; SQLite has one writer anyway), so
     * that two rounds opened at once are checked one after the other.
     */
    async lockGroup(groupId: string): Promise<void> {
      await db
        .updateTable('groups')
        .set((eb) => ({ phase: eb.ref('phase') }))
        .where('id', '=', groupId)
        .execute();
    },

    /** Locks the round's row: answers and closing take turns, so that the last answer closes it. */
    async lockRound(roundId: string): Promise<void> {
      await db
        .updateTable('evaluation_rounds')
        .set((eb) => ({ closes_on: eb.ref('closes_on') }))
        .where('id', '=', roundId)
        .execute();
    },

    /**
     * The active memberships of the group with the account behind each, and the address on the
     * client's network map of a person still on it, in the order they were made.
     */
    listActiveMembers(groupId: string, clientId: string): Promise<ActiveMemberRow[]> {
      return db
        .selectFrom('group_members as m')
        .leftJoin('relatives as r', 'r.id', 'm.relative_id')
        .leftJoin('professionals as p', 'p.id', 'm.professional_id')
        .leftJoin('accounts as a', (join) => join.on((eb) => eb('a.id', '=', eb.fn.coalesce('r.account_id', 'p.account_id'))))
        .leftJoin('network_people as np', (join) =>
          join.onRef('np.id', '=', 'm.network_person_id').on('np.client_id', '=', clientId).on('np.removed_at', 'is', null),
        )
        .select([
          'm.id as id',
          'm.name as name',
          'm.kind as kind',
          'm.role as role',
          'm.relative_id as relativeId',
          'm.professional_id as professionalId',
          'a.id as accountId',
          'r.client_id as relativeClientId',
          'r.ended_at as relativeEndedAt',
          'a.disabled_at as accountDisabledAt',
          'np.id as networkPersonId',
          'np.email as mapEmail',
        ])
        .where('m.group_id', '=', groupId)
        .where('m.status', '=', 'active')
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
    },

    /** Whether the account exists and may sign in. */
    async accountUsable(accountId: string): Promise<boolean> {
      const row = await db.selectFrom('accounts').select('disabled_at').where('id', '=', accountId).executeTakeFirst();
      return row !== undefined && row.disabled_at === null;
    },

    /** The group's rounds, the newest first. */
    listRounds(groupId: string): Promise<RoundRow[]> {
      return db
        .selectFrom('evaluation_rounds')
        .select(roundColumns)
        .where('group_id', '=', groupId)
        .orderBy('opened_at', 'desc')
        .orderBy('id')
        .execute();
    },

    /** A round of this group; another group's round is not found here. */
    findRound(groupId: string, roundId: string): Promise<RoundRow | undefined> {
      return db
        .selectFrom('evaluation_rounds')
        .select(roundColumns)
        .where('group_id', '=', groupId)
        .where('id', '=', roundId)
        .executeTakeFirst();
    },

    findRoundById(roundId: string): Promise<RoundRow | undefined> {
      return db.selectFrom('evaluation_rounds').select(roundColumns).where('id', '=', roundId).executeTakeFirst();
    },

    /** The group's rounds that are not closed by hand or by the last answer (their last day may have passed). */
    listUnclosedRounds(groupId: string): Promise<RoundRow[]> {
      return db
        .selectFrom('evaluation_rounds')
        .select(roundColumns)
        .where('group_id', '=', groupId)
        .where('closed_at', 'is', null)
        .execute();
    },

    async insertRound(values: { groupId: string; meetingId: string | null; closesOn: string; byAccountId: string }) {
      const id = newId();
      await db
        .insertInto('evaluation_rounds')
        .values({
          id,
          group_id: values.groupId,
          meeting_id: values.meetingId,
          opened_at: nowIso(),
          opened_by_account_id: values.byAccountId,
          closes_on: values.closesOn,
          closed_at: null,
          closed_by_account_id: null,
        })
        .execute();
      return id;
    },

    /** Closes the round; `byAccountId` null when the last answer closed it. */
    async closeRound(roundId: string, byAccountId: string | null): Promise<void> {
      await db
        .updateTable('evaluation_rounds')
        .set({ closed_at: nowIso(), closed_by_account_id: byAccountId })
        .where('id', '=', roundId)
        .where('closed_at', 'is', null)
        .execute();
    },

    /** Everyone asked in these rounds, the client first, then in the order they were asked. */
    listRespondents(roundIds: readonly string[]): Promise<RespondentRow[]> {
      if (roundIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('evaluation_respondents')
        .select(respondentColumns)
        .where('round_id', 'in', roundIds)
        .orderBy('round_id')
        .orderBy('invited_at')
        .orderBy('name')
        .orderBy('id')
        .execute();
    },

    findRespondent(roundId: string, accountId: string): Promise<RespondentRow | undefined> {
      return db
        .selectFrom('evaluation_respondents')
        .select(respondentColumns)
        .where('round_id', '=', roundId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },

    findRespondentById(respondentId: string): Promise<RespondentRow | undefined> {
      return db.selectFrom('evaluation_respondents').select(respondentColumns).where('id', '=', respondentId).executeTakeFirst();
    },

    /** Inserts the round's respondents and returns them with their ids. */
    async insertRespondents(roundId: string, respondents: readonly RespondentValues[]): Promise<RespondentRow[]> {
      if (respondents.length === 0) return [];
      const invitedAt = nowIso();
      const rows: RespondentRow[] = respondents.map((values) => ({
        id: newId(),
        round_id: roundId,
        ...values,
        invited_at: invitedAt,
        answered_at: null,
        show_when_alone: null,
        signed: null,
      }));
      await db.insertInto('evaluation_respondents').values(rows).execute();
      return rows;
    },

    /**
     * Stores a response: its answers per item, its scale scores and the respondent's two choices, and
     * returns when. Null when the respondent had answered already (someone else's transaction got
     * there first).
     */
    async storeResponse(response: {
      respondentId: string;
      answers: readonly { linkId: string; value: string }[];
      scores: readonly { scaleId: string; score: number; answered: number }[];
      showWhenAlone: boolean;
      signed: boolean;
    }): Promise<string | null> {
      const answeredAt = nowIso();
      const marked = await db
        .updateTable('evaluation_respondents')
        .set({
          answered_at: answeredAt,
          show_when_alone: response.showWhenAlone ? 1 : 0,
          signed: response.signed ? 1 : 0,
          // A link has done its work once answered: nothing is left that opens it.
          link_token_hash: null,
        })
        .where('id', '=', response.respondentId)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) return null;
      if (response.answers.length > 0)
        await db
          .insertInto('evaluation_answers')
          .values(
            response.answers.map((answer) => ({
              respondent_id: response.respondentId,
              link_id: answer.linkId,
              value: answer.value,
            })),
          )
          .execute();
      if (response.scores.length > 0)
        await db
          .insertInto('evaluation_scores')
          .values(
            response.scores.map((score) => ({
              respondent_id: response.respondentId,
              scale_id: score.scaleId,
              score: score.score,
              answered: score.answered,
            })),
          )
          .execute();
      return answeredAt;
    },

    /** How many of the round's respondents have not answered yet. */
    async unansweredCount(roundId: string): Promise<number> {
      const row = await db
        .selectFrom('evaluation_respondents')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('round_id', '=', roundId)
        .where('answered_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Meetings of the group that are planned, not cancelled and start after `after`, soonest first. */
    listPlannedMeetings(groupId: string, after: string) {
      return db
        .selectFrom('meetings')
        .select(['id', 'kind', 'starts_on', 'starts_at', 'status'])
        .where('group_id', '=', groupId)
        .where('status', '=', 'planned')
        .where('starts_at', '>', after)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
    },

    /** Meetings by id, whatever their state (for the rounds that name one). */
    listMeetingsById(meetingIds: readonly string[]) {
      if (meetingIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('meetings').select(['id', 'kind', 'starts_on']).where('id', 'in', meetingIds).execute();
    },

    /** Display names of accounts: the client's or professional's name behind each. */
    async namesOfAccounts(accountIds: readonly string[]): Promise<Map<string, string>> {
      if (accountIds.length === 0) return new Map();
      const clients = await db
        .selectFrom('clients')
        .select(['account_id', 'name'])
        .where('account_id', 'in', accountIds)
        .execute();
      const professionals = await db
        .selectFrom('professionals')
        .select(['account_id', 'name'])
        .where('account_id', 'in', accountIds)
        .execute();
      const names = new Map<string, string>();
      for (const row of [...professionals, ...clients]) if (row.account_id !== null) names.set(row.account_id, row.name);
      return names;
    },

    /**
     * The open rounds (not closed, last day not before `today`, group not closed) in which the account
     * was asked and has not answered, with their client and group, soonest closing first.
     */
    listWaitingFor(accountId: string, today: string) {
      return db
        .selectFrom('evaluation_respondents as er')
        .innerJoin('evaluation_rounds as r', 'r.id', 'er.round_id')
        .innerJoin('groups as g', 'g.id', 'r.group_id')
        .innerJoin('clients as c', 'c.id', 'g.client_id')
        .select([
          'r.id as roundId',
          'r.closes_on as closesOn',
          'r.group_id as groupId',
          'er.respondent_type as respondentType',
          'er.member_id as memberId',
          'g.name as groupName',
          'c.id as clientId',
          'c.name as clientName',
        ])
        .where('er.account_id', '=', accountId)
        .where('er.answered_at', 'is', null)
        .where('r.closed_at', 'is', null)
        .where('r.closes_on', '>=', today)
        .where('g.closed_at', 'is', null)
        .orderBy('r.closes_on')
        .orderBy('r.opened_at')
        .orderBy('r.id')
        .execute();
    },
  };
}
export type EvaluationsRepository = ReturnType<typeof createEvaluationsRepository>;
