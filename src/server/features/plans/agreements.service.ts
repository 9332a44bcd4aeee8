import type { Agreement, AgreementBody } from '../../../shared/plans.js';
import type { Actor } from '../../platform/context.js';
import { ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import type { PlanEditor } from './plan-change.js';
import { doerOf, doesAgreement } from './plans.policy.js';
import { presentAgreement } from './plans.presenter.js';
import type { AgreementRow, AgreementValues, PlansRepository } from './plans.repository.js';

export const memberNotActive = (field: string) =>
  new ConflictError(
    'member_not_active',
    'This person does not take part in the group now. Only active members of the group take on agreements and tasks.',
    [{ field, code: 'member_not_active', message: 'is not an active member of the group' }],
  );

/** Refuses someone who does not take part in the group now; null is the client, who always may. */
async function checkAssignee(repository: PlansRepository, groupId: string, memberId: string | null): Promise<void> {
  if (memberId === null) return;
  const member = await repository.findMember(groupId, memberId);
  if (!member || member.status !== 'active') throw memberNotActive('memberId');
}

async function checkGoal(repository: PlansRepository, planId: string, goalId: string | null): Promise<void> {
  if (goalId !== null && !(await repository.findGoal(planId, goalId)))
    throw new ConflictError('goal_not_in_plan', 'That goal is not part of this plan.', [
      { field: 'goalId', code: 'goal_not_in_plan', message: 'is not a goal of this plan' },
    ]);
}

/**
 * The status as stored, with when it was done and by whom: kept while it stays done, set when it
 * becomes done, cleared when it is open or cancelled again.
 */
export function statusValues(
  status: string,
  current: AgreementRow | undefined,
  byAccountId: string,
): Pick<AgreementValues, 'status' | 'done_at' | 'done_by_account_id'> {
  if (status !== 'done') return { status, done_at: null, done_by_account_id: null };
  if (current?.status === 'done') return { status, done_at: current.done_at, done_by_account_id: current.done_by_account_id };
  return { status, done_at: nowIso(), done_by_account_id: byAccountId };
}

async function agreementView(
  repository: PlansRepository,
  actor: Actor,
  clientId: string,
  planId: string,
  id: string,
): Promise<Agreement> {
  const row = await repository.findAgreement(planId, id);
  if (!row) throw new NotFoundError();
  // Relatives do not write the plan: an editor's own agreements are the client's or a professional's.
  return presentAgreement(row, doesAgreement(doerOf(actor, []), clientId, row));
}

// Working agreements (werkafspraken): what, who, by when, for which goal. Nothing is removed: an
// agreement is cancelled.
export function createAgreementsService(edit: PlanEditor) {
  return {
    async add(actor: Actor, clientId: string, body: AgreementBody): Promise<Agreement> {
      return edit(actor, clientId, 'plan', async ({ repository, group, planId }) => {
        await checkAssignee(repository, group.id, body.memberId);
        await checkGoal(repository, planId, body.goalId ?? null);
        const values: AgreementValues = {
          what: body.what,
          member_id: body.memberId,
          due_on: body.dueOn ?? null,
          goal_id: body.goalId ?? null,
          ...statusValues(body.status ?? 'open', undefined, actor.accountId),
        };
        const id = await repository.insertAgreement(planId, values);
        return {
          result: await agreementView(repository, actor, clientId, planId, id),
          change: { kind: 'agreement_added', subjectId: id },
          action: 'create',
          objectId: id,
        };
      });
    },

    /** The agreement whole, as its form saves it: what is left out is cleared, a status left out stays. */
    async change(actor: Actor, clientId: string, agreementId: string, body: AgreementBody): Promise<Agreement> {
      return edit(actor, clientId, 'plan', async ({ repository, group, planId }) => {
        const current = await repository.findAgreement(planId, agreementId);
        if (!current) throw new NotFoundError();
        // Someone who left stays named on what they agreed to; only a new assignee must be in the group.
        if (body.memberId !== current.member_id) await checkAssignee(repository, group.id, body.memberId);
        const goalId = body.goalId ?? null;
        if (goalId !== current.goal_id) await checkGoal(repository, planId, goalId);
        await repository.updateAgreement(agreementId, {
          what: body.what,
          member_id: body.memberId,
          due_on: body.dueOn ?? null,
          goal_id: goalId,
          ...statusValues(body.status ?? current.status, current, actor.accountId),
        });
        return {
          result: await agreementView(repository, actor, clientId, planId, agreementId),
          change: { kind: 'agreement_changed', subjectId: agreementId },
          action: 'update',
          objectId: agreementId,
        };
      });
    },
  };
}
export type AgreementsService = ReturnType<typeof createAgreementsService>;
