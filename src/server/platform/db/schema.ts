import type { ColumnType } from 'kysely';

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and ids are UUID strings in both
 * dialects, so that rows look the same on SQLite and PostgreSQL (see docs/decisions.md).
 */
export interface DatabaseSchema {
  organisations: OrganisationTable;
  teams: TeamTable;
  accounts: AccountTable;
  professionals: ProfessionalTable;
  clients: ClientTable;
  relatives: RelativeTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  recovery_codes: RecoveryCodeTable;
  sign_in_throttle: SignInThrottleTable;
  account_tokens: AccountTokenTable;
  outbox_messages: OutboxMessageTable;
  sharing_settings: SharingSettingTable;
  delegations: DelegationTable;
  groups: GroupTable;
  group_phase_changes: GroupPhaseChangeTable;
  checklist_ticks: ChecklistTickTable;
  network_people: NetworkPersonTable;
  network_snapshots: NetworkSnapshotTable;
  group_members: GroupMemberTable;
  member_events: MemberEventTable;
  deepening_conversations: DeepeningConversationTable;
  plans: PlanTable;
  plan_goals: PlanGoalTable;
  goal_progress: GoalProgressTable;
  plan_agreements: PlanAgreementTable;
  plan_versions: PlanVersionTable;
  plan_adoptions: PlanAdoptionTable;
  jobs: JobTable;
  meetings: MeetingTable;
  meeting_agenda_items: MeetingAgendaItemTable;
  meeting_invitees: MeetingInviteeTable;
  meeting_scores: MeetingScoreTable;
  meeting_agreements: MeetingAgreementTable;
  start_evaluations: StartEvaluationTable;
  instruments: InstrumentTable;
  evaluation_rounds: EvaluationRoundTable;
  evaluation_respondents: EvaluationRespondentTable;
  evaluation_answers: EvaluationAnswerTable;
  evaluation_scores: EvaluationScoreTable;
  quality_actions: QualityActionTable;
}

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
  /** The organisation's own goal limits; null keeps the method's (src/domain/phases.ts). */
  goal_limit_long: ColumnType<number | null, number | null | undefined, number | null>;
  goal_limit_short: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface TeamTable {
  id: string;
  organisation_id: string;
  name: string;
  type: string;
  created_at: string;
}

export interface AccountTable {
  id: string;
  email: string;
  password_hash: string | null;
  kind: string;
  locale: string;
  disabled_at: string | null;
  created_at: string;
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_confirmed_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** bigint: a number on SQLite, text on PostgreSQL; read it with Number(). */
  totp_last_step: ColumnType<number | string | null, number | null | undefined, number | null>;
}

export interface ProfessionalTable {
  id: string;
  account_id: string;
  organisation_id: string;
  team_id: string | null;
  name: string;
  role: string;
  created_at: string;
}

export interface ClientTable {
  id: string;
  account_id: string | null;
  team_id: string;
  coordinator_id: string;
  name: string;
  created_at: string;
}

export interface RelativeTable {
  id: string;
  account_id: string | null;
  client_id: string;
  name: string;
  email: string | null;
  relation: string;
  created_at: string;
  /** Set when the relative's place in the client's circle ended: their access ends with it. */
  ended_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Who ended it (the client, or a professional of their team). */
  ended_by_account_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The short reason given, if any: free text, never logged. */
  ended_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionTable {
  id_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** 'active' | 'second_factor' | 'enrolment' (platform/auth/sessions.ts). */
  stage: ColumnType<string, string | undefined, string>;
  second_factor_failures: ColumnType<number, number | undefined, number>;
}

/** Written once, never changed: no column can be updated (the database refuses it too). */
type AppendOnly<T> = ColumnType<T, T, never>;
/** bigint: better-sqlite3 returns a number, pg returns text; platform/audit reads it with Number(). */
type BigInteger = ColumnType<number | string, number, never>;

export interface AuditEventTable {
  sequence: BigInteger;
  id: AppendOnly<string>;
  occurred_at: AppendOnly<string>;
  action: AppendOnly<string>;
  outcome: AppendOnly<string>;
  actor_account_id: AppendOnly<string | null>;
  actor_role: AppendOnly<string | null>;
  actor_organisation_id: AppendOnly<string | null>;
  on_behalf_of_account_id: AppendOnly<string | null>;
  client_id: AppendOnly<string | null>;
  data_category: AppendOnly<string>;
  object_id: AppendOnly<string | null>;
  network_address: AppendOnly<string | null>;
  request_id: AppendOnly<string | null>;
  previous_hash: AppendOnly<string>;
  hash: AppendOnly<string>;
}

export interface AuditChainHeadTable {
  id: number;
  last_sequence: ColumnType<number | string, number, number>;
  last_hash: string;
}

export interface RecoveryCodeTable {
  code_hash: string;
  account_id: string;
  created_at: string;
  used_at: string | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface AccountTokenTable {
  id: string;
  token_hash: string;
  account_id: string;
  /** 'invitation' | 'password_reset' */
  purpose: string;
  created_by_account_id: string | null;
  on_behalf_of_account_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OutboxMessageTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
}

export interface SharingSettingTable {
  client_id: string;
  relative_id: string;
  /** A SharingCategory (src/domain/sharing.ts). */
  category: string;
  /** 1 shared, 0 not shared. */
  shared: number;
  updated_at: string;
  updated_by_account_id: string;
}

export interface DelegationTable {
  client_id: string;
  /** A DelegableTask (src/domain/direction.ts). */
  task: string;
  granted_at: string;
}

export interface GroupTable {
  id: string;
  client_id: string;
  name: string;
  /** 1 to 6 (src/domain/phases.ts). */
  phase: number;
  phase_changed_at: string;
  created_at: string;
  created_by_account_id: string;
  closed_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Months between meetings (src/domain/meeting-rhythm.ts); null keeps the method's three. */
  meeting_interval_months: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface GroupPhaseChangeTable {
  id: string;
  group_id: string;
  from_phase: number;
  to_phase: number;
  changed_at: string;
  changed_by_account_id: string;
  on_behalf_of_account_id: string | null;
}

export interface ChecklistTickTable {
  group_id: string;
  /** A manual item id of src/domain/phases.ts. */
  item_id: string;
  ticked_at: string;
  ticked_by_account_id: string;
}

export interface NetworkPersonTable {
  id: string;
  client_id: string;
  name: string;
  /** Relation, Formality, LifeArea, Ring and Wish of src/domain/network-map.ts. */
  relation: string;
  formality: string;
  life_area: string;
  ring: string;
  wish: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  removed_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface NetworkSnapshotTable {
  id: string;
  client_id: string;
  taken_at: string;
  label: string | null;
  /** JSON: the people on the map at `taken_at` (shared/network.ts, snapshotEntrySchema). */
  entries: string;
  created_by_account_id: string;
}

export interface GroupMemberTable {
  id: string;
  group_id: string;
  network_person_id: string | null;
  relative_id: string | null;
  professional_id: string | null;
  name: string;
  /** MemberKind, ProfessionalRole and MemberStatus of src/domain/membership.ts. */
  kind: string;
  role: string | null;
  status: string;
  /** 'client' | 'coordinator' */
  approached_by: string | null;
  /** A date (YYYY-MM-DD). */
  approached_on: string | null;
  /** 'yes' | 'no', once the person answered. */
  answer: string | null;
  /** A LeaveReason of src/domain/membership.ts. */
  leave_reason: string | null;
  leave_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface MemberEventTable {
  id: string;
  group_id: string;
  member_id: string;
  from_status: string | null;
  to_status: string;
  occurred_at: string;
  by_account_id: string | null;
  on_behalf_of_account_id: string | null;
  reason: string | null;
}

export interface DeepeningConversationTable {
  id: string;
  group_id: string;
  member_id: string;
  /** A date (YYYY-MM-DD). */
  held_on: string;
  /** JSON array of ConversationTheme (shared/conversations.ts). */
  themes: string;
  notes: string;
  /** 'not_asked' | 'asked' | 'agreed' | 'declined' */
  sharing: string;
  recorded_by_account_id: string;
  created_at: string;
  updated_at: string;
}

export interface PlanTable {
  id: string;
  group_id: string;
  /** The number of the newest version; 0 before the first change. */
  version: number;
  /** JSON: the signalling plan (shared/plans.ts, signalPlanSchema); null until it is started. */
  signal_plan: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanGoalTable {
  id: string;
  plan_id: string;
  /** GoalHorizon, RecoveryDimension and GoalStatus of src/domain/plan.ts. */
  horizon: string;
  text: string;
  dimension: string;
  measure: string;
  /** A date (YYYY-MM-DD). */
  target_on: string | null;
  status: string;
  serves_goal_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface GoalProgressTable {
  id: string;
  goal_id: string;
  /** A date (YYYY-MM-DD). */
  scored_on: string;
  /** 0 to 10. */
  score: number;
  note: string | null;
  /** The meeting the score was given at, if any. */
  meeting_id: string | null;
  recorded_at: string;
  recorded_by_account_id: string;
}

export interface PlanAgreementTable {
  id: string;
  plan_id: string;
  what: string;
  /** The membership of whoever does it; null when the client does it. */
  member_id: string | null;
  /** A date (YYYY-MM-DD). */
  due_on: string | null;
  goal_id: string | null;
  /** AgreementStatus of src/domain/plan.ts. */
  status: string;
  done_at: string | null;
  done_by_account_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanVersionTable {
  id: string;
  plan_id: string;
  number: number;
  changed_at: string;
  author_account_id: string;
  on_behalf_of_account_id: string | null;
  /** JSON: what kind of change made this version (shared/plans.ts, planChangeSchema). */
  change: string;
  /** JSON: the plan after the change (src/domain/plan-versions.ts, PlanContent). */
  content: string;
}

export interface PlanAdoptionTable {
  id: string;
  plan_id: string;
  /** The version the group agreed on. */
  version: number;
  /** A date (YYYY-MM-DD): the day of the meeting. */
  meeting_on: string;
  meeting_id: string | null;
  adopted_at: string;
  adopted_by_account_id: string;
  on_behalf_of_account_id: string | null;
}

/** A durable job (platform/jobs/jobs.ts): ids in its payload, codes in its last error. */
export interface JobTable {
  id: string;
  /** What to do, e.g. 'meeting.reminder': a handler's name, never user data. */
  kind: string;
  /** JSON, ids only. */
  payload: string;
  /** 'pending' | 'running' | 'done' | 'failed' | 'cancelled' */
  status: string;
  run_at: string;
  /** Claims so far, the current one included. */
  attempts: number;
  max_attempts: number;
  dedupe_key: string | null;
  /** The worker holding the lease, while running. */
  locked_by: string | null;
  locked_until: string | null;
  /** A code (e.g. 'EAUTH', 'handler_error', 'lease_expired'), never a message. */
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** A meeting of the group (src/domain/meetings.ts). */
export interface MeetingTable {
  id: string;
  group_id: string;
  /** A MeetingKind. */
  kind: string;
  theme: string | null;
  /** The Amsterdam calendar day (YYYY-MM-DD) and clock time (HH:MM) the client chose. */
  starts_on: string;
  starts_time: string;
  /** The same moment as an ISO instant in UTC. */
  starts_at: string;
  duration_minutes: number;
  /** A LocationKind. */
  location_kind: string;
  location_detail: string | null;
  /** Null: the client chairs. */
  chair_member_id: string | null;
  minute_taker_member_id: string | null;
  channel: string | null;
  /** 'planned' | 'cancelled' */
  status: string;
  /** The calendar file's SEQUENCE: raised with every change members are told of. */
  sequence: number;
  /** 'draft' | 'approved' */
  minutes_status: string;
  minutes_approved_at: string | null;
  minutes_approved_by_account_id: string | null;
  created_at: string;
  created_by_account_id: string;
  on_behalf_of_account_id: string | null;
  updated_at: string;
  cancelled_at: string | null;
}

export interface MeetingAgendaItemTable {
  id: string;
  meeting_id: string;
  position: number;
  /** An AgendaItemCode, or 'custom' with a title. */
  code: string;
  title: string | null;
  /** The minutes of this item. */
  notes: string;
  decisions: string;
}

export interface MeetingInviteeTable {
  id: string;
  meeting_id: string;
  member_id: string;
  invited_at: string;
  /** A ResponseAnswer, or null before the member replied. */
  answer: string | null;
  answered_at: string | null;
  reminded_at: string | null;
}

/** A score proposed in draft minutes; a goal_progress row once the minutes are approved. */
export interface MeetingScoreTable {
  id: string;
  meeting_id: string;
  goal_id: string;
  score: number;
  note: string | null;
}

/** An agreement made (agreement_id null) or changed in draft minutes; in the plan once approved. */
export interface MeetingAgreementTable {
  id: string;
  meeting_id: string;
  position: number;
  agreement_id: string | null;
  what: string;
  member_id: string | null;
  due_on: string | null;
  goal_id: string | null;
  /** An AgreementStatus. */
  status: string;
}

export interface StartEvaluationTable {
  meeting_id: string;
  how_did_it_go: string;
  what_to_keep: string;
  what_to_change: string;
  recorded_at: string;
  recorded_by_account_id: string;
  on_behalf_of_account_id: string | null;
}

/** An instrument definition an organisation loaded, for one respondent type (src/domain/instruments.ts). */
export interface InstrumentTable {
  id: string;
  organisation_id: string;
  /** A RespondentType. */
  respondent_type: string;
  url: string;
  version: string;
  title: string;
  /** The checked InstrumentDefinition as JSON. */
  definition: string;
  loaded_at: string;
  loaded_by_account_id: string;
  retired_at: string | null;
  retired_by_account_id: string | null;
}

/** An evaluation round of a group. */
export interface EvaluationRoundTable {
  id: string;
  group_id: string;
  meeting_id: string | null;
  opened_at: string;
  opened_by_account_id: string;
  /** A date (YYYY-MM-DD, Amsterdam): the last day to answer. */
  closes_on: string;
  closed_at: string | null;
  closed_by_account_id: string | null;
}

/** Someone asked in a round; `member_id` null is the client. */
export interface EvaluationRespondentTable {
  id: string;
  round_id: string;
  /** Null for a member without an account, who answers through a mailed link. */
  account_id: string | null;
  member_id: string | null;
  name: string;
  /** A RespondentType. */
  respondent_type: string;
  /** 'regie' or the id of an `instruments` row. */
  instrument_source: string;
  instrument_url: string;
  instrument_version: string;
  invited_at: string;
  answered_at: string | null;
  /** 0 or 1 once answered: consent to show their type's results when they are its only respondent. */
  show_when_alone: number | null;
  /** 0 or 1 once answered: whether their open remarks carry their name. */
  signed: number | null;
  /** The hash of the newest link mailed to a respondent without an account; null once answered. */
  link_token_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** When that link was mailed. */
  link_sent_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One answer to one item; `value` is an AnswerValue as JSON. */
export interface EvaluationAnswerTable {
  respondent_id: string;
  link_id: string;
  value: string;
}

/** A scale score a response gave. */
export interface EvaluationScoreTable {
  respondent_id: string;
  scale_id: string;
  score: number;
  answered: number;
}

/** An improvement action of a team's quality cycle (PDCA). */
export interface QualityActionTable {
  id: string;
  team_id: string;
  /** A scale id (a theme) the action is about, or null. */
  theme: string | null;
  what: string;
  why: string;
  owner_professional_id: string | null;
  /** A date (YYYY-MM-DD). */
  due_on: string | null;
  check_result: string | null;
  /** A date (YYYY-MM-DD). */
  checked_on: string | null;
  /** 'keep' | 'adjust' | 'stop', once decided. */
  decision: string | null;
  decision_note: string | null;
  created_at: string;
  created_by_account_id: string;
  updated_at: string;
  updated_by_account_id: string;
}
