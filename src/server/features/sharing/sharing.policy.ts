import { performerOf, isDelegableTask, type DelegableTask, type TaskPerformer } from '../../../domain/direction.js';
import { effectiveSharing, type SharingCategory } from '../../../domain/sharing.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { canSeeClient, isClientSelf, isTreatingProfessional } from '../clients/index.js';
import { createSharingRepository, type ClientScope } from './sharing.repository.js';

type ClientRef = Pick<ClientScope, 'id' | 'teamId' | 'coordinatorId'>;

/** The client's own coordinator (clients.coordinator_id), not any coordinator of the team. */
export function isClientsCoordinator(actor: Actor, client: ClientRef): boolean {
  return actor.role === 'coordinator' && actor.professional !== null && actor.professional.id === client.coordinatorId;
}

/**
 * What a professional of the client's own team sees, by the method: what their work needs, except
 * the network map, which stays between the client and their coordinator.
 */
export function professionalSeesCategory(actor: Actor, client: ClientRef, category: SharingCategory): boolean {
  if (!isTreatingProfessional(actor, client)) return false;
  return category !== 'network_map' || isClientsCoordinator(actor, client);
}

/** Who does a task for the client, and the account to record it for (set only when acting for the client). */
export interface Performer {
  kind: TaskPerformer['kind'];
  /** The client's account when the coordinator acts on their behalf: pass it to the audit row. */
  onBehalfOfAccountId: string | null;
}

/**
 * The sharing rules as other features use them, before they serve a category or do a task for a
 * client. Every answer is read from the database at the moment of asking: a change of consent, a
 * delegation or a relative's place counts from the very next request, open sessions included.
 * Pass a transaction handle as `db` to ask inside a transaction.
 */
export function createSharingPolicy(db: DbExecutor) {
  const repository = createSharingRepository(db);

  async function performerFor(actor: Actor, clientId: string, task: DelegableTask): Promise<Performer> {
    const client = await repository.findClient(clientId);
    if (!client) return { kind: 'nobody', onBehalfOfAccountId: null };
    const delegated = (await repository.delegatedTasks(clientId)).filter(isDelegableTask);
    const performer = performerOf(
      task,
      { isClientSelf: isClientSelf(actor, clientId), isClientsCoordinator: isClientsCoordinator(actor, client) },
      { hasAccount: client.accountId !== null, delegated },
    );
    const onBehalfOfAccountId = performer.kind === 'coordinator_for_client' ? client.accountId : null;
    return { kind: performer.kind, onBehalfOfAccountId };
  }

  return {
    /**
     * True when `actor` may see `category` of the client's data: the client always; a relative whose
     * place is live, as the client chose (or by the method's default); the client's own team as
     * their work needs (the network map only their coordinator); anyone else never.
     */
    async canSeeCategory(actor: Actor, clientId: string, category: SharingCategory): Promise<boolean> {
      if (isClientSelf(actor, clientId)) return true;
      if (actor.role === 'relative') {
        const relative = await repository.findLiveRelativeByAccount(clientId, actor.accountId);
        if (!relative) return false;
        const choices = await repository.choicesFor(clientId, [relative.id]);
        return effectiveSharing(choices.get(relative.id) ?? [])[category];
      }
      if (actor.professional === null) return false;
      const client = await repository.findClient(clientId);
      return client !== undefined && professionalSeesCategory(actor, client, category);
    },

    /**
     * Who does `task` for the client when `actor` asks (src/domain/direction.ts): the client
     * themself, their coordinator on their behalf (audit with `onBehalfOfAccountId`), their
     * coordinator alone for a client without an account, or nobody.
     */
    performerFor,

    /**
     * As performerFor, but refuses: 404 when the actor may not see the client at all, 403 when they
     * may see the client but not do this task for them (a delegation switched off, say).
     */
    async requirePerformer(
      actor: Actor,
      clientId: string,
      task: DelegableTask,
    ): Promise<Performer & { kind: Exclude<TaskPerformer['kind'], 'nobody'> }> {
      const client = await repository.findClient(clientId);
      if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
      const performer = await performerFor(actor, clientId, task);
      if (performer.kind === 'nobody')
        throw new ForbiddenError('The client has not asked their coordinator to do this for them.');
      return { ...performer, kind: performer.kind };
    },
  };
}
export type SharingPolicy = ReturnType<typeof createSharingPolicy>;
