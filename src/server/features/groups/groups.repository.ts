import type { DbExecutor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** The client as the group needs them: whose team, whose coordinator, and in which kind of organisation. */
export interface GroupClient {
  id: string;
  name: string;
  teamId: string;
  coordinatorId: string;
  coordinatorName: string;
  accountId: string | null;
  /** The kind of the team's organisation ('ggz', 'social', …): the method asks a clinician in GGZ only. */
  organisationKind: string;
}

export interface GroupRow {
  id: string;
  client_id: string;
  name: string;
  phase: number;
  phase_changed_at: string;
  created_at: string;
}

/** A membership with what the group view shows beside it. */
export interface MemberRow {
  id: string;
  group_id: string;
  network_person_id: string | null;
  relative_id: string | null;
  professional_id: string | null;
  name: string;
  kind: string;
  role: string | null;
  status: string;
  approached_by: string | null;
  approached_on: string | null;
  answer: string | null;
  leave_reason: string | null;
  /** The email address on the network map, if any. */
  personEmail: string | null;
  personRelation: string | null;
  relativeEmail: string | null;
  relativeAccountId: string | null;
  relativeEndedAt: string | null;
  /** The id of the member's in-depth conversation record, if one was recorded. */
  conversationId: string | null;
  /** When the membership last reached a status (its newest history line). */
  since: string | null;
}

/** An account as inviting sees it. */
export interface AccountStanding {
  id: string;
  email: string;
  kind: string;
  hasPassword: boolean;
  disabled: boolean;
}

const groupColumns = ['id', 'client_id', 'name', 'phase', 'phase_changed_at', 'created_at'] as const;

// Nothing here is cached: memberships and places change access from the very next request.
export function createGroupsRepository(db: DbExecutor) {
  const memberQuery = () =>
    db
      .selectFrom('group_members')
      .leftJoin('network_people', 'network_people.id', 'group_members.network_person_id')
      .leftJoin('relatives', 'relatives.id', 'group_members.relative_id')
      .leftJoin('deepening_conversations', 'deepening_conversations.member_id', 'group_members.id')
      .select((eb) => [
        'group_members.id as id',
        'group_members.group_id as group_id',
        'group_members.network_person_id as network_person_id',
        'group_members.relative_id as relative_id',
        'group_members.professional_id as professional_id',
        'group_members.name as name',
        'group_members.kind as kind',
        'group_members.role as role',
        'group_members.status as status',
        'group_members.approached_by as approached_by',
        'group_members.approached_on as approached_on',
        'group_members.answer as answer',
        'group_members.leave_reason as leave_reason',
        'network_people.email as personEmail',
        'network_people.relation as personRelation',
        'relatives.email as relativeEmail',
        'relatives.account_id as relativeAccountId',
        'relatives.ended_at as relativeEndedAt',
        'deepening_conversations.id as conversationId',
        eb
          .selectFrom('member_events')
          .select((sub) => sub.fn.max('member_events.occurred_at').as('occurred_at'))
          .whereRef('member_events.member_id', '=', 'group_members.id')
          .as('since'),
      ]);

  return {
    findClient(clientId: string): Promise<GroupClient | undefined> {
      return db
        .selectFrom('clients')
        .innerJoin('professionals', 'professionals.id', 'clients.coordinator_id')
        .innerJoin('teams', 'teams.id', 'clients.team_id')
        .innerJoin('organisations', 'organisations.id', 'teams.organisation_id')
        .select([
          'clients.id as id',
          'clients.name as name',
          'clients.team_id as teamId',
          'clients.coordinator_id as coordinatorId',
          'professionals.name as coordinatorName',
          'clients.account_id as accountId',
          'organisations.kind as organisationKind',
        ])
        .where('clients.id', '=', clientId)
        .executeTakeFirst();
    },

    /** The live place among the client's relatives of the person behind `accountId`, if any. */
    findLiveRelativeByAccount(clientId: string, accountId: string) {
      return db
        .selectFrom('relatives')
        .select(['id', 'name'])
        .where('client_id', '=', clientId)
        .where('account_id', '=', accountId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
    },

    findActiveGroup(clientId: string): Promise<GroupRow | undefined> {
      return db
        .selectFrom('groups')
        .select(groupColumns)
        .where('client_id', '=', clientId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
    },

    async insertGroup(group: { clientId: string; name: string; byAccountId: string }): Promise<GroupRow> {
      const now = nowIso();
      const row = { id: newId(), client_id: group.clientId, name: group.name, phase: 1, phase_changed_at: now, created_at: now };
      await db
        .insertInto('groups')
        .values({ ...row, created_by_account_id: group.byAccountId, closed_at: null })
        .execute();
      return row;
    },

    async renameGroup(groupId: string, name: string): Promise<void> {
      await db.updateTable('groups').set({ name }).where('id', '=', groupId).execute();
    },

    /** Moves the phase only if it is still `from`: false when someone else moved it meanwhile. */
    async movePhase(move: {
      groupId: string;
      from: number;
      to: number;
      byAccountId: string;
      onBehalfOfAccountId: string | null;
    }) {
      const at = nowIso();
      const result = await db
        .updateTable('groups')
        .set({ phase: move.to, phase_changed_at: at })
        .where('id', '=', move.groupId)
        .where('phase', '=', move.from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await db
        .insertInto('group_phase_changes')
        .values({
          id: newId(),
          group_id: move.groupId,
          from_phase: move.from,
          to_phase: move.to,
          changed_at: at,
          changed_by_account_id: move.byAccountId,
          on_behalf_of_account_id: move.onBehalfOfAccountId,
        })
        .execute();
      return true;
    },

    async manualTicks(groupId: string): Promise<Set<string>> {
      const rows = await db.selectFrom('checklist_ticks').select('item_id').where('group_id', '=', groupId).execute();
      return new Set(rows.map((row) => row.item_id));
    },

    async setTick(tick: { groupId: string; itemId: string; done: boolean; byAccountId: string }): Promise<void> {
      if (!tick.done) {
        await db.deleteFrom('checklist_ticks').where('group_id', '=', tick.groupId).where('item_id', '=', tick.itemId).execute();
        return;
      }
      await db
        .insertInto('checklist_ticks')
        .values({ group_id: tick.groupId, item_id: tick.itemId, ticked_at: nowIso(), ticked_by_account_id: tick.byAccountId })
        .onConflict((conflict) => conflict.columns(['group_id', 'item_id']).doNothing())
        .execute();
    },

    /** People on the client's map who have not been removed from it. */
    async countNetworkPeople(clientId: string): Promise<number> {
      const row = await db
        .selectFrom('network_people')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('client_id', '=', clientId)
        .where('removed_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * What the plan of the client's active group holds for the checklist (the plans feature's tables,
     * read here so that the groups feature does not depend on the plans feature): its goals' horizons
     * and statuses, whether the signalling plan was started, how many agreements are not cancelled,
     * whether it was adopted, and the organisation's goal limits.
     */
    async planFacts(clientId: string) {
      const organisation = await db
        .selectFrom('clients')
        .innerJoin('teams', 'teams.id', 'clients.team_id')
        .innerJoin('organisations', 'organisations.id', 'teams.organisation_id')
        .select(['organisations.goal_limit_long as long', 'organisations.goal_limit_short as short'])
        .where('clients.id', '=', clientId)
        .executeTakeFirst();
      const plan = await db
        .selectFrom('plans')
        .innerJoin('groups', 'groups.id', 'plans.group_id')
        .select(['plans.id as id', 'plans.signal_plan as signalPlan'])
        .where('groups.client_id', '=', clientId)
        .where('groups.closed_at', 'is', null)
        .executeTakeFirst();
      const limits = { long: organisation?.long ?? null, short: organisation?.short ?? null };
      if (!plan) return { goals: [], signalPlanStarted: false, agreements: 0, adopted: false, limits };
      const goals = await db.selectFrom('plan_goals').select(['horizon', 'status']).where('plan_id', '=', plan.id).execute();
      const agreements = await db
        .selectFrom('plan_agreements')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('plan_id', '=', plan.id)
        .where('status', '!=', 'cancelled')
        .executeTakeFirstOrThrow();
      const adoption = await db.selectFrom('plan_adoptions').select('id').where('plan_id', '=', plan.id).executeTakeFirst();
      return {
        goals,
        signalPlanStarted: plan.signalPlan !== null,
        agreements: Number(agreements.n),
        adopted: adoption !== undefined,
        limits,
      };
    },

    /**
     * The meetings of the client's active group that were not cancelled (the meetings feature's
     * tables, read here for the same reason as the plan's), each with how many agenda items it has.
     */
    async meetingFacts(clientId: string) {
      const meetings = await db
        .selectFrom('meetings')
        .innerJoin('groups', 'groups.id', 'meetings.group_id')
        .select([
          'meetings.id as id',
          'meetings.kind as kind',
          'meetings.starts_on as startsOn',
          'meetings.starts_at as startsAt',
          'meetings.minute_taker_member_id as minuteTakerMemberId',
          'meetings.channel as channel',
        ])
        .where('groups.client_id', '=', clientId)
        .where('groups.closed_at', 'is', null)
        .where('meetings.status', '!=', 'cancelled')
        .orderBy('meetings.starts_at')
        .orderBy('meetings.id')
        .execute();
      if (meetings.length === 0) return [];
      const agendas = await db
        .selectFrom('meeting_agenda_items')
        .select(['meeting_id', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where(
          'meeting_id',
          'in',
          meetings.map((meeting) => meeting.id),
        )
        .groupBy('meeting_id')
        .execute();
      const items = new Map(agendas.map((row) => [row.meeting_id, Number(row.n)]));
      return meetings.map((meeting) => ({ ...meeting, agendaItems: items.get(meeting.id) ?? 0 }));
    },

    findNetworkPerson(clientId: string, personId: string) {
      return db
        .selectFrom('network_people')
        .select(['id', 'name', 'relation', 'formality', 'email'])
        .where('client_id', '=', clientId)
        .where('id', '=', personId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
    },

    listMembers(groupId: string): Promise<MemberRow[]> {
      return memberQuery()
        .where('group_members.group_id', '=', groupId)
        .orderBy('group_members.created_at')
        .orderBy('group_members.id')
        .execute();
    },

    findMember(groupId: string, memberId: string): Promise<MemberRow | undefined> {
      return memberQuery()
        .where('group_members.group_id', '=', groupId)
        .where('group_members.id', '=', memberId)
        .executeTakeFirst();
    },

    /** A membership of the group that has not ended, by the person or professional it is about. */
    findOpenMembership(groupId: string, by: { networkPersonId: string } | { professionalId: string } | { relativeId: string }) {
      const query = db
        .selectFrom('group_members')
        .select(['id', 'status', 'role'])
        .where('group_id', '=', groupId)
        .where('status', 'not in', ['declined', 'left']);
      if ('networkPersonId' in by) return query.where('network_person_id', '=', by.networkPersonId).executeTakeFirst();
      if ('professionalId' in by) return query.where('professional_id', '=', by.professionalId).executeTakeFirst();
      return query.where('relative_id', '=', by.relativeId).executeTakeFirst();
    },

    /** The client's live relative with this email address (already in their circle, with or without an account). */
    findLiveRelativeByEmail(clientId: string, email: string) {
      return db
        .selectFrom('relatives')
        .select(['id', 'name'])
        .where('client_id', '=', clientId)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .where('ended_at', 'is', null)
        .executeTakeFirst();
    },

    /** A new membership and the first line of its history (from no status). */
    async insertMember(member: {
      id?: string;
      groupId: string;
      name: string;
      kind: string;
      role: string | null;
      status: string;
      networkPersonId?: string | null;
      professionalId?: string | null;
      relativeId?: string | null;
      byAccountId: string;
      onBehalfOfAccountId?: string | null;
    }): Promise<string> {
      const id = member.id ?? newId();
      const now = nowIso();
      await db
        .insertInto('group_members')
        .values({
          id,
          group_id: member.groupId,
          network_person_id: member.networkPersonId ?? null,
          relative_id: member.relativeId ?? null,
          professional_id: member.professionalId ?? null,
          name: member.name,
          kind: member.kind,
          role: member.role,
          status: member.status,
          approached_by: null,
          approached_on: null,
          answer: null,
          leave_reason: null,
          leave_note: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db
        .insertInto('member_events')
        .values({
          id: newId(),
          group_id: member.groupId,
          member_id: id,
          from_status: null,
          to_status: member.status,
          occurred_at: now,
          by_account_id: member.byAccountId,
          on_behalf_of_account_id: member.onBehalfOfAccountId ?? null,
          reason: null,
        })
        .execute();
      return id;
    },

    async updateMember(
      memberId: string,
      values: Partial<{ approached_by: string; approached_on: string; answer: string; role: string; relative_id: string }>,
    ): Promise<void> {
      await db
        .updateTable('group_members')
        .set({ ...values, updated_at: nowIso() })
        .where('id', '=', memberId)
        .execute();
    },

    findTeamProfessional(teamId: string, professionalId: string) {
      return db
        .selectFrom('professionals')
        .select(['id', 'name', 'role', 'account_id'])
        .where('team_id', '=', teamId)
        .where('id', '=', professionalId)
        .executeTakeFirst();
    },

    listTeamProfessionals(teamId: string, roles: readonly string[]) {
      return db
        .selectFrom('professionals')
        .select(['id', 'name', 'role'])
        .where('team_id', '=', teamId)
        .where('role', 'in', roles)
        .orderBy('name')
        .orderBy('id')
        .execute();
    },

    async setCoordinator(clientId: string, professionalId: string): Promise<void> {
      await db.updateTable('clients').set({ coordinator_id: professionalId }).where('id', '=', clientId).execute();
    },

    async findAccounts(where: { ids: readonly string[]; emails: readonly string[] }): Promise<AccountStanding[]> {
      if (where.ids.length === 0 && where.emails.length === 0) return [];
      const rows = await db
        .selectFrom('accounts')
        .select(['id', 'email', 'kind', 'password_hash', 'disabled_at'])
        .where((eb) =>
          eb.or([
            ...(where.ids.length > 0 ? [eb('id', 'in', where.ids)] : []),
            ...(where.emails.length > 0 ? [eb('email', 'in', where.emails)] : []),
          ]),
        )
        .execute();
      return rows.map((row) => ({
        id: row.id,
        email: row.email,
        kind: row.kind,
        hasPassword: row.password_hash !== null,
        disabled: row.disabled_at !== null,
      }));
    },
  };
}
export type GroupsRepository = ReturnType<typeof createGroupsRepository>;
