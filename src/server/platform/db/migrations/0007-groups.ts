import { sql, type Kysely } from 'kysely';

// The resource group (PRODUCT.md §2–§4): the group and its phases, the client's network map with its
// snapshots, memberships with their history, and the in-depth conversations. Forward-only. Nothing
// here is deleted in normal use: phases, memberships and conversations are the group's history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phase', 'integer', (c) => c.notNull())
    .addColumn('phase_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_account_id', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  // At most one active group per client, held by the database so that two tabs cannot make two.
  await db.schema
    .createIndex('groups_one_active_per_client')
    .unique()
    .on('groups')
    .column('client_id')
    .where(sql.ref('closed_at'), 'is', null)
    .execute();

  // Every deliberate phase move, forward or back: who, when, and for whom.
  await db.schema
    .createTable('group_phase_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('from_phase', 'integer', (c) => c.notNull())
    .addColumn('to_phase', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by_account_id', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_account_id', 'text')
    .execute();
  await db.schema.createIndex('group_phase_changes_group').on('group_phase_changes').column('group_id').execute();

  // Checklist items Regie cannot see happen, ticked by hand. No row: not ticked.
  await db.schema
    .createTable('checklist_ticks')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('ticked_at', 'text', (c) => c.notNull())
    .addColumn('ticked_by_account_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_ticks_pk', ['group_id', 'item_id'])
    .execute();

  // The people on the client's network map. The map is the client's, not the group's: it exists
  // before there is a group and tells more than who is in it. Removed people keep their row
  // (`removed_at`) so that memberships and history that name them stay whole.
  await db.schema
    .createTable('network_people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('formality', 'text', (c) => c.notNull())
    .addColumn('life_area', 'text', (c) => c.notNull())
    .addColumn('ring', 'text', (c) => c.notNull())
    .addColumn('wish', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('network_people_client').on('network_people').column('client_id').execute();

  // The map as it was at a moment: a copy of its people (JSON), so later edits never change it.
  await db.schema
    .createTable('network_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('entries', 'text', (c) => c.notNull())
    .addColumn('created_by_account_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('network_snapshots_client').on('network_snapshots').column('client_id').execute();

  // One membership tells one story, from nomination to its end (src/domain/membership.ts). The
  // person is someone from the map, a relative with an account, a professional of the team, or
  // several of these at once (a nominee who accepted an invitation is on the map and a relative).
  await db.schema
    .createTable('group_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('network_person_id', 'text', (c) => c.references('network_people.id'))
    .addColumn('relative_id', 'text', (c) => c.references('relatives.id'))
    .addColumn('professional_id', 'text', (c) => c.references('professionals.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approached_by', 'text')
    .addColumn('approached_on', 'text')
    .addColumn('answer', 'text')
    .addColumn('leave_reason', 'text')
    .addColumn('leave_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('group_members_group').on('group_members').column('group_id').execute();
  await db.schema.createIndex('group_members_relative').on('group_members').column('relative_id').execute();
  await db.schema.createIndex('group_members_professional').on('group_members').column('professional_id').execute();

  // The group's composition history: every status a membership reached, when, by whom.
  await db.schema
    .createTable('member_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('group_members.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('by_account_id', 'text')
    .addColumn('on_behalf_of_account_id', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('member_events_group').on('member_events').columns(['group_id', 'occurred_at']).execute();

  // The record of an in-depth conversation: themes only (JSON array of theme codes) and a short
  // note. One per membership; `sharing` is whether the member agreed to show it to the client.
  await db.schema
    .createTable('deepening_conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().unique().references('group_members.id'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('sharing', 'text', (c) => c.notNull())
    .addColumn('recorded_by_account_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deepening_conversations_group').on('deepening_conversations').column('group_id').execute();
}
