import { localeSchema, roleSchema } from '../../../shared/roles.js';
import type { DbExecutor } from '../db/database.js';
import type { Actor } from '../context.js';

/**
 * Builds the actor for an account: who they are and what they stand in relation to. A disabled
 * account, or one whose role record is gone, yields null, so that an open session stops working.
 */
export async function loadActor(db: DbExecutor, accountId: string, sessionIdHash: string): Promise<Actor | null> {
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'email', 'kind', 'locale', 'disabled_at'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account || account.disabled_at !== null) return null;
  const base = {
    accountId: account.id,
    sessionIdHash,
    email: account.email,
    locale: localeSchema.catch('nl').parse(account.locale),
    professional: null,
    clientId: null,
    relativeOfClientIds: [],
  };

  if (account.kind === 'professional') {
    const professional = await db
      .selectFrom('professionals')
      .select(['id', 'organisation_id', 'team_id', 'name', 'role'])
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!professional) return null;
    return {
      ...base,
      name: professional.name,
      role: roleSchema.parse(professional.role),
      professional: { id: professional.id, organisationId: professional.organisation_id, teamId: professional.team_id },
    };
  }
  if (account.kind === 'client') {
    const client = await db.selectFrom('clients').select(['id', 'name']).where('account_id', '=', accountId).executeTakeFirst();
    if (!client) return null;
    return { ...base, name: client.name, role: 'client', clientId: client.id };
  }
  if (account.kind === 'relative') {
    const relatives = await db
      .selectFrom('relatives')
      .select(['client_id', 'name'])
      .where('account_id', '=', accountId)
      .where('ended_at', 'is', null)
      .execute();
    const first = relatives[0];
    if (!first) return null;
    return { ...base, name: first.name, role: 'relative', relativeOfClientIds: relatives.map((r) => r.client_id) };
  }
  return null;
}
