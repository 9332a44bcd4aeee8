import type { Actor } from '../../platform/context.js';
import { isClientSelf } from '../clients/index.js';
import { isOrganisationAdmin } from '../organisations/index.js';

/**
 * "Who looked at my data?" is the client's own question. Later a coordinator the client delegated
 * to may ask it on their behalf; for now nobody else may.
 */
export function canReadClientAuditLog(actor: Actor, clientId: string): boolean {
  return isClientSelf(actor, clientId);
}

/** The organisation admin checks what the professionals of their own organisation did. */
export function canReadProfessionalAuditLog(actor: Actor, professional: { organisationId: string }): boolean {
  return isOrganisationAdmin(actor, professional.organisationId);
}
