import type { DbExecutor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

export function createOrganisationsRepository(db: DbExecutor) {
  return {
    findOrganisation(organisationId: string) {
      return db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', organisationId).executeTakeFirst();
    },

    listTeams(organisationId: string) {
      return db
        .selectFrom('teams')
        .select(['id', 'organisation_id', 'name', 'type'])
        .where('organisation_id', '=', organisationId)
        .orderBy('name')
        .execute();
    },

    findTeam(organisationId: string, teamId: string) {
      return db
        .selectFrom('teams')
        .select(['id', 'organisation_id', 'name', 'type'])
        .where('organisation_id', '=', organisationId)
        .where('id', '=', teamId)
        .executeTakeFirst();
    },

    async insertTeam(organisationId: string, team: { name: string; type: string }) {
      const row = { id: newId(), organisation_id: organisationId, name: team.name, type: team.type, created_at: nowIso() };
      await db.insertInto('teams').values(row).execute();
      return row;
    },

    listProfessionals(organisationId: string, teamId?: string) {
      let query = db
        .selectFrom('professionals')
        .innerJoin('accounts', 'accounts.id', 'professionals.account_id')
        .select([
          'professionals.id',
          'professionals.name',
          'professionals.role',
          'professionals.team_id',
          'accounts.email',
          'accounts.password_hash',
        ])
        .where('professionals.organisation_id', '=', organisationId);
      if (teamId !== undefined) query = query.where('professionals.team_id', '=', teamId);
      return query.orderBy('professionals.name').execute();
    },

    async insertProfessional(
      organisationId: string,
      professional: { name: string; email: string; role: string; teamId: string | null },
    ) {
      const accountId = newId();
      const createdAt = nowIso();
      await db
        .insertInto('accounts')
        .values({ id: accountId, email: professional.email, password_hash: null, kind: 'professional', locale: 'nl', disabled_at: null, created_at: createdAt })
        .execute();
      const row = {
        id: newId(),
        account_id: accountId,
        organisation_id: organisationId,
        team_id: professional.teamId,
        name: professional.name,
        role: professional.role,
        created_at: createdAt,
      };
      await db.insertInto('professionals').values(row).execute();
      return { ...row, email: professional.email, password_hash: null };
    },

    async emailInUse(email: string): Promise<boolean> {
      const row = await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
      return row !== undefined;
    },
  };
}
export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
