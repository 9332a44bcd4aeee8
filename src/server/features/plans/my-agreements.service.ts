import type { Agreement, AgreementStatusBody, MyAgreements } from '../../../shared/plans.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { createSharingPolicy } from '../sharing/index.js';
import { statusValues } from './agreements.service.js';
import { writeVersion } from './plan-change.js';
import { doerOf, doesAgreement } from './plans.policy.js';
import { presentAgreement } from './plans.presenter.js';
import { createMyAgreementsRepository, type MyAgreementsRepository } from './my-agreements.repository.js';
import { createPlansRepository, type PlansRepository } from './plans.repository.js';

/** A group the caller is in, and which of its agreements are theirs (all of them, for the client). */
interface Membership {
  clientId: string;
  clientName: string;
  groupId: string;
  groupName: string;
  /** Null for the client, who sees every agreement of their group. */
  memberId: string | null;
}

async function membershipsOf(plans: PlansRepository, mine: MyAgreementsRepository, actor: Actor): Promise<Membership[]> {
  if (actor.role === 'client') {
    if (actor.clientId === null) return [];
    const client = await plans.findClient(actor.clientId);
    const group = await plans.findActiveGroup(actor.clientId);
    if (!client || !group) return [];
    return [{ clientId: client.id, clientName: client.name, groupId: group.id, groupName: group.name, memberId: null }];
  }
  if (actor.role === 'relative')
    return mine.listActiveMembershipsOf({ relativeIds: await plans.liveRelativeIds(actor.accountId) });
  return actor.professional ? mine.listActiveMembershipsOf({ professionalId: actor.professional.id }) : [];
}

// "Mijn afspraken": every member's own working agreements across the groups they take part in, and
// marking them done. Only the person who does an agreement marks it here; the plan's editors change
// agreements through the plan itself.
export function createMyAgreementsService(db: Db, audit: AuditLog) {
  const plans = createPlansRepository(db);
  const mine = createMyAgreementsRepository(db);

  return {
    async list(actor: Actor): Promise<MyAgreements> {
      const memberships = await membershipsOf(plans, mine, actor);
      const sharing = createSharingPolicy(db);
      const doer = doerOf(actor, actor.role === 'relative' ? await plans.liveRelativeIds(actor.accountId) : []);
      const groups: MyAgreements['groups'] = [];
      for (const membership of memberships) {
        const plan = await sharing.canSeeCategory(actor, membership.clientId, 'plan');
        const signalPlan = await sharing.canSeeCategory(actor, membership.clientId, 'signal_plan');
        const rows = await mine.listAgreementsOf(membership.groupId, membership.memberId ?? undefined);
        const goals = plan
          ? await mine.goalTexts(rows.flatMap((row) => (row.goal_id === null ? [] : [row.goal_id])))
          : new Map<string, string>();
        groups.push({
          client: { id: membership.clientId, name: membership.clientName },
          group: { id: membership.groupId, name: membership.groupName },
          abilities: { plan, signalPlan },
          agreements: rows.map((row) => ({
            ...presentAgreement(row, doesAgreement(doer, membership.clientId, row)),
            goal: row.goal_id === null ? null : (goals.get(row.goal_id) ?? null),
          })),
        });
      }
      const clientIds = [...new Set(memberships.map((membership) => membership.clientId))];
      if (clientIds.length > 0) {
        await audit.record(
          actor,
          clientIds.map((clientId) => ({ action: 'read' as const, dataCategory: 'plan' as const, clientId })),
        );
      }
      return { groups };
    },

    /**
     * Marks one's own agreement done, or open again: a new version of the plan, made by this person.
     * Anyone else, the plan's editors included, is told "not found".
     */
    async setStatus(actor: Actor, agreementId: string, body: AgreementStatusBody): Promise<Agreement> {
      return db.transaction().execute(async (trx) => {
        const repository = createPlansRepository(trx);
        const doer = doerOf(actor, actor.role === 'relative' ? await repository.liveRelativeIds(actor.accountId) : []);
        const found = await createMyAgreementsRepository(trx).findAgreementAnywhere(agreementId);
        if (!found || found.groupClosedAt !== null || !doesAgreement(doer, found.clientId, found)) throw new NotFoundError();
        // Locked, then checked again against the agreement as the change before left it.
        const number = await repository.nextVersion(found.plan_id);
        const agreement = await repository.findAgreement(found.plan_id, agreementId);
        if (!agreement || !doesAgreement(doer, found.clientId, agreement)) throw new NotFoundError();
        if (agreement.status === 'cancelled') {
          throw new ConflictError(
            'agreement_cancelled',
            'This agreement was cancelled in the plan, so there is nothing left to do for it.',
          );
        }
        await repository.updateAgreement(agreementId, statusValues(body.status, agreement, actor.accountId));
        await writeVersion(
          trx,
          found.plan_id,
          number,
          { accountId: actor.accountId, onBehalfOfAccountId: null },
          {
            kind: 'agreement_status',
            subjectId: agreementId,
          },
        );
        const changed = await repository.findAgreement(found.plan_id, agreementId);
        if (!changed) throw new NotFoundError();
        await audit.append(trx, actor, [
          { action: 'update', dataCategory: 'plan', clientId: found.clientId, objectId: agreementId },
        ]);
        return presentAgreement(changed, true);
      });
    },
  };
}
export type MyAgreementsService = ReturnType<typeof createMyAgreementsService>;
