import type { Actor } from '../../platform/context.js';
import { isClientSelf, isTreatingProfessional } from '../clients/index.js';
import { isClientsCoordinator } from '../sharing/index.js';
import type { GroupClient } from './groups.repository.js';

// Who may do what with a client's resource group (the brief's access rules of issue 4). Reading the
// group and nominating are decided with the database at hand (a live relative, a delegation) in the
// service; these are the rules that follow from who the actor is.

/** The client directs their group; their own coordinator works it with them. */
export function isGroupDirector(actor: Actor, client: GroupClient): boolean {
  return isClientSelf(actor, client.id) || isClientsCoordinator(actor, client);
}

/** Adding a professional of the team and the warm handover: the coordinator, or the team lead. */
export function mayManageProfessionals(actor: Actor, client: GroupClient): boolean {
  return isClientsCoordinator(actor, client) || (actor.role === 'team_lead' && isTreatingProfessional(actor, client));
}

/** The group's history: the client and their team, not relatives. */
export function maySeeHistory(actor: Actor, client: GroupClient): boolean {
  return isClientSelf(actor, client.id) || isTreatingProfessional(actor, client);
}

/** The professionals who could join or take over: the client, and those who add them. */
export function maySeeCandidates(actor: Actor, client: GroupClient): boolean {
  return isClientSelf(actor, client.id) || mayManageProfessionals(actor, client);
}

/**
 * The in-depth conversations page: the coordinator and a clinician who is in the group as its
 * clinician; the client too, who sees there only the records a member agreed to share.
 */
export function maySeeConversations(actor: Actor, client: GroupClient, openClinicianProfessionalIds: readonly string[]): boolean {
  if (isClientSelf(actor, client.id) || isClientsCoordinator(actor, client)) return true;
  return (
    actor.role === 'clinician' &&
    isTreatingProfessional(actor, client) &&
    actor.professional !== null &&
    openClinicianProfessionalIds.includes(actor.professional.id)
  );
}
