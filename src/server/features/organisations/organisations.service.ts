import {
  organisationKinds,
  teamTypes,
  type CreateProfessionalBody,
  type CreateTeamBody,
  type OrganisationOverview,
  type Professional,
  type Team,
} from '../../../shared/organisations.js';
import { professionalRoleSchema } from '../../../shared/roles.js';
import type { Actor } from '../../platform/context.js';
import { isUniqueViolation, type Db } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createOrganisationsRepository } from './organisations.repository.js';
import { isOrganisationAdmin, isTeamLeadOf } from './organisations.policy.js';

const asKind = (kind: string) => organisationKinds.find((k) => k === kind) ?? 'other';
const asTeamType = (type: string) => teamTypes.find((t) => t === type) ?? 'other';

function presentTeam(row: { id: string; organisation_id: string; name: string; type: string }): Team {
  return { id: row.id, organisationId: row.organisation_id, name: row.name, type: asTeamType(row.type) };
}

/** A professional of `organisationId`, with what the caller may do with their account. */
function presentProfessional(
  actor: Actor,
  organisationId: string,
  row: { id: string; name: string; role: string; team_id: string | null; email: string; password_hash: string | null },
): Professional {
  const isAdmin = isOrganisationAdmin(actor, organisationId);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: professionalRoleSchema.parse(row.role),
    teamId: row.team_id,
    canSignIn: row.password_hash !== null,
    abilities: {
      invite: isAdmin && row.password_hash === null,
      endSessions: isAdmin,
      readAuditLog: isAdmin,
    },
  };
}

const emailTaken = () =>
  new ConflictError('email_in_use', 'This email address already has an account.', [
    { field: 'email', code: 'email_in_use', message: 'already has an account' },
  ]);

export function createOrganisationsService(db: Db) {
  const organisations = createOrganisationsRepository(db);

  function ownOrganisationId(actor: Actor): string {
    if (!actor.professional) throw new NotFoundError();
    return actor.professional.organisationId;
  }

  return {
    /** The professional's own organisation and its teams. */
    async overview(actor: Actor): Promise<OrganisationOverview> {
      const organisationId = ownOrganisationId(actor);
      const organisation = await organisations.findOrganisation(organisationId);
      if (!organisation) throw new NotFoundError();
      const isAdmin = isOrganisationAdmin(actor, organisationId);
      return {
        organisation: { id: organisation.id, name: organisation.name, kind: asKind(organisation.kind) },
        teams: (await organisations.listTeams(organisationId)).map(presentTeam),
        abilities: { createTeam: isAdmin, createProfessional: isAdmin },
      };
    },

    async createTeam(actor: Actor, body: CreateTeamBody): Promise<Team> {
      const organisationId = ownOrganisationId(actor);
      if (!isOrganisationAdmin(actor, organisationId)) throw new ForbiddenError();
      try {
        return presentTeam(await organisations.insertTeam(organisationId, body));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new ConflictError('team_name_in_use', 'Your organisation already has a team with this name.', [
          { field: 'name', code: 'team_name_in_use', message: 'is already used by another team' },
        ]);
      }
    },

    /** The admin sees everyone in the organisation; a team lead sees their own team. */
    async listProfessionals(actor: Actor): Promise<Professional[]> {
      const organisationId = ownOrganisationId(actor);
      if (isOrganisationAdmin(actor, organisationId)) {
        return (await organisations.listProfessionals(organisationId)).map((row) =>
          presentProfessional(actor, organisationId, row),
        );
      }
      const teamId = actor.professional?.teamId;
      if (teamId && isTeamLeadOf(actor, teamId)) {
        return (await organisations.listProfessionals(organisationId, teamId)).map((row) =>
          presentProfessional(actor, organisationId, row),
        );
      }
      throw new ForbiddenError();
    },

    /** Registers a professional; they can sign in once they have set a password. */
    async createProfessional(actor: Actor, body: CreateProfessionalBody): Promise<Professional> {
      const organisationId = ownOrganisationId(actor);
      if (!isOrganisationAdmin(actor, organisationId)) throw new ForbiddenError();
      try {
        return await db.transaction().execute(async (trx) => {
          const repository = createOrganisationsRepository(trx);
          if (body.teamId !== null && !(await repository.findTeam(organisationId, body.teamId))) {
            throw new ValidationError([{ field: 'teamId', code: 'unknown_team', message: 'is not a team of your organisation' }]);
          }
          if (await repository.emailInUse(body.email)) throw emailTaken();
          return presentProfessional(actor, organisationId, await repository.insertProfessional(organisationId, body));
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
    },
  };
}
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
