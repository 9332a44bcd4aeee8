import type { Kysely } from 'kysely';

// Ending a relative's place keeps who ended it and why (PRODUCT.md §4: "left, with date and
// reason"), beside `ended_at` from 0003. Forward-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('relatives').addColumn('ended_by_account_id', 'text').execute();
  await db.schema.alterTable('relatives').addColumn('ended_reason', 'text').execute();
}
