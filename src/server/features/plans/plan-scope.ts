import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { canSeeClient } from '../clients/index.js';
import { createSharingPolicy, isClientsCoordinator, type Performer } from '../sharing/index.js';
import type { PlanPart } from './plans.policy.js';
import type { PlanClient, PlanGroup, PlansRepository } from './plans.repository.js';

// What every plan service call starts from: the client, whether the actor may read or change this
// part of their plan, and the client's active group. "Not found" and "not yours" answer alike (404).

const readOnly = 'The client writes their plan, with their coordinator when they ask for that. You can read it.';
const notDelegated = 'The client has not asked you to work on their plan for them. They can switch that on under direction.';

/** The client, when the actor may read this part of their plan (the client's sharing decides); else 404. */
export async function readableClient(
  executor: DbExecutor,
  repository: PlansRepository,
  actor: Actor,
  clientId: string,
  part: PlanPart,
): Promise<PlanClient> {
  const client = await repository.findClient(clientId);
  if (!client || !(await createSharingPolicy(executor).canSeeCategory(actor, clientId, part))) throw new NotFoundError();
  return client;
}

/**
 * The client and who changes the plan for them (src/domain/direction.ts, `edit_plan`): the client; their
 * coordinator for them when asked, or alone for a client without an account. Whoever may read the
 * part but not change it gets 403; anyone else 404.
 */
export async function editableClient(
  executor: DbExecutor,
  repository: PlansRepository,
  actor: Actor,
  clientId: string,
  part: PlanPart,
): Promise<{ client: PlanClient; performer: Performer }> {
  const client = await repository.findClient(clientId);
  if (!client) throw new NotFoundError();
  const sharing = createSharingPolicy(executor);
  if (actor.role === 'relative') {
    throw (await sharing.canSeeCategory(actor, clientId, part)) ? new ForbiddenError(readOnly) : new NotFoundError();
  }
  if (!canSeeClient(actor, client)) throw new NotFoundError();
  const performer = await sharing.performerFor(actor, clientId, 'edit_plan');
  if (performer.kind === 'nobody') throw new ForbiddenError(isClientsCoordinator(actor, client) ? notDelegated : readOnly);
  return { client, performer };
}

/** True when the actor may change the plan now (for the abilities a view carries). */
export async function mayEditPlan(executor: DbExecutor, actor: Actor, client: PlanClient): Promise<boolean> {
  if (actor.role === 'relative' || !canSeeClient(actor, client)) return false;
  return (await createSharingPolicy(executor).performerFor(actor, client.id, 'edit_plan')).kind !== 'nobody';
}

/** For a read: the client's active group, or 404 with the reason. */
export async function groupToRead(repository: PlansRepository, clientId: string): Promise<PlanGroup> {
  const group = await repository.findActiveGroup(clientId);
  if (!group) throw new NotFoundError('This client has no group yet, and so no plan.');
  return group;
}

/** For a change: the client's active group, or 409 `no_group`. */
export async function groupToChange(repository: PlansRepository, clientId: string): Promise<PlanGroup> {
  const group = await repository.findActiveGroup(clientId);
  if (!group)
    throw new ConflictError('no_group', 'This client has no group yet. The plan belongs to the group: start the group first.');
  return group;
}
