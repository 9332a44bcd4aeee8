import type { Kysely } from 'kysely';

// The resource group plan (PRODUCT.md §5): recovery goals with their progress, working agreements,
// the signalling plan, every version of it all, and the meetings it was adopted at. Forward-only.
// Nothing here is deleted in normal use: a goal is stopped, an agreement cancelled, and each change
// leaves a version behind.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One plan per group. `version` is the number of the newest version; every change raises it first,
  // which on PostgreSQL locks the row, so that concurrent changes to one plan take turns and each
  // gets a version of its own. `signal_plan` is JSON (shared/plans.ts), null until it is started.
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().unique().references('groups.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('signal_plan', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A recovery goal in the client's own words. `serves_goal_id` links a short-term goal to the
  // long-term goal it is a step towards.
  await db.schema
    .createTable('plan_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('horizon', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('target_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('serves_goal_id', 'text', (c) => c.references('plan_goals.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_goals_plan').on('plan_goals').column('plan_id').execute();

  // A progress score of a goal, 0 to 10, on a day; at a meeting (`meeting_id`, later) or in between.
  await db.schema
    .createTable('goal_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('plan_goals.id'))
    .addColumn('scored_on', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('meeting_id', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by_account_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goal_progress_goal').on('goal_progress').column('goal_id').execute();

  // A working agreement: what, by whom (a membership of the group, or the client when null), by
  // when, for which goal.
  await db.schema
    .createTable('plan_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('group_members.id'))
    .addColumn('due_on', 'text')
    .addColumn('goal_id', 'text', (c) => c.references('plan_goals.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by_account_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_agreements_plan').on('plan_agreements').column('plan_id').execute();
  await db.schema.createIndex('plan_agreements_member').on('plan_agreements').column('member_id').execute();

  // The plan as it was after each change: a copy of its content (JSON), who made the change and for
  // whom, and what kind of change it was.
  await db.schema
    .createTable('plan_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('author_account_id', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_account_id', 'text')
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_versions_plan_number', ['plan_id', 'number'])
    .execute();

  // "Agreed at the meeting of <date>": which version the group adopted, and when.
  await db.schema
    .createTable('plan_adoptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('meeting_on', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text')
    .addColumn('adopted_at', 'text', (c) => c.notNull())
    .addColumn('adopted_by_account_id', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_account_id', 'text')
    .execute();
  await db.schema.createIndex('plan_adoptions_plan').on('plan_adoptions').column('plan_id').execute();

  // The organisation's own goal limits; null keeps the method's (src/domain/phases.ts).
  await db.schema.alterTable('organisations').addColumn('goal_limit_long', 'integer').execute();
  await db.schema.alterTable('organisations').addColumn('goal_limit_short', 'integer').execute();
}
