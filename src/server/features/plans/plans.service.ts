import type { Plan } from '../../../shared/plans.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { createSharingPolicy } from '../sharing/index.js';
import { groupToRead, mayEditPlan, readableClient } from './plan-scope.js';
import { doerOf, doesAgreement, goalLimitsOf } from './plans.policy.js';
import { presentAgreement, presentGoal, presentHeader, presentMember } from './plans.presenter.js';
import { createPlanVersionsRepository } from './plan-versions.repository.js';
import { createPlansRepository } from './plans.repository.js';

// The plan as a whole: goals with their trend, agreements, and what the caller may do with it. Reads
// are logged before they are answered (SECURITY.md, NEN 7513).
export function createPlansService(db: Db, audit: AuditLog) {
  const plans = createPlansRepository(db);
  const versions = createPlanVersionsRepository(db);

  return {
    async plan(actor: Actor, clientId: string): Promise<Plan> {
      const client = await readableClient(db, plans, actor, clientId, 'plan');
      const group = await groupToRead(plans, clientId);
      const plan = await plans.findPlan(group.id);
      const [goals, progress, agreements, adoptions] = plan
        ? [
            await plans.listGoals(plan.id),
            await plans.listProgress(plan.id),
            await plans.listAgreements(plan.id),
            await versions.listAdoptions(plan.id),
          ]
        : [[], [], [], []];
      const edit = await mayEditPlan(db, actor, client);
      // Reading the plan already: the history needs the signalling plan as well, which it holds.
      const signalPlan = await createSharingPolicy(db).canSeeCategory(actor, clientId, 'signal_plan');
      const doer = doerOf(actor, actor.role === 'relative' ? await plans.liveRelativeIds(actor.accountId) : []);
      const members = edit ? await plans.listActiveMembers(group.id) : [];
      await audit.record(actor, [{ action: 'read', dataCategory: 'plan', clientId, objectId: plan?.id ?? null }]);
      return {
        ...presentHeader(client, group, plan?.version ?? 0, adoptions),
        goals: goals.map((goal) => presentGoal(goal, progress)),
        agreements: agreements.map((agreement) => presentAgreement(agreement, doesAgreement(doer, clientId, agreement))),
        limits: goalLimitsOf(client),
        signalPlanStarted: plan?.signal_plan != null,
        members: members.map(presentMember),
        abilities: { edit, history: signalPlan, signalPlan },
      };
    },
  };
}
export type PlansService = ReturnType<typeof createPlansService>;
