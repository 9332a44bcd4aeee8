import { careRoles } from '../../../shared/roles.js';
import type { Actor } from '../../platform/context.js';

/**
 * Who sees a team's figures and runs its quality cycle: the team's care professionals (coordinator,
 * clinician, team lead), each of their own team only. The `professional` role, researchers and
 * admins do not: the figures are for those who answer for the team's care.
 */
export const teamFigureRoles = careRoles;

/** Who has a caseload: a coordinator (their own clients) and a team lead (the team's). */
export const caseloadRoles = ['coordinator', 'team_lead'] as const;

/** True when the actor is a care professional of this very team. */
export function isTeamCareProfessional(actor: Actor, teamId: string): boolean {
  return actor.professional?.teamId === teamId && (teamFigureRoles as readonly string[]).includes(actor.role);
}

/** The caseload a role sees: a coordinator the clients registered to them, a team lead the whole team's. */
export function caseloadScope(actor: Actor): 'own' | 'team' {
  return actor.role === 'team_lead' ? 'team' : 'own';
}
