import type { Db } from '../platform/db/database.js';

/** The tables a request can add rows to; comparing their counts shows that a refused request added nothing. */
export const dataTables = [
  'organisations',
  'teams',
  'accounts',
  'professionals',
  'clients',
  'relatives',
  'sessions',
  'audit_events',
  'groups',
  'group_phase_changes',
  'checklist_ticks',
  'network_people',
  'network_snapshots',
  'group_members',
  'member_events',
  'deepening_conversations',
  'plans',
  'plan_goals',
  'goal_progress',
  'plan_agreements',
  'plan_versions',
  'plan_adoptions',
  'meetings',
  'meeting_agenda_items',
  'meeting_invitees',
  'meeting_scores',
  'meeting_agreements',
  'start_evaluations',
  'evaluation_rounds',
  'evaluation_respondents',
  'evaluation_answers',
  'evaluation_scores',
  'quality_actions',
  'instruments',
  'jobs',
] as const;
export type DataTable = (typeof dataTables)[number];

/** How many rows each table holds (PostgreSQL counts as text, hence Number). */
export async function rowCounts(db: Db, tables: readonly DataTable[] = dataTables): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
