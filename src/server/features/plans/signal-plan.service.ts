import { defaultSignalPhases } from '../../../domain/plan.js';
import type { SignalPlanContent } from '../../../domain/plan-versions.js';
import type { SignalPlanBody, SignalPlanView } from '../../../shared/plans.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ValidationError, type FieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { memberNotActive } from './agreements.service.js';
import type { PlanEditor } from './plan-change.js';
import { storedSignalPlan } from './plan-content.js';
import { groupToRead, mayEditPlan, readableClient } from './plan-scope.js';
import { presentHeader, presentMember } from './plans.presenter.js';
import { createPlanVersionsRepository } from './plan-versions.repository.js';
import { createPlansRepository, type PlanMemberRow } from './plans.repository.js';

const knownCodes: readonly string[] = defaultSignalPhases;

/** Phase codes are the method's (or none), each used once. */
function checkCodes(body: SignalPlanBody): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  body.phases.forEach((phase, index) => {
    if (phase.code === null) return;
    const field = `phases.${index}.code`;
    if (!knownCodes.includes(phase.code)) {
      errors.push({
        field,
        code: 'unknown_phase',
        message: `must be one of: ${knownCodes.join(', ')}, or null for a phase of the plan's own`,
      });
    } else if (seen.has(phase.code)) {
      errors.push({ field, code: 'duplicate_phase', message: 'is used by another phase of this plan' });
    }
    seen.add(phase.code);
  });
  if (errors.length > 0) throw new ValidationError(errors);
}

/**
 * The signalling plan as it is kept: a phase keeps its id across saves, so that versions compare it
 * as the same phase after a rename; a phase without one (or with an id this plan does not have) is
 * new. Members are named as they are now, so that an old version reads the same after they leave.
 */
function signalPlanOf(
  body: SignalPlanBody,
  current: SignalPlanContent | null,
  members: ReadonlyMap<string, PlanMemberRow>,
): SignalPlanContent {
  const known = new Set(current?.phases.map((phase) => phase.id) ?? []);
  const used = new Set<string>();
  const phases = body.phases.map((phase, index) => {
    const id = phase.id !== undefined && known.has(phase.id) && !used.has(phase.id) ? phase.id : newId();
    used.add(id);
    return {
      id,
      code: phase.code,
      name: phase.name,
      clientNotices: phase.clientNotices,
      othersNotice: phase.othersNotice,
      clientDoes: phase.clientDoes,
      membersDo: phase.membersDo.map((task, taskIndex) => {
        const member = members.get(task.memberId);
        if (!member) throw memberNotActive(`phases.${index}.membersDo.${taskIndex}.memberId`);
        return { memberId: member.id, name: member.name, action: task.action };
      }),
      professionalsDo: phase.professionalsDo,
    };
  });
  return { phases, helps: body.helps, doesNotHelp: body.doesNotHelp, crisisContacts: body.crisisContacts };
}

// The signalling plan (signaleringsplan): from stable to crisis, who notices what and who does what.
// Its own sharing category: a client may show it to a member who does not see the rest of the plan.
export function createSignalPlanService(db: Db, audit: AuditLog, edit: PlanEditor) {
  const plans = createPlansRepository(db);
  const versions = createPlanVersionsRepository(db);

  return {
    async view(actor: Actor, clientId: string): Promise<SignalPlanView> {
      const client = await readableClient(db, plans, actor, clientId, 'signal_plan');
      const group = await groupToRead(plans, clientId);
      const plan = await plans.findPlan(group.id);
      const adoptions = plan ? await versions.listAdoptions(plan.id) : [];
      const editable = await mayEditPlan(db, actor, client);
      const members = editable ? await plans.listActiveMembers(group.id) : [];
      await audit.record(actor, [{ action: 'read', dataCategory: 'signal_plan', clientId, objectId: plan?.id ?? null }]);
      return {
        ...presentHeader(client, group, plan?.version ?? 0, adoptions),
        signalPlan: storedSignalPlan(plan?.signal_plan ?? null),
        members: members.map(presentMember),
        abilities: { edit: editable },
      };
    },

    /** The whole signalling plan at once, as its form saves it. */
    async save(actor: Actor, clientId: string, body: SignalPlanBody): Promise<SignalPlanView> {
      return edit(actor, clientId, 'signal_plan', async ({ trx, repository, client, group, planId, version }) => {
        checkCodes(body);
        const plan = await repository.findPlan(group.id);
        const current = storedSignalPlan(plan?.signal_plan ?? null);
        const active = await repository.listActiveMembers(group.id);
        const signalPlan = signalPlanOf(body, current, new Map(active.map((member) => [member.id, member])));
        await repository.saveSignalPlan(planId, JSON.stringify(signalPlan));
        return {
          result: {
            ...presentHeader(client, group, version, await createPlanVersionsRepository(trx).listAdoptions(planId)),
            signalPlan,
            members: active.map(presentMember),
            abilities: { edit: true },
          },
          change: { kind: 'signal_plan_saved', subjectId: null },
          action: current === null ? 'create' : 'update',
          objectId: planId,
        };
      });
    },
  };
}
export type SignalPlanService = ReturnType<typeof createSignalPlanService>;
