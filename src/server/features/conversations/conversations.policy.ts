import type { ConversationSharing } from '../../../shared/conversations.js';
import type { Actor } from '../../platform/context.js';
import { isClientSelf, isTreatingProfessional } from '../clients/index.js';
import { isClientsCoordinator } from '../sharing/index.js';
import type { ClientScope } from './conversations.repository.js';

// PRODUCT.md §4: the coordinator talks with each member without the client. What was said stays
// between the member, the coordinator and the responsible clinician, unless the member agrees that
// the client may read it. Nobody else of the team reads it, and other members never do.

/** Who reads the records, and so how much of them: everything, or what the member agreed to share. */
export type ConversationReader = 'coordinator' | 'clinician' | 'client';

/**
 * How `actor` reads the client's in-depth conversations, or null when they may not. A clinician
 * reads them only as the group's responsible clinician (`isGroupClinician`: a member of the group
 * with that role whose membership has not ended), not for being a clinician of the team.
 */
export function conversationReader(actor: Actor, client: ClientScope, isGroupClinician: boolean): ConversationReader | null {
  if (isClientSelf(actor, client.id)) return 'client';
  if (isClientsCoordinator(actor, client)) return 'coordinator';
  if (isTreatingProfessional(actor, client) && isGroupClinician) return 'clinician';
  return null;
}

/** True when `reader` may see a record with this sharing state. */
export function readerSeesRecord(reader: ConversationReader, sharing: ConversationSharing): boolean {
  return reader !== 'client' || sharing === 'agreed';
}

/** Recording the conversations, and asking members to share them, is the coordinator's work alone. */
export function canRecordConversations(actor: Actor, client: ClientScope): boolean {
  return isClientsCoordinator(actor, client);
}
