import type { Actor } from '../../platform/context.js';
import { isTreatingProfessional, registeringRoles } from '../clients/index.js';

/** The client's account is set up by the team that registered them (not the client themself). */
export function canInviteClient(actor: Actor, client: { teamId: string }): boolean {
  return isTreatingProfessional(actor, client) && (registeringRoles as readonly string[]).includes(actor.role);
}

/** The organisation admin invites the professionals of their own organisation. */
export function canInviteProfessional(actor: Actor, professional: { organisationId: string }): boolean {
  return actor.role === 'admin' && actor.professional?.organisationId === professional.organisationId;
}
