import type { Actor } from '../../platform/context.js';

/** The organisation admin manages the structure of their own organisation, never client data. */
export function isOrganisationAdmin(actor: Actor, organisationId: string): boolean {
  return actor.role === 'admin' && actor.professional?.organisationId === organisationId;
}

/** A team lead sees the people of their own team. */
export function isTeamLeadOf(actor: Actor, teamId: string): boolean {
  return actor.role === 'team_lead' && actor.professional?.teamId === teamId;
}
