import type { Actor } from '../../platform/context.js';
import { isClientSelf } from '../clients/index.js';
import { isClientsCoordinator } from '../sharing/index.js';
import type { MapClient } from './network.repository.js';

// Who may do what with a client's network map. Reading is decided with the database at hand (a
// relative sees the map only while the client shares it with them: the sharing policy); changing it
// follows from who the actor is.

/**
 * Adding, changing, moving and removing people, and saving snapshots: the client, and their own
 * coordinator who makes the map with them. Not the rest of the team, not relatives.
 */
export function mayEditMap(actor: Actor, client: MapClient): boolean {
  return isClientSelf(actor, client.id) || isClientsCoordinator(actor, client);
}
