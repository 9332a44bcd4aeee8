import { delegableTasks, type DelegableTask } from '../../../domain/direction.js';
import { effectiveSharing } from '../../../domain/sharing.js';
import { relationSchema } from '../../../shared/clients.js';
import type {
  Delegations,
  RelativeSharing,
  SharedWithMe,
  SharingOverview,
  UpdateDelegationsBody,
  UpdateSharingBody,
} from '../../../shared/sharing.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { canDecideForThemself, canSeeClient } from '../clients/index.js';
import { createSharingRepository, type ClientScope, type LiveRelative, type SharingRepository } from './sharing.repository.js';

function presentRelativeSharing(relative: LiveRelative, choices: Parameters<typeof effectiveSharing>[0]): RelativeSharing {
  return {
    id: relative.id,
    name: relative.name,
    relation: relationSchema.catch('other').parse(relative.relation),
    categories: effectiveSharing(choices),
  };
}

function presentDelegations(actor: Actor, client: ClientScope, delegated: readonly string[]): Delegations {
  return {
    coordinator: { id: client.coordinatorId, name: client.coordinatorName },
    tasks: delegableTasks.map((task) => ({ task, delegated: delegated.includes(task) })),
    abilities: { update: canDecideForThemself(actor, client.id) },
  };
}

// Reads are logged before they are answered, changes inside their own transaction as its last step;
// refusals by platform/audit's route hook (SECURITY.md, NEN 7513).
export function createSharingService(db: Db, audit: AuditLog) {
  const sharing = createSharingRepository(db);

  /** The client, if the actor may see their sharing; "not found" and "not yours" answer alike. */
  async function readableClient(actor: Actor, clientId: string, repository: SharingRepository = sharing): Promise<ClientScope> {
    const client = await repository.findClient(clientId);
    if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
    return client;
  }

  /** As readableClient, and then only the client themself may go on (their team: 403): consent is theirs. */
  async function changeableClient(actor: Actor, clientId: string, repository: SharingRepository): Promise<ClientScope> {
    const client = await readableClient(actor, clientId, repository);
    if (!canDecideForThemself(actor, client.id)) throw new ForbiddenError('Only the client decides this.');
    return client;
  }

  return {
    /** What each relative whose place is live sees, per category. */
    async overview(actor: Actor, clientId: string): Promise<SharingOverview> {
      const client = await readableClient(actor, clientId);
      const relatives = await sharing.listLiveRelatives(clientId);
      const choices = await sharing.choicesFor(clientId, relatives.map((r) => r.id));
      await audit.record(actor, [{ action: 'read', dataCategory: 'sharing', clientId }]);
      return {
        relatives: relatives.map((relative) => presentRelativeSharing(relative, choices.get(relative.id) ?? [])),
        abilities: { update: canDecideForThemself(actor, client.id) },
      };
    },

    /** The client shares one category with one relative, or stops sharing it; who and when are kept. */
    async update(actor: Actor, clientId: string, relativeId: string, body: UpdateSharingBody): Promise<RelativeSharing> {
      return db.transaction().execute(async (trx) => {
        const repository = createSharingRepository(trx);
        await changeableClient(actor, clientId, repository);
        const relative = await repository.findLiveRelative(clientId, relativeId);
        if (!relative) throw new NotFoundError();
        await repository.saveChoice({ clientId, relativeId, ...body, byAccountId: actor.accountId, at: nowIso() });
        const choices = await repository.choicesFor(clientId, [relativeId]);
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'sharing', clientId, objectId: relativeId }]);
        return presentRelativeSharing(relative, choices.get(relativeId) ?? []);
      });
    },

    async delegations(actor: Actor, clientId: string): Promise<Delegations> {
      const client = await readableClient(actor, clientId);
      const delegated = await sharing.delegatedTasks(clientId);
      await audit.record(actor, [{ action: 'read', dataCategory: 'delegations', clientId }]);
      return presentDelegations(actor, client, delegated);
    },

    /** The client switches on exactly the tasks named; every other task is off. */
    async updateDelegations(actor: Actor, clientId: string, body: UpdateDelegationsBody): Promise<Delegations> {
      return db.transaction().execute(async (trx) => {
        const repository = createSharingRepository(trx);
        const client = await changeableClient(actor, clientId, repository);
        const tasks: DelegableTask[] = [...new Set(body.tasks)];
        await repository.replaceDelegations(clientId, tasks, nowIso());
        const delegated = await repository.delegatedTasks(clientId);
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'delegations', clientId }]);
        return presentDelegations(actor, client, delegated);
      });
    },

    /**
     * What the client shares with the relative asking. A relative of another client, or one whose
     * place here has ended, is told "not found": they learn nothing about this client.
     */
    async sharedWithMe(actor: Actor, clientId: string): Promise<SharedWithMe> {
      const relative = actor.role === 'relative' ? await sharing.findLiveRelativeByAccount(clientId, actor.accountId) : undefined;
      const client = relative ? await sharing.findClient(clientId) : undefined;
      if (!relative || !client) throw new NotFoundError();
      const choices = await sharing.choicesFor(clientId, [relative.id]);
      await audit.record(actor, [{ action: 'read', dataCategory: 'sharing', clientId, objectId: relative.id }]);
      return { client: { id: client.id, name: client.name }, categories: effectiveSharing(choices.get(relative.id) ?? []) };
    },
  };
}
export type SharingService = ReturnType<typeof createSharingService>;
