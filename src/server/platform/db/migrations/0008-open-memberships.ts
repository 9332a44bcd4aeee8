import { sql, type Kysely } from 'kysely';

// A person has at most one membership of a group that has not ended: checked by the service, and
// held here too, so that two nominations of the same person at the same moment cannot both succeed.
// A declined or left membership stays beside a new one (someone asked again later). Forward-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  const open = sql<boolean>`status not in ('declined', 'left')`;
  await db.schema
    .createIndex('group_members_open_person')
    .unique()
    .on('group_members')
    .columns(['group_id', 'network_person_id'])
    .where(sql<boolean>`network_person_id is not null and ${open}`)
    .execute();
  await db.schema
    .createIndex('group_members_open_professional')
    .unique()
    .on('group_members')
    .columns(['group_id', 'professional_id'])
    .where(sql<boolean>`professional_id is not null and ${open}`)
    .execute();
}
