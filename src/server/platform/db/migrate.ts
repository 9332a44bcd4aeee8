import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/0001-foundation.js';
import * as auditLog from './migrations/0002-audit-log.js';
import * as access from './migrations/0003-access.js';
import * as sharing from './migrations/0006-sharing.js';
import * as groups from './migrations/0007-groups.js';
import * as openMemberships from './migrations/0008-open-memberships.js';
import * as plan from './migrations/0009-plan.js';
import * as jobs from './migrations/0010-jobs.js';
import * as meetings from './migrations/0011-meetings.js';
import * as evaluations from './migrations/0012-evaluations.js';

// Listed here rather than read from disk, so that bundling or a changed working directory cannot
// silently skip one. Names sort in the order they run.
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-audit-log': auditLog,
  '0003-access': access,
  '0006-sharing': sharing,
  '0007-groups': groups,
  '0008-open-memberships': openMemberships,
  '0009-plan': plan,
  '0010-jobs': jobs,
  '0011-meetings': meetings,
  '0012-evaluations': evaluations,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema up to date; forward-only. Throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed`, { cause: error });
  }
}
