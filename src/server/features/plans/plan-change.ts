import type { GoalLimits } from '../../../domain/phases.js';
import type { PlanChange } from '../../../shared/plans.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbTransaction } from '../../platform/db/database.js';
import { loadPlanContent } from './plan-content.js';
import { editableClient, groupToChange } from './plan-scope.js';
import { createPlanVersionsRepository } from './plan-versions.repository.js';
import { goalLimitsOf, type PlanPart } from './plans.policy.js';
import { createPlansRepository, type PlanClient, type PlanGroup, type PlansRepository } from './plans.repository.js';

/** What a change to the plan works with: the transaction, and the plan locked for it. */
export interface ChangeScope {
  trx: DbTransaction;
  repository: PlansRepository;
  client: PlanClient;
  group: PlanGroup;
  planId: string;
  /** The number the change's version gets. */
  version: number;
  limits: GoalLimits;
}

/** What a change did: its answer, and what its version and audit row say about it. */
export interface ChangeOutcome<T> {
  result: T;
  change: PlanChange;
  action: 'create' | 'update';
  objectId: string | null;
}

/** Who made a version, and for whom. */
export interface VersionAuthor {
  accountId: string;
  onBehalfOfAccountId: string | null;
}

/**
 * Writes version `number` of the plan: its content as it is now (after the change, in the change's
 * transaction), who made it and what kind of change it was.
 */
export async function writeVersion(
  trx: DbTransaction,
  planId: string,
  number: number,
  author: VersionAuthor,
  change: PlanChange,
): Promise<void> {
  const content = await loadPlanContent(trx, planId);
  await createPlanVersionsRepository(trx).insertVersion({
    planId,
    number,
    authorAccountId: author.accountId,
    onBehalfOfAccountId: author.onBehalfOfAccountId,
    change: JSON.stringify(change),
    content: JSON.stringify(content),
  });
}

/**
 * Changes to the plan by those who write it. Every change runs in one transaction: the plan is made
 * on its first change, its version raised (which locks it: concurrent changes take turns, and each
 * is checked against what the one before left), then the change itself, the new version with the
 * plan's whole content, and the audit row as the last step. A refused change rolls all of it back.
 */
export function createPlanEditor(db: Db, audit: AuditLog) {
  return function edit<T>(
    actor: Actor,
    clientId: string,
    part: PlanPart,
    work: (scope: ChangeScope) => Promise<ChangeOutcome<T>>,
  ): Promise<T> {
    return db.transaction().execute(async (trx) => {
      const repository = createPlansRepository(trx);
      const { client, performer } = await editableClient(trx, repository, actor, clientId, part);
      const group = await groupToChange(repository, clientId);
      const plan = await repository.ensurePlan(group.id);
      const number = await repository.nextVersion(plan.id);
      const outcome = await work({
        trx,
        repository,
        client,
        group,
        planId: plan.id,
        version: number,
        limits: goalLimitsOf(client),
      });
      const onBehalfOfAccountId = performer.onBehalfOfAccountId;
      await writeVersion(trx, plan.id, number, { accountId: actor.accountId, onBehalfOfAccountId }, outcome.change);
      await audit.append(trx, actor, [
        { action: outcome.action, dataCategory: part, clientId, objectId: outcome.objectId, onBehalfOfAccountId },
      ]);
      return outcome.result;
    });
  };
}
export type PlanEditor = ReturnType<typeof createPlanEditor>;
