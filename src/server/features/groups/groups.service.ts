import {
  canMovePhase,
  checklist,
  isPhaseNumber,
  phases,
  type GroupFacts,
  type PhaseMoveRefusal,
} from '../../../domain/phases.js';
import type {
  ChecklistTickBody,
  Group,
  GroupCandidates,
  GroupHistory,
  GroupHistoryEvent,
  GroupNameBody,
  GroupState,
  MovePhaseBody,
} from '../../../shared/groups.js';
import { leaveReasonSchema, memberStatusSchema } from '../../../shared/groups.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import { isUniqueViolation, type Db } from '../../platform/db/database.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { teamCareRoles } from '../clients/index.js';
import { activeGroup, clientFor, directedClient, groupView, readableClient } from './group-scope.js';
import { isGroupDirector, maySeeCandidates, maySeeHistory } from './groups.policy.js';
import { createGroupHistoryRepository } from './group-history.repository.js';
import { createGroupsRepository } from './groups.repository.js';

const groupExists = () =>
  new ConflictError('group_exists', 'This client already has a group. A client has one active group at a time.');

const phaseRefusals: Record<PhaseMoveRefusal, (to: number, from: number) => string> = {
  same_phase: () => 'The group is already in this phase.',
  skips_phase: (_to, from) => `The group moves forward one phase at a time: move it to phase ${from + 1} first.`,
};

const noFacts: GroupFacts = {
  networkMapPeople: 0,
  members: [],
  goals: { long: 0, short: 0 },
  signalPlanStarted: false,
  agreements: 0,
  planAgreed: false,
  meetings: [],
};

/** The mode of a checklist item of any phase, or undefined when the method has no such item. */
function itemMode(itemId: string): 'automatic' | 'manual' | undefined {
  for (const { number } of phases) {
    const item = checklist(number, noFacts, new Set()).find((candidate) => candidate.id === itemId);
    if (item) return item.mode;
  }
  return undefined;
}

// The group itself: reading it, starting it, its name, its phase and its checklist, its history and
// the professionals who could join. Reads are logged before they are answered; changes inside their
// own transaction as its last step (SECURITY.md, NEN 7513).
export function createGroupsService(db: Db, audit: AuditLog) {
  const groups = createGroupsRepository(db);
  const written = createGroupHistoryRepository(db);

  return {
    /** The client's active group as the caller may see it, or none yet. */
    async state(actor: Actor, clientId: string): Promise<GroupState> {
      const client = await readableClient(groups, actor, clientId);
      const group = await groups.findActiveGroup(clientId);
      const view = group ? await groupView(db, groups, actor, client, group) : null;
      await audit.record(actor, [{ action: 'read', dataCategory: 'group', clientId, objectId: group?.id ?? null }]);
      return {
        client: { id: client.id, name: client.name },
        group: view,
        abilities: { create: group === undefined && isGroupDirector(actor, client) },
      };
    },

    /** Starts the client's group in phase 1, with their coordinator as its first member. */
    async create(actor: Actor, clientId: string, body: GroupNameBody): Promise<Group> {
      try {
        return await db.transaction().execute(async (trx) => {
          const repository = createGroupsRepository(trx);
          const client = await directedClient(repository, actor, clientId);
          if (await repository.findActiveGroup(clientId)) throw groupExists();
          const group = await repository.insertGroup({ clientId, name: body.name, byAccountId: actor.accountId });
          await repository.insertMember({
            groupId: group.id,
            name: client.coordinatorName,
            kind: 'formal',
            role: 'coordinator',
            status: 'active',
            professionalId: client.coordinatorId,
            byAccountId: actor.accountId,
          });
          const view = await groupView(trx, repository, actor, client, group);
          await audit.append(trx, actor, [{ action: 'create', dataCategory: 'group', clientId, objectId: group.id }]);
          return view;
        });
      } catch (error) {
        // Two requests at once: the partial unique index lets one group through.
        if (isUniqueViolation(error)) throw groupExists();
        throw error;
      }
    },

    async rename(actor: Actor, clientId: string, body: GroupNameBody): Promise<Group> {
      return db.transaction().execute(async (trx) => {
        const repository = createGroupsRepository(trx);
        const client = await directedClient(repository, actor, clientId);
        const group = await activeGroup(repository, clientId);
        await repository.renameGroup(group.id, body.name);
        const view = await groupView(trx, repository, actor, client, { ...group, name: body.name });
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'group', clientId, objectId: group.id }]);
        return view;
      });
    },

    /** A deliberate move to another phase: forward one at a time, back to any earlier one. */
    async movePhase(actor: Actor, clientId: string, body: MovePhaseBody): Promise<Group> {
      return db.transaction().execute(async (trx) => {
        const repository = createGroupsRepository(trx);
        const client = await directedClient(repository, actor, clientId);
        const group = await activeGroup(repository, clientId);
        const from = isPhaseNumber(group.phase) ? group.phase : 1;
        const to = isPhaseNumber(body.phase) ? body.phase : from;
        const check = canMovePhase(from, to);
        if (!check.ok) throw new ConflictError(check.reason, phaseRefusals[check.reason](to, from));
        const moved = await repository.movePhase({
          groupId: group.id,
          from,
          to,
          byAccountId: actor.accountId,
          onBehalfOfAccountId: null,
        });
        if (!moved) throw new ConflictError('phase_changed', 'Someone else moved the phase just now. Look at the group again.');
        const updated = await activeGroup(repository, clientId);
        const view = await groupView(trx, repository, actor, client, updated);
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'group', clientId, objectId: group.id }]);
        return view;
      });
    },

    /** Ticks (or unticks) an item Regie cannot see happen; automatic items tick themselves. */
    async tick(actor: Actor, clientId: string, itemId: string, body: ChecklistTickBody): Promise<Group> {
      return db.transaction().execute(async (trx) => {
        const repository = createGroupsRepository(trx);
        const client = await directedClient(repository, actor, clientId);
        const group = await activeGroup(repository, clientId);
        const mode = itemMode(itemId);
        if (mode === undefined) {
          throw new ValidationError([
            { field: 'itemId', code: 'unknown_item', message: 'is not a checklist item of the method' },
          ]);
        }
        if (mode === 'automatic') {
          throw new ConflictError('automatic_item', 'Regie ticks this itself when it sees it happen.');
        }
        await repository.setTick({ groupId: group.id, itemId, done: body.done, byAccountId: actor.accountId });
        const view = await groupView(trx, repository, actor, client, group);
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'group', clientId, objectId: group.id }]);
        return view;
      });
    },

    /** Phase moves and membership steps, newest first, with who took them. */
    async history(actor: Actor, clientId: string): Promise<GroupHistory> {
      const client = await clientFor(groups, actor, clientId, maySeeHistory, 'Relatives do not see the group’s history.');
      const group = await groups.findActiveGroup(clientId);
      const events: GroupHistoryEvent[] = [];
      if (group) {
        const phaseChanges = await written.phaseChanges(group.id);
        const memberEvents = await written.memberEvents(group.id);
        const accountIds = [
          ...phaseChanges.map((change) => change.changed_by_account_id),
          ...memberEvents.map((event) => event.byAccountId).filter((id): id is string => id !== null),
        ];
        const names = await written.namesOf(client.id, [...new Set(accountIds)]);
        const nameOf = (accountId: string | null) => (accountId === null ? null : (names.get(accountId) ?? null));
        for (const change of phaseChanges) {
          if (!isPhaseNumber(change.from_phase) || !isPhaseNumber(change.to_phase)) continue;
          events.push({
            kind: 'phase',
            at: change.changed_at,
            from: change.from_phase,
            to: change.to_phase,
            by: nameOf(change.changed_by_account_id),
          });
        }
        for (const event of memberEvents) {
          events.push({
            kind: 'member',
            at: event.occurredAt,
            memberId: event.memberId,
            memberName: event.memberName,
            from: event.fromStatus === null ? null : memberStatusSchema.parse(event.fromStatus),
            to: memberStatusSchema.parse(event.toStatus),
            reason: leaveReasonSchema.nullable().catch(null).parse(event.reason),
            by: nameOf(event.byAccountId),
          });
        }
      }
      await audit.record(actor, [{ action: 'read', dataCategory: 'group', clientId, objectId: group?.id ?? null }]);
      // Newest first; lines of the same moment in the reverse of the order they were written.
      const ordered = events
        .map((event, order) => ({ event, order }))
        .sort((a, b) => b.event.at.localeCompare(a.event.at) || b.order - a.order);
      return { events: ordered.map(({ event }) => event) };
    },

    /** The professionals of the client's team, and who of them could take over as coordinator. */
    async candidates(actor: Actor, clientId: string): Promise<GroupCandidates> {
      const client = await clientFor(
        groups,
        actor,
        clientId,
        maySeeCandidates,
        'Only the coordinator and the team lead choose professionals for the group.',
      );
      const professionals = await groups.listTeamProfessionals(client.teamId, teamCareRoles);
      await audit.record(actor, [{ action: 'read', dataCategory: 'group', clientId }]);
      return {
        professionals: professionals.map((professional) => ({
          id: professional.id,
          name: professional.name,
          role: professional.role,
          canBecomeCoordinator: professional.role === 'coordinator' && professional.id !== client.coordinatorId,
        })),
      };
    },
  };
}
export type GroupsService = ReturnType<typeof createGroupsService>;
