import type { Kysely } from 'kysely';

// Meetings of the resource group (PRODUCT.md §6): planned by the client (or their coordinator for
// them), with an agenda, invitations and replies, minutes per agenda item, scores and agreements
// proposed in the minutes (they reach the plan when the client approves), and the short evaluation
// after the start meeting. Forward-only. A meeting is cancelled, never deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  // `starts_on` and `starts_time` are the Amsterdam calendar day and clock time the client chose;
  // `starts_at` is the same moment in UTC (for calendars, reminders and sorting). `sequence` counts
  // the changes members were told of: the calendar file's SEQUENCE, so a calendar replaces the
  // invitation it holds. `chair_member_id` null means the client chairs.
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('starts_time', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location_kind', 'text', (c) => c.notNull())
    .addColumn('location_detail', 'text')
    .addColumn('chair_member_id', 'text', (c) => c.references('group_members.id'))
    .addColumn('minute_taker_member_id', 'text', (c) => c.references('group_members.id'))
    .addColumn('channel', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    // 'draft' | 'approved': minutes exist from the moment the meeting is planned, empty.
    .addColumn('minutes_status', 'text', (c) => c.notNull())
    .addColumn('minutes_approved_at', 'text')
    .addColumn('minutes_approved_by_account_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_account_id', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_account_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema.createIndex('meetings_group_starts').on('meetings').columns(['group_id', 'starts_at']).execute();

  // The agenda, in order, and per item what the minutes say of it.
  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_agenda_items_meeting').on('meeting_agenda_items').column('meeting_id').execute();

  // Who was invited, and what they answered. One row per invited membership.
  await db.schema
    .createTable('meeting_invitees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('group_members.id'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('reminded_at', 'text')
    .addUniqueConstraint('meeting_invitees_meeting_member', ['meeting_id', 'member_id'])
    .execute();

  // Scores given at the meeting, in the draft minutes; they become goal_progress rows (with
  // `meeting_id`) when the client approves the minutes.
  await db.schema
    .createTable('meeting_scores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('goal_id', 'text', (c) => c.notNull().references('plan_goals.id'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('meeting_scores_meeting_goal', ['meeting_id', 'goal_id'])
    .execute();

  // Agreements made or changed at the meeting, in the draft minutes: a new one (`agreement_id` null)
  // or a change to one in the plan. They reach the plan when the client approves the minutes.
  await db.schema
    .createTable('meeting_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('agreement_id', 'text', (c) => c.references('plan_agreements.id'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('group_members.id'))
    .addColumn('due_on', 'text')
    .addColumn('goal_id', 'text', (c) => c.references('plan_goals.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_agreements_meeting').on('meeting_agreements').column('meeting_id').execute();

  // The evaluation client and coordinator hold after the start meeting.
  await db.schema
    .createTable('start_evaluations')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meetings.id'))
    .addColumn('how_did_it_go', 'text', (c) => c.notNull())
    .addColumn('what_to_keep', 'text', (c) => c.notNull())
    .addColumn('what_to_change', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by_account_id', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_account_id', 'text')
    .execute();

  // The group's own meeting interval in months; null keeps the method's three.
  await db.schema.alterTable('groups').addColumn('meeting_interval_months', 'integer').execute();
}
