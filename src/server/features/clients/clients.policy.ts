import { careRoles } from '../../../shared/roles.js';
import type { Actor } from '../../platform/context.js';

/** Professionals who work in a client's team; researchers and admins are not among them. */
export const teamCareRoles = ['coordinator', 'clinician', 'professional', 'team_lead'] as const;
/** Those of them who may register clients and their relatives. */
export const registeringRoles = careRoles;

const includes = (list: readonly string[], role: string) => list.includes(role);

export function isClientSelf(actor: Actor, clientId: string): boolean {
  return actor.role === 'client' && actor.clientId === clientId;
}

export function isTreatingProfessional(actor: Actor, client: { teamId: string }): boolean {
  return actor.professional?.teamId === client.teamId && includes(teamCareRoles, actor.role);
}

export function canRegisterClients(actor: Actor): boolean {
  return actor.professional?.teamId != null && includes(registeringRoles, actor.role);
}

export function canSeeClient(actor: Actor, client: { id: string; teamId: string }): boolean {
  return isClientSelf(actor, client.id) || isTreatingProfessional(actor, client);
}

export function canAddRelative(actor: Actor, client: { id: string; teamId: string }): boolean {
  return isClientSelf(actor, client.id) || (isTreatingProfessional(actor, client) && includes(registeringRoles, actor.role));
}

/** Ending a relative's place: whoever may add one (the client, or their registering professionals). */
export function canEndRelative(actor: Actor, client: { id: string; teamId: string }): boolean {
  return canAddRelative(actor, client);
}

/** What relatives see, and what the coordinator may do for them, is the client's own decision. */
export function canDecideForThemself(actor: Actor, clientId: string): boolean {
  return isClientSelf(actor, clientId);
}
