import { addDays, amsterdamDay, amsterdamToUtc } from '../../domain/amsterdam-time.js';
import { agendaTemplate, type AgendaItemCode } from '../../domain/meetings.js';
import { regieInstrument } from '../../domain/regie-evaluation.js';
import type { Role } from '../../shared/roles.js';
import { loadPlanContent } from '../features/plans/index.js';
import { hashPassword } from '../platform/auth/password.js';
import type { Db } from '../platform/db/database.js';
import { newId, nowIso } from '../platform/ids/ids.js';

export const testPassword = 'Test-regie-wachtwoord-1';
/** The confirmed TOTP secret of every professional the factories make (professionals must have one). */
export const testTotpSecret = 'JBSWY3DPEHPK3PXP';

// argon2 is slow on purpose; one hash serves every account a test process makes.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(testPassword));

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${newId().slice(0, 8)}`;

export async function createOrganisation(db: Db, values: { name?: string; kind?: string } = {}) {
  const row = { id: newId(), name: values.name ?? unique('Organisatie'), kind: values.kind ?? 'ggz', created_at: nowIso() };
  await db.insertInto('organisations').values(row).execute();
  return row;
}

export async function createTeam(db: Db, organisationId: string, values: { name?: string; type?: string } = {}) {
  const row = {
    id: newId(),
    organisation_id: organisationId,
    name: values.name ?? unique('Team'),
    type: values.type ?? 'fact',
    created_at: nowIso(),
  };
  await db.insertInto('teams').values(row).execute();
  return row;
}

async function createAccount(db: Db, kind: string, email: string | undefined, withPassword: boolean, withTotp = false) {
  const row = {
    id: newId(),
    email: email ?? `${unique(kind)}@test.regie.test`,
    password_hash: withPassword ? await testPasswordHash() : null,
    kind,
    locale: 'nl',
    disabled_at: null,
    created_at: nowIso(),
    totp_secret: withTotp ? testTotpSecret : null,
    totp_confirmed_at: withTotp ? nowIso() : null,
  };
  await db.insertInto('accounts').values(row).execute();
  return row;
}

export async function createProfessional(
  db: Db,
  values: {
    organisationId: string;
    teamId: string | null;
    role: Exclude<Role, 'client' | 'relative'>;
    email?: string;
    name?: string;
    withTotp?: boolean;
  },
) {
  const account = await createAccount(db, 'professional', values.email, true, values.withTotp ?? true);
  const row = {
    id: newId(),
    account_id: account.id,
    organisation_id: values.organisationId,
    team_id: values.teamId,
    name: values.name ?? unique('Professional'),
    role: values.role,
    created_at: nowIso(),
  };
  await db.insertInto('professionals').values(row).execute();
  return { ...row, email: account.email };
}

export async function createClient(
  db: Db,
  values: { teamId: string; coordinatorId: string; withAccount?: boolean; name?: string },
) {
  const account = values.withAccount === false ? null : await createAccount(db, 'client', undefined, true);
  const row = {
    id: newId(),
    account_id: account?.id ?? null,
    team_id: values.teamId,
    coordinator_id: values.coordinatorId,
    name: values.name ?? unique('Cliënt'),
    created_at: nowIso(),
  };
  await db.insertInto('clients').values(row).execute();
  return { ...row, email: account?.email ?? null };
}

export async function createRelative(db: Db, values: { clientId: string; name?: string; relation?: string }) {
  const account = await createAccount(db, 'relative', undefined, true);
  const row = {
    id: newId(),
    account_id: account.id,
    client_id: values.clientId,
    name: values.name ?? unique('Naaste'),
    email: account.email,
    relation: values.relation ?? 'friend',
    created_at: nowIso(),
  };
  await db.insertInto('relatives').values(row).execute();
  return row;
}

export async function createGroup(
  db: Db,
  values: { clientId: string; createdByAccountId: string; phase?: number; name?: string },
) {
  const now = nowIso();
  const row = {
    id: newId(),
    client_id: values.clientId,
    name: values.name ?? unique('Groep'),
    phase: values.phase ?? 2,
    phase_changed_at: now,
    created_at: now,
    created_by_account_id: values.createdByAccountId,
    closed_at: null,
  };
  await db.insertInto('groups').values(row).execute();
  return row;
}

export async function createNetworkPerson(
  db: Db,
  values: {
    clientId: string;
    name?: string;
    relation?: string;
    email?: string | null;
    ring?: string;
    lifeArea?: string;
    formality?: string;
  },
) {
  const now = nowIso();
  const row = {
    id: newId(),
    client_id: values.clientId,
    name: values.name ?? unique('Persoon'),
    relation: values.relation ?? 'friend',
    formality: values.formality ?? 'informal',
    life_area: values.lifeArea ?? 'friends_neighbours',
    ring: values.ring ?? 'middle',
    wish: 'keep',
    email: values.email ?? null,
    phone: null,
    notes: null,
    created_at: now,
    updated_at: now,
    removed_at: null,
  };
  await db.insertInto('network_people').values(row).execute();
  return row;
}

/** A membership with its first history line, as the groups feature writes it. */
export async function createMember(
  db: Db,
  values: {
    groupId: string;
    name: string;
    status?: string;
    kind?: string;
    role?: string | null;
    networkPersonId?: string | null;
    relativeId?: string | null;
    professionalId?: string | null;
  },
) {
  const now = nowIso();
  const row = {
    id: newId(),
    group_id: values.groupId,
    network_person_id: values.networkPersonId ?? null,
    relative_id: values.relativeId ?? null,
    professional_id: values.professionalId ?? null,
    name: values.name,
    kind: values.kind ?? 'informal',
    role: values.role ?? null,
    status: values.status ?? 'active',
    approached_by: null,
    approached_on: null,
    answer: null,
    leave_reason: null,
    leave_note: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('group_members').values(row).execute();
  await db
    .insertInto('member_events')
    .values({
      id: newId(),
      group_id: row.group_id,
      member_id: row.id,
      from_status: null,
      to_status: row.status,
      occurred_at: now,
      by_account_id: null,
      on_behalf_of_account_id: null,
      reason: null,
    })
    .execute();
  return row;
}

export async function createSnapshot(db: Db, values: { clientId: string; createdByAccountId: string; entries?: unknown[] }) {
  const row = {
    id: newId(),
    client_id: values.clientId,
    taken_at: nowIso(),
    label: null,
    entries: JSON.stringify(values.entries ?? []),
    created_by_account_id: values.createdByAccountId,
  };
  await db.insertInto('network_snapshots').values(row).execute();
  return row;
}

/**
 * A plan for the group at version 1: a long-term goal and a short-term goal serving it, an agreement
 * done by `memberId` and one done by the client, written (as one version) by `authorAccountId`.
 */
export async function createPlan(db: Db, values: { groupId: string; memberId: string; authorAccountId: string }) {
  const now = nowIso();
  const plan = { id: newId(), group_id: values.groupId, version: 1, signal_plan: null, created_at: now, updated_at: now };
  await db.insertInto('plans').values(plan).execute();
  const goal = (horizon: 'long' | 'short', text: string, servesGoalId: string | null) => ({
    id: newId(),
    plan_id: plan.id,
    horizon,
    text,
    dimension: 'social',
    measure: 'Ik merk het zelf.',
    target_on: null,
    status: 'in_progress',
    serves_goal_id: servesGoalId,
    created_at: now,
    updated_at: now,
  });
  const longGoal = goal('long', 'Weer meedoen in de buurt', null);
  const shortGoal = goal('short', 'Eens per week naar de moestuin', longGoal.id);
  await db.insertInto('plan_goals').values([longGoal, shortGoal]).execute();
  const agreement = (what: string, memberId: string | null) => ({
    id: newId(),
    plan_id: plan.id,
    what,
    member_id: memberId,
    due_on: null,
    goal_id: shortGoal.id,
    status: 'open',
    done_at: null,
    done_by_account_id: null,
    created_at: now,
    updated_at: now,
  });
  const memberAgreement = agreement('Samen de eerste keer gaan', values.memberId);
  const clientAgreement = agreement('Het tuinpad opzoeken', null);
  await db.insertInto('plan_agreements').values([memberAgreement, clientAgreement]).execute();
  await db
    .insertInto('plan_versions')
    .values({
      id: newId(),
      plan_id: plan.id,
      number: 1,
      changed_at: now,
      author_account_id: values.authorAccountId,
      on_behalf_of_account_id: null,
      change: JSON.stringify({ kind: 'agreement_added', subjectId: clientAgreement.id }),
      content: JSON.stringify(await loadPlanContent(db, plan.id)),
    })
    .execute();
  return {
    id: plan.id,
    longGoalId: longGoal.id,
    shortGoalId: shortGoal.id,
    /** The goal the matrix tries its changes on. */
    goalId: shortGoal.id,
    /** Done by the group's active relative member: theirs to mark done. */
    agreementId: memberAgreement.id,
    clientAgreementId: clientAgreement.id,
    version: 1,
  };
}

/**
 * A meeting of the group as the meetings feature writes it, with its agenda (the kind's template
 * unless given) and its invited members; no mails or reminders are queued. By default a follow-up two
 * weeks from today at 19:30 Amsterdam time, the client chairing. `daysFromToday` may be negative: a
 * meeting that has begun, whose minutes can be written.
 */
export async function createMeeting(
  db: Db,
  values: {
    groupId: string;
    createdByAccountId: string;
    kind?: 'start' | 'follow_up' | 'theme';
    theme?: string | null;
    daysFromToday?: number;
    time?: string;
    durationMinutes?: number;
    locationKind?: string;
    locationDetail?: string | null;
    chairMemberId?: string | null;
    minuteTakerMemberId?: string | null;
    channel?: string | null;
    agenda?: readonly AgendaItemCode[];
    inviteeMemberIds?: readonly string[];
    status?: 'planned' | 'cancelled';
  },
) {
  const kind = values.kind ?? 'follow_up';
  const date = addDays(amsterdamDay(new Date()), values.daysFromToday ?? 14);
  const time = values.time ?? '19:30';
  const startsAt = amsterdamToUtc(date, time);
  const now = nowIso();
  const row = {
    id: newId(),
    group_id: values.groupId,
    kind,
    theme: values.theme ?? (kind === 'theme' ? 'Omgaan met stress' : null),
    starts_on: date,
    starts_time: time,
    starts_at: startsAt,
    duration_minutes: values.durationMinutes ?? 60,
    location_kind: values.locationKind ?? 'client_home',
    location_detail: values.locationDetail ?? null,
    chair_member_id: values.chairMemberId ?? null,
    minute_taker_member_id: values.minuteTakerMemberId ?? null,
    channel: values.channel === undefined ? 'Een groepsapp' : values.channel,
    status: values.status ?? 'planned',
    sequence: 0,
    minutes_status: 'draft',
    minutes_approved_at: null,
    minutes_approved_by_account_id: null,
    created_at: now,
    created_by_account_id: values.createdByAccountId,
    on_behalf_of_account_id: null,
    updated_at: now,
    cancelled_at: values.status === 'cancelled' ? now : null,
  };
  await db.insertInto('meetings').values(row).execute();
  const codes = values.agenda ?? agendaTemplate(kind).flatMap((item) => (item.code === 'custom' ? [] : [item.code]));
  const agenda = codes.map((code, position) => ({
    id: newId(),
    meeting_id: row.id,
    position,
    code,
    title: null,
    notes: '',
    decisions: '',
  }));
  if (agenda.length > 0) await db.insertInto('meeting_agenda_items').values(agenda).execute();
  const invitees = (values.inviteeMemberIds ?? []).map((memberId) => ({
    id: newId(),
    meeting_id: row.id,
    member_id: memberId,
    invited_at: now,
    answer: null,
    answered_at: null,
    reminded_at: null,
  }));
  if (invitees.length > 0) await db.insertInto('meeting_invitees').values(invitees).execute();
  return {
    id: row.id,
    kind,
    date,
    time,
    startsAt,
    chairMemberId: row.chair_member_id,
    minuteTakerMemberId: row.minute_taker_member_id,
    agendaItemIds: agenda.map((item) => item.id),
    inviteeMemberIds: invitees.map((invitee) => invitee.member_id),
  };
}

/**
 * A client's resource group in the deepening phase: the coordinator and clinician as members, the
 * relative as an active member from the map, a second person from the map who was nominated (to try
 * changes on without touching the relative's place), a saved snapshot of the map, a plan (see
 * createPlan; its member agreement is the relative's), and two meetings to which the coordinator,
 * clinician and relative are invited: `meeting`, the start meeting, begun yesterday at 10:00 with the
 * clinician taking the minutes, and `nextMeeting`, a follow-up in two weeks with the relative taking them.
 */
export async function createGroupWorld(
  db: Db,
  values: {
    client: { id: string; name: string };
    coordinator: { id: string; account_id: string; name: string };
    clinician: { id: string; name: string };
    relative: { id: string; name: string; email: string | null };
  },
) {
  const group = await createGroup(db, {
    clientId: values.client.id,
    createdByAccountId: values.coordinator.account_id,
    name: `Groep van ${values.client.name}`,
  });
  const relativePerson = await createNetworkPerson(db, {
    clientId: values.client.id,
    name: values.relative.name,
    email: values.relative.email,
    ring: 'inner',
  });
  const nomineePerson = await createNetworkPerson(db, {
    clientId: values.client.id,
    name: unique('Buur'),
    relation: 'neighbour',
    email: `${unique('buur')}@test.regie.test`,
  });
  const coordinatorMember = await createMember(db, {
    groupId: group.id,
    name: values.coordinator.name,
    kind: 'formal',
    role: 'coordinator',
    professionalId: values.coordinator.id,
  });
  // A team without a clinician of its own (the foreign one) has its coordinator only.
  const clinicianMember =
    values.clinician.id === values.coordinator.id
      ? null
      : await createMember(db, {
          groupId: group.id,
          name: values.clinician.name,
          kind: 'formal',
          role: 'clinician',
          professionalId: values.clinician.id,
        });
  const member = await createMember(db, {
    groupId: group.id,
    name: values.relative.name,
    relativeId: values.relative.id,
    networkPersonId: relativePerson.id,
  });
  const nominee = await createMember(db, {
    groupId: group.id,
    name: nomineePerson.name,
    status: 'nominated',
    networkPersonId: nomineePerson.id,
  });
  const snapshot = await createSnapshot(db, { clientId: values.client.id, createdByAccountId: values.coordinator.account_id });
  const plan = await createPlan(db, { groupId: group.id, memberId: member.id, authorAccountId: values.coordinator.account_id });
  const invited = [coordinatorMember.id, ...(clinicianMember ? [clinicianMember.id] : []), member.id];
  // The start meeting began yesterday (its minutes can be written); the client chaired, the
  // clinician takes the minutes. The follow-up is still to come: the one to change, cancel and answer.
  const meeting = await createMeeting(db, {
    groupId: group.id,
    createdByAccountId: values.coordinator.account_id,
    kind: 'start',
    daysFromToday: -1,
    time: '10:00',
    minuteTakerMemberId: clinicianMember?.id ?? null,
    inviteeMemberIds: invited,
  });
  const nextMeeting = await createMeeting(db, {
    groupId: group.id,
    createdByAccountId: values.coordinator.account_id,
    kind: 'follow_up',
    minuteTakerMemberId: member.id,
    inviteeMemberIds: invited,
  });
  return { group, relativePerson, nomineePerson, member, nominee, snapshot, plan, meeting, nextMeeting };
}

/**
 * Two organisations with a person in every role: enough to try each rule from the inside and the
 * outside. `home` is the organisation whose client the tests look at; `foreign` is the other.
 */
export async function createWorld(db: Db) {
  const home = await createOrganisation(db, { name: unique('GGZ') });
  const foreign = await createOrganisation(db, { name: unique('Wijkteam'), kind: 'social' });
  const team = await createTeam(db, home.id, { name: 'FACT Test' });
  const otherTeam = await createTeam(db, home.id, { name: 'Kliniek Test', type: 'clinical' });
  const foreignTeam = await createTeam(db, foreign.id, { name: 'Wijkteam Test', type: 'social' });
  const professional = (role: Exclude<Role, 'client' | 'relative'>, teamId: string | null, organisationId = home.id) =>
    createProfessional(db, { organisationId, teamId, role });

  const coordinator = await professional('coordinator', team.id);
  const clinician = await professional('clinician', team.id);
  const otherProfessional = await professional('professional', team.id);
  const teamLead = await professional('team_lead', team.id);
  const researcher = await professional('researcher', null);
  const admin = await professional('admin', null);
  const otherTeamCoordinator = await professional('coordinator', otherTeam.id);
  const foreignCoordinator = await professional('coordinator', foreignTeam.id, foreign.id);
  const foreignAdmin = await professional('admin', null, foreign.id);

  const client = await createClient(db, { teamId: team.id, coordinatorId: coordinator.id });
  const relative = await createRelative(db, { clientId: client.id });
  const otherClient = await createClient(db, { teamId: team.id, coordinatorId: coordinator.id });
  const otherRelative = await createRelative(db, { clientId: otherClient.id });
  const foreignClient = await createClient(db, { teamId: foreignTeam.id, coordinatorId: foreignCoordinator.id });
  const foreignRelative = await createRelative(db, { clientId: foreignClient.id });
  const clientGroup = await createGroupWorld(db, { client, coordinator, clinician, relative });
  const otherClientGroup = await createGroupWorld(db, { client: otherClient, coordinator, clinician, relative: otherRelative });
  const foreignClientGroup = await createGroupWorld(db, {
    client: foreignClient,
    coordinator: foreignCoordinator,
    clinician: foreignCoordinator,
    relative: foreignRelative,
  });

  return {
    home,
    foreign,
    team,
    otherTeam,
    foreignTeam,
    coordinator,
    clinician,
    otherProfessional,
    teamLead,
    researcher,
    admin,
    otherTeamCoordinator,
    foreignCoordinator,
    foreignAdmin,
    client,
    relative,
    otherClient,
    otherRelative,
    foreignClient,
    foreignRelative,
    /** The client's group: see createGroupWorld. */
    clientGroup,
    otherClientGroup,
    foreignClientGroup,
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * An evaluation round of the client's group as the evaluations feature opens it, without its mails:
 * the client (when they have an account) and every active member with an account are asked, each on
 * Regie's own instrument of their type (an informal member as `relative`, anyone else as
 * `professional`); nobody has answered. Open until `closesInDays` from today (default 14).
 */
export async function createEvaluationRound(
  db: Db,
  values: { groupId: string; openedByAccountId: string; closesInDays?: number; meetingId?: string | null },
) {
  const group = await db
    .selectFrom('groups')
    .innerJoin('clients', 'clients.id', 'groups.client_id')
    .select(['clients.account_id as accountId', 'clients.name as name'])
    .where('groups.id', '=', values.groupId)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('group_members as m')
    .leftJoin('relatives as r', 'r.id', 'm.relative_id')
    .leftJoin('professionals as p', 'p.id', 'm.professional_id')
    .select((eb) => [
      'm.id as id',
      'm.name as name',
      'm.kind as kind',
      eb.fn.coalesce('r.account_id', 'p.account_id').as('accountId'),
    ])
    .where('m.group_id', '=', values.groupId)
    .where('m.status', '=', 'active')
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  const now = nowIso();
  const round = {
    id: newId(),
    group_id: values.groupId,
    meeting_id: values.meetingId ?? null,
    opened_at: now,
    opened_by_account_id: values.openedByAccountId,
    closes_on: addDays(amsterdamDay(new Date()), values.closesInDays ?? 14),
    closed_at: null,
    closed_by_account_id: null,
  };
  await db.insertInto('evaluation_rounds').values(round).execute();
  const asked = [
    ...(group.accountId === null
      ? []
      : [{ accountId: group.accountId, memberId: null, name: group.name, type: 'client' as const }]),
    ...members.flatMap((member) =>
      member.accountId === null
        ? []
        : [
            {
              accountId: member.accountId,
              memberId: member.id,
              name: member.name,
              type: member.kind === 'informal' ? ('relative' as const) : ('professional' as const),
            },
          ],
    ),
  ];
  const respondents = asked.map((person) => {
    const instrument = regieInstrument(person.type, 'nl');
    return {
      id: newId(),
      round_id: round.id,
      account_id: person.accountId,
      member_id: person.memberId,
      name: person.name,
      respondent_type: person.type,
      instrument_source: 'regie',
      instrument_url: instrument.url,
      instrument_version: instrument.version,
      invited_at: now,
      answered_at: null,
      show_when_alone: null,
      signed: null,
    };
  });
  if (respondents.length > 0) await db.insertInto('evaluation_respondents').values(respondents).execute();
  return {
    id: round.id,
    closesOn: round.closes_on,
    respondentIds: Object.fromEntries(respondents.map((row) => [row.account_id, row.id])),
  };
}
