import { handoverPlan, type HandoverRefusal, type Member as DomainMember } from '../../../domain/membership.js';
import type { Group, HandoverBody } from '../../../shared/groups.js';
import type { AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { domainMember } from './group-facts.js';
import { activeGroup, clientFor, groupView } from './group-scope.js';
import { mayManageProfessionals } from './groups.policy.js';
import { createGroupsRepository } from './groups.repository.js';
import { changeMemberStatus } from './member-status.js';

const refusals: Record<HandoverRefusal, string> = {
  same_person: 'This professional is the coordinator already. Choose the colleague who takes over.',
  predecessor_not_active_coordinator:
    'The current coordinator is not an active member of the group with the coordinator role, so there is nothing to hand over. Add them to the group first.',
  successor_not_professional: 'The successor must be a professional.',
  successor_membership_ended: 'The successor’s membership of this group has ended.',
  successor_has_other_role:
    'The successor is the group’s clinician. Hand over the clinician’s role first; a coordinator cannot take it over on the way.',
};

/**
 * The warm handover (PRODUCT.md §2): in one transaction the successor becomes an active member and the
 * client's coordinator, and the predecessor leaves the group with reason 'handover'. Nothing else of
 * the group changes; the predecessor's coordinator rights end with clients.coordinator_id.
 */
export function createHandoverService(db: Db, audit: AuditLog) {
  return {
    async handover(actor: Actor, clientId: string, body: HandoverBody): Promise<Group> {
      return db.transaction().execute(async (trx) => {
        const repository = createGroupsRepository(trx);
        const client = await clientFor(
          repository,
          actor,
          clientId,
          mayManageProfessionals,
          'Only the coordinator and the team lead hand the group over.',
        );
        const group = await activeGroup(repository, clientId);
        const successor = await repository.findTeamProfessional(client.teamId, body.successorProfessionalId);
        if (successor?.role !== 'coordinator') {
          throw new ValidationError([
            { field: 'successorProfessionalId', code: 'not_a_coordinator', message: 'is not a coordinator of the client’s team' },
          ]);
        }
        const predecessorMembership = await repository.findOpenMembership(group.id, { professionalId: client.coordinatorId });
        const successorMembership = await repository.findOpenMembership(group.id, { professionalId: successor.id });
        const members = (await repository.listMembers(group.id)).map(domainMember).filter((m): m is DomainMember => m !== null);
        const successorMemberId = successorMembership?.id ?? newId();
        const plan = handoverPlan(members, predecessorMembership?.id ?? newId(), successorMemberId);
        if (!plan.ok) throw new ConflictError(plan.reason, refusals[plan.reason]);

        const events: AuditEvent[] = [];
        for (const change of plan.changes) {
          if (change.kind === 'add_member') {
            await repository.insertMember({
              id: change.memberId,
              groupId: group.id,
              name: successor.name,
              kind: change.memberKind,
              role: change.role,
              status: change.status,
              professionalId: successor.id,
              byAccountId: actor.accountId,
            });
          } else if (change.kind === 'set_status') {
            await changeMemberStatus(trx, { memberId: change.memberId, to: change.to, byAccountId: actor.accountId });
          } else if (change.kind === 'set_role') {
            await repository.updateMember(change.memberId, { role: change.role });
          } else {
            await changeMemberStatus(trx, {
              memberId: change.memberId,
              to: 'left',
              byAccountId: actor.accountId,
              reason: change.reason,
            });
          }
          events.push({
            action: change.kind === 'add_member' ? 'create' : 'update',
            dataCategory: 'group',
            clientId,
            objectId: change.memberId,
          });
        }
        await repository.setCoordinator(clientId, successor.id);
        const updated = await repository.findClient(clientId);
        if (!updated) throw new NotFoundError();
        const view = await groupView(trx, repository, actor, updated, group);
        await audit.append(trx, actor, [...events, { action: 'update', dataCategory: 'client', clientId, objectId: clientId }]);
        return view;
      });
    },
  };
}
export type HandoverService = ReturnType<typeof createHandoverService>;
