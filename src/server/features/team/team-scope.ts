import type { Actor } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { isTeamCareProfessional } from './team.policy.js';
import type { TeamRepository, TeamRow } from './team.repository.js';

/**
 * The team, when the actor is one of its care professionals; another team, of this organisation or
 * another, answers as if it did not exist (404).
 */
export async function ownTeam(repository: TeamRepository, actor: Actor, teamId: string): Promise<TeamRow> {
  const team = await repository.findTeam(teamId);
  if (!team || !isTeamCareProfessional(actor, team.id) || actor.professional?.organisationId !== team.organisationId)
    throw new NotFoundError();
  return team;
}
