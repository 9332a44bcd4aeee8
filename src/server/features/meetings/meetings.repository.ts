import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/database.js';
import type { MeetingAgendaItemTable, MeetingTable } from '../../platform/db/schema.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** The client as meetings need them: whose team and coordinator, with an account or not. */
export interface MeetingClient {
  id: string;
  name: string;
  teamId: string;
  coordinatorId: string;
  accountId: string | null;
}

export interface MeetingGroup {
  id: string;
  name: string;
  phase: number;
  /** The group's own interval; null keeps the method's. */
  meetingIntervalMonths: number | null;
}

export type MeetingRow = Selectable<MeetingTable>;
export type AgendaItemRow = Selectable<MeetingAgendaItemTable>;

/** A membership with what deciding on invitations needs: whose it is, and whether that still holds. */
export interface MeetingMemberRow {
  id: string;
  name: string;
  kind: string;
  role: string | null;
  status: string;
  relative_id: string | null;
  professional_id: string | null;
  relativeClientId: string | null;
  relativeEndedAt: string | null;
}

export interface InviteeRow {
  member_id: string;
  name: string;
  answer: string | null;
  answered_at: string | null;
  /** The account of the relative or professional behind the membership; null for anyone else. */
  account_id: string | null;
}

/** Whose memberships: a relative's by their account (through live places only), or a professional's. */
export type MembershipHolder = { relativeAccountId: string } | { professionalId: string };

/** An agenda item as a change keeps it (`id` set) or adds it. */
export interface AgendaItemValues {
  id?: string;
  code: string;
  title: string | null;
}

export type MeetingValues = Pick<
  MeetingRow,
  | 'kind'
  | 'theme'
  | 'starts_on'
  | 'starts_time'
  | 'starts_at'
  | 'duration_minutes'
  | 'location_kind'
  | 'location_detail'
  | 'chair_member_id'
  | 'minute_taker_member_id'
  | 'channel'
>;

const meetingColumns = [
  'id',
  'group_id',
  'kind',
  'theme',
  'starts_on',
  'starts_time',
  'starts_at',
  'duration_minutes',
  'location_kind',
  'location_detail',
  'chair_member_id',
  'minute_taker_member_id',
  'channel',
  'status',
  'sequence',
  'minutes_status',
  'minutes_approved_at',
  'minutes_approved_by_account_id',
  'created_at',
  'created_by_account_id',
  'on_behalf_of_account_id',
  'updated_at',
  'cancelled_at',
] as const;

/** A meeting to come as lists across clients show it (`mt`), with its group (`g`) and client (`c`). */
const upcomingColumns = [
  'mt.id as id',
  'mt.kind as kind',
  'mt.starts_on as starts_on',
  'mt.starts_time as starts_time',
  'mt.starts_at as starts_at',
  'mt.duration_minutes as duration_minutes',
  'mt.location_kind as location_kind',
  'g.name as groupName',
  'c.id as clientId',
  'c.name as clientName',
] as const;

// Nothing here is cached: a membership, a sharing choice or a change by someone else counts from the
// very next request. Inside a change, every query runs on the change's transaction.
export function createMeetingsRepository(db: DbExecutor) {
  const meetings = () => db.selectFrom('meetings').select(meetingColumns);

  /** Meetings of open groups, not cancelled, that start after `after`, with their group and client. */
  const upcoming = (after: string) =>
    db
      .selectFrom('meetings as mt')
      .innerJoin('groups as g', 'g.id', 'mt.group_id')
      .innerJoin('clients as c', 'c.id', 'g.client_id')
      .where('g.closed_at', 'is', null)
      .where('mt.status', '!=', 'cancelled')
      .where('mt.starts_at', '>', after);

  /** The active memberships, in any group, of the relative or professional. */
  const membershipsOf = (holder: MembershipHolder) => {
    const active = db.selectFrom('group_members as m').select('m.id as id').where('m.status', '=', 'active');
    if ('professionalId' in holder) return active.where('m.professional_id', '=', holder.professionalId);
    const livePlaces = db
      .selectFrom('relatives')
      .select('id')
      .where('account_id', '=', holder.relativeAccountId)
      .where('ended_at', 'is', null);
    return active.where('m.relative_id', 'in', livePlaces);
  };

  const members = () =>
    db
      .selectFrom('group_members as m')
      .leftJoin('relatives as r', 'r.id', 'm.relative_id')
      .select([
        'm.id as id',
        'm.name as name',
        'm.kind as kind',
        'm.role as role',
        'm.status as status',
        'm.relative_id as relative_id',
        'm.professional_id as professional_id',
        'r.client_id as relativeClientId',
        'r.ended_at as relativeEndedAt',
      ]);

  return {
    findClient(clientId: string): Promise<MeetingClient | undefined> {
      return db
        .selectFrom('clients')
        .select(['id', 'name', 'team_id as teamId', 'coordinator_id as coordinatorId', 'account_id as accountId'])
        .where('id', '=', clientId)
        .executeTakeFirst();
    },

    /** The client's group that has not been closed; there is at most one. */
    findActiveGroup(clientId: string): Promise<MeetingGroup | undefined> {
      return db
        .selectFrom('groups')
        .select(['id', 'name', 'phase', 'meeting_interval_months as meetingIntervalMonths'])
        .where('client_id', '=', clientId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
    },

    /**
     * Locks the group's row until the transaction ends (PostgreSQL; SQLite has one writer anyway), so
     * that two plans at once are checked one after the other: two start meetings cannot both pass.
     */
    async lockGroup(groupId: string): Promise<void> {
      await db
        .updateTable('groups')
        .set((eb) => ({ meeting_interval_months: eb.ref('meeting_interval_months') }))
        .where('id', '=', groupId)
        .execute();
    },

    async setIntervalMonths(groupId: string, months: number): Promise<void> {
      await db.updateTable('groups').set({ meeting_interval_months: months }).where('id', '=', groupId).execute();
    },

    /** The group's meetings, cancelled ones too, the latest start first. */
    listMeetings(groupId: string): Promise<MeetingRow[]> {
      return meetings()
        .where('group_id', '=', groupId)
        .orderBy('starts_at', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },

    /** The meetings of several groups at once, cancelled ones left out (for the rhythm of each). */
    listLiveMeetingsOfGroups(
      groupIds: readonly string[],
    ): Promise<Pick<MeetingRow, 'id' | 'group_id' | 'kind' | 'starts_on' | 'starts_time' | 'starts_at'>[]> {
      if (groupIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('meetings')
        .select(['id', 'group_id', 'kind', 'starts_on', 'starts_time', 'starts_at'])
        .where('group_id', 'in', groupIds)
        .where('status', '!=', 'cancelled')
        .execute();
    },

    /** A meeting of this group; another group's meeting is not found here. */
    findMeeting(groupId: string, meetingId: string): Promise<MeetingRow | undefined> {
      return meetings().where('group_id', '=', groupId).where('id', '=', meetingId).executeTakeFirst();
    },

    /**
     * A meeting of any of the client's groups, one that has been closed too (its minutes stay
     * readable); another client's meeting is not found here.
     */
    findClientMeeting(clientId: string, meetingId: string): Promise<MeetingRow | undefined> {
      const groupsOfClient = db.selectFrom('groups').select('id').where('client_id', '=', clientId);
      return meetings().where('group_id', 'in', groupsOfClient).where('id', '=', meetingId).executeTakeFirst();
    },

    async insertMeeting(values: MeetingValues & { groupId: string; byAccountId: string; onBehalfOfAccountId: string | null }) {
      const { groupId, byAccountId, onBehalfOfAccountId, ...meeting } = values;
      const id = newId();
      const now = nowIso();
      await db
        .insertInto('meetings')
        .values({
          id,
          group_id: groupId,
          ...meeting,
          status: 'planned',
          sequence: 0,
          minutes_status: 'draft',
          minutes_approved_at: null,
          minutes_approved_by_account_id: null,
          created_at: now,
          created_by_account_id: byAccountId,
          on_behalf_of_account_id: onBehalfOfAccountId,
          updated_at: now,
          cancelled_at: null,
        })
        .execute();
      return id;
    },

    /** Changes the meeting; `raiseSequence` when its members are told of the change. */
    async updateMeeting(meetingId: string, values: MeetingValues, raiseSequence: boolean): Promise<void> {
      await db
        .updateTable('meetings')
        .set((eb) => ({ ...values, sequence: raiseSequence ? eb('sequence', '+', 1) : eb.ref('sequence'), updated_at: nowIso() }))
        .where('id', '=', meetingId)
        .execute();
    },

    async cancelMeeting(meetingId: string): Promise<void> {
      const now = nowIso();
      await db
        .updateTable('meetings')
        .set((eb) => ({ status: 'cancelled', cancelled_at: now, sequence: eb('sequence', '+', 1), updated_at: now }))
        .where('id', '=', meetingId)
        .execute();
    },

    listAgenda(meetingId: string): Promise<AgendaItemRow[]> {
      return db
        .selectFrom('meeting_agenda_items')
        .select(['id', 'meeting_id', 'position', 'code', 'title', 'notes', 'decisions'])
        .where('meeting_id', '=', meetingId)
        .orderBy('position')
        .orderBy('id')
        .execute();
    },

    /**
     * Makes the agenda `items`, in their order: an item with an id keeps its row (and so its minutes),
     * one without is added, and an item of the agenda that is not among them is removed.
     */
    async replaceAgenda(meetingId: string, items: readonly AgendaItemValues[]): Promise<void> {
      const kept = items.flatMap((item) => (item.id === undefined ? [] : [item.id]));
      let removal = db.deleteFrom('meeting_agenda_items').where('meeting_id', '=', meetingId);
      if (kept.length > 0) removal = removal.where('id', 'not in', kept);
      await removal.execute();
      for (const [position, item] of items.entries()) {
        if (item.id === undefined) {
          await db
            .insertInto('meeting_agenda_items')
            .values({
              id: newId(),
              meeting_id: meetingId,
              position,
              code: item.code,
              title: item.title,
              notes: '',
              decisions: '',
            })
            .execute();
        } else {
          await db
            .updateTable('meeting_agenda_items')
            .set({ position, code: item.code, title: item.title })
            .where('meeting_id', '=', meetingId)
            .where('id', '=', item.id)
            .execute();
        }
      }
    },

    /** The invited, by the order they were invited, with their membership's name and account. */
    listInvitees(meetingId: string): Promise<InviteeRow[]> {
      return db
        .selectFrom('meeting_invitees as i')
        .innerJoin('group_members as m', 'm.id', 'i.member_id')
        .leftJoin('relatives as r', 'r.id', 'm.relative_id')
        .leftJoin('professionals as p', 'p.id', 'm.professional_id')
        .select((eb) => [
          'i.member_id as member_id',
          'm.name as name',
          'i.answer as answer',
          'i.answered_at as answered_at',
          eb.fn.coalesce('r.account_id', 'p.account_id').as('account_id'),
        ])
        .where('i.meeting_id', '=', meetingId)
        .orderBy('i.invited_at')
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
    },

    async insertInvitees(meetingId: string, memberIds: readonly string[]): Promise<void> {
      if (memberIds.length === 0) return;
      const now = nowIso();
      await db
        .insertInto('meeting_invitees')
        .values(
          memberIds.map((memberId) => ({
            id: newId(),
            meeting_id: meetingId,
            member_id: memberId,
            invited_at: now,
            answer: null,
            answered_at: null,
            reminded_at: null,
          })),
        )
        .execute();
    },

    /** The replies of these memberships, by meeting (a person has one membership in a group). */
    async listAnswersOf(memberIds: readonly string[]): Promise<Map<string, string | null>> {
      if (memberIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('meeting_invitees')
        .select(['meeting_id', 'answer'])
        .where('member_id', 'in', memberIds)
        .execute();
      return new Map(rows.map((row) => [row.meeting_id, row.answer]));
    },

    async setAnswer(meetingId: string, memberId: string, answer: string): Promise<void> {
      await db
        .updateTable('meeting_invitees')
        .set({ answer, answered_at: nowIso() })
        .where('meeting_id', '=', meetingId)
        .where('member_id', '=', memberId)
        .execute();
    },

    /** Every membership of the group, ended ones too, in the order they were made. */
    listMembers(groupId: string): Promise<MeetingMemberRow[]> {
      return members().where('m.group_id', '=', groupId).orderBy('m.created_at').orderBy('m.id').execute();
    },

    /** The active memberships in this group of the person behind the request. */
    async activeMembershipIds(groupId: string, holder: MembershipHolder): Promise<string[]> {
      return (await membershipsOf(holder).where('m.group_id', '=', groupId).execute()).map((row) => row.id);
    },

    /** Relatives of the client who were told (or chose) not to see meetings, of these. */
    async relativesWithoutMeetings(clientId: string, relativeIds: readonly string[]): Promise<Set<string>> {
      if (relativeIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('sharing_settings')
        .select(['relative_id', 'shared'])
        .where('client_id', '=', clientId)
        .where('category', '=', 'meetings')
        .where('relative_id', 'in', relativeIds)
        .execute();
      return new Set(rows.filter((row) => row.shared !== 1).map((row) => row.relative_id));
    },

    /**
     * Meetings of open groups not cancelled that start after `after`, to which these memberships
     * (active ones) were invited, with the client, the group and the reply.
     */
    listInvitationsOf(holder: MembershipHolder, after: string) {
      return upcoming(after)
        .innerJoin('meeting_invitees as i', 'i.meeting_id', 'mt.id')
        .select([...upcomingColumns, 'i.answer as answer'])
        .where('i.member_id', 'in', membershipsOf(holder))
        .orderBy('mt.starts_at')
        .orderBy('mt.id')
        .execute();
    },

    /** The client's own group's meetings not cancelled that start after `after`. */
    listClientMeetingsAfter(clientId: string, after: string) {
      return upcoming(after)
        .select(upcomingColumns)
        .where('c.id', '=', clientId)
        .orderBy('mt.starts_at')
        .orderBy('mt.id')
        .execute();
    },

    /** The open groups from `minPhase` on of the clients this professional coordinates. */
    listCoordinatedGroups(professionalId: string, minPhase: number) {
      return db
        .selectFrom('groups as g')
        .innerJoin('clients as c', 'c.id', 'g.client_id')
        .select([
          'g.id as groupId',
          'g.name as groupName',
          'g.meeting_interval_months as meetingIntervalMonths',
          'c.id as clientId',
          'c.name as clientName',
        ])
        .where('c.coordinator_id', '=', professionalId)
        .where('g.closed_at', 'is', null)
        .where('g.phase', '>=', minPhase)
        .orderBy('c.name')
        .orderBy('g.id')
        .execute();
    },
  };
}
export type MeetingsRepository = ReturnType<typeof createMeetingsRepository>;
