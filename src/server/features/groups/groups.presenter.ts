import { endedStatuses, missingCoreProfessionals, type Member as DomainMember } from '../../../domain/membership.js';
import {
  checklist,
  isPhaseNumber,
  nextSuggestedStep,
  phases,
  type GroupFacts,
  type PhaseNumber,
} from '../../../domain/phases.js';
import {
  groupRoleSchema,
  leaveReasonSchema,
  memberKindSchema,
  memberStatusSchema,
  type Group,
  type Member,
  type NextStep,
} from '../../../shared/groups.js';
import { z } from 'zod';
import { domainMember } from './group-facts.js';
import type { AccountStanding, GroupClient, GroupRow, MemberRow } from './groups.repository.js';

/** What the caller may do, worked out once per request by the service. */
export interface GroupViewer {
  /** A relative: active members only, nothing of conversations, no abilities. */
  isRelative: boolean;
  director: boolean;
  mayInvite: boolean;
  mayManageProfessionals: boolean;
  conversations: boolean;
  networkMap: boolean;
}

const approachedBySchema = z.enum(['client', 'coordinator']);
const answerSchema = z.enum(['yes', 'no']);

const isEnded = (row: MemberRow) => (endedStatuses as readonly string[]).includes(row.status);

/**
 * Whether an invitation by email can reach the member: an address on the map (or on their relative
 * record) and nobody who can sign in behind it yet. Professionals sign in with their own account.
 */
export function canBeInvitedByEmail(row: MemberRow, accounts: ReadonlyMap<string, AccountStanding>): boolean {
  if (row.professional_id !== null || isEnded(row)) return false;
  const invitable = (account: AccountStanding | undefined) =>
    account !== undefined && account.kind === 'relative' && !account.hasPassword && !account.disabled;
  if (row.relative_id !== null) {
    return row.relativeEndedAt === null && row.relativeAccountId !== null && invitable(accounts.get(row.relativeAccountId));
  }
  if (row.personEmail === null) return false;
  const account = accounts.get(row.personEmail.toLowerCase());
  return account === undefined || invitable(account);
}

export function presentMember(row: MemberRow, viewer: GroupViewer, accounts: ReadonlyMap<string, AccountStanding>): Member {
  const ended = isEnded(row);
  const invitable = canBeInvitedByEmail(row, accounts);
  const may = (rule: boolean) => !viewer.isRelative && rule;
  return {
    id: row.id,
    name: row.name,
    kind: memberKindSchema.catch('informal').parse(row.kind),
    role: groupRoleSchema.nullable().catch(null).parse(row.role),
    status: memberStatusSchema.parse(row.status),
    networkPersonId: row.network_person_id,
    relativeId: row.relative_id,
    professionalId: row.professional_id,
    approachedBy: approachedBySchema.nullable().catch(null).parse(row.approached_by),
    approachedOn: row.approached_on,
    answer: answerSchema.nullable().catch(null).parse(row.answer),
    canBeInvitedByEmail: invitable,
    conversationHeld: viewer.isRelative ? null : row.conversationId !== null,
    leaveReason: leaveReasonSchema.nullable().catch(null).parse(row.leave_reason),
    since: row.since ?? '',
    abilities: {
      approach: may(viewer.director && row.status === 'nominated'),
      invite: may(viewer.mayInvite && invitable),
      recordAnswer: may(viewer.director && row.status === 'approached'),
      activate: may(
        viewer.director && (row.status === 'approached' || row.status === 'conversation_held') && row.answer === 'yes',
      ),
      leave: may(viewer.director && !ended),
    },
  };
}

function presentNextStep(step: ReturnType<typeof nextSuggestedStep>): NextStep {
  if (step.kind === 'do_item') return { kind: 'do_item', phase: step.phase, itemId: step.item.id };
  return step;
}

export function presentGroup(input: {
  client: GroupClient;
  group: GroupRow;
  members: readonly MemberRow[];
  facts: GroupFacts;
  ticks: ReadonlySet<string>;
  accounts: ReadonlyMap<string, AccountStanding>;
  viewer: GroupViewer;
}): Group {
  const { client, group, viewer } = input;
  const current: PhaseNumber = isPhaseNumber(group.phase) ? group.phase : 1;
  const domainMembers = input.members.map(domainMember).filter((member): member is DomainMember => member !== null);
  const visible = viewer.isRelative ? input.members.filter((row) => row.status === 'active') : input.members;
  const may = (rule: boolean) => !viewer.isRelative && rule;
  return {
    id: group.id,
    client: { id: client.id, name: client.name },
    name: group.name,
    phase: current,
    phaseChangedAt: group.phase_changed_at,
    phases: phases.map(({ number, code }) => ({
      number,
      code,
      state: number < current ? 'done' : number === current ? 'current' : 'upcoming',
      checklist: checklist(number, input.facts, input.ticks),
    })),
    nextStep: presentNextStep(nextSuggestedStep(current, input.facts, input.ticks)),
    missingRoles: missingCoreProfessionals(domainMembers, client.organisationKind === 'ggz'),
    coordinator: { id: client.coordinatorId, name: client.coordinatorName },
    members: visible.map((row) => presentMember(row, viewer, input.accounts)),
    abilities: {
      rename: may(viewer.director),
      movePhase: may(viewer.director),
      tick: may(viewer.director),
      nominate: may(viewer.mayInvite),
      addProfessional: may(viewer.mayManageProfessionals),
      handover: may(viewer.mayManageProfessionals),
      conversations: may(viewer.conversations),
      networkMap: viewer.networkMap,
    },
  };
}
