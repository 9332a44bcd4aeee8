/**
 * Membership of a resource group (PRODUCT.md §4): who is in the client's group, how a person gets
 * there, and how they leave. The group outlives every professional in it, so a membership is never
 * deleted: it ends, with a reason, and stays in the group's history.
 */

/**
 * The lifecycle of one membership. `declined` and `left` end it; a person who declined and is asked
 * again later gets a new membership, so each record tells one story from nomination to its end.
 */
export const memberStatuses = ['nominated', 'approached', 'declined', 'conversation_held', 'active', 'left'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** True when `value` names a member status (stored text is checked before it is trusted). */
export function isMemberStatus(value: string): value is MemberStatus {
  return (memberStatuses as readonly string[]).includes(value);
}

/** Statuses after which nothing more happens to a membership. */
export const endedStatuses: readonly MemberStatus[] = ['declined', 'left'];

const nextStatuses: Readonly<Record<MemberStatus, readonly MemberStatus[]>> = {
  nominated: ['approached', 'left'],
  // Straight to active is allowed: the coordinator holds the in-depth conversations and so never has
  // one of their own, and a person who joins a running group should not wait on paperwork. The
  // deepening checklist, not the lifecycle, shows whose conversation is still missing.
  approached: ['declined', 'conversation_held', 'active', 'left'],
  conversation_held: ['active', 'left'],
  active: ['left'],
  declined: [],
  left: [],
};

/** Why a status change was refused. */
export type TransitionRefusal = 'same_status' | 'membership_ended' | 'not_a_next_step';

/** The answer to "may this membership move from one status to another". */
export type TransitionCheck = { ok: true } | { ok: false; reason: TransitionRefusal };

/**
 * Whether a membership may go from `from` to `to`. Each step of the method is taken in order
 * (nominated → approached → conversation held → active); an approached person may say no; anyone
 * whose membership has not ended may leave, even a nominee the client no longer wants to ask.
 */
export function canTransition(from: MemberStatus, to: MemberStatus): TransitionCheck {
  if (from === to) return { ok: false, reason: 'same_status' };
  if (endedStatuses.includes(from)) return { ok: false, reason: 'membership_ended' };
  if (!nextStatuses[from].includes(to)) return { ok: false, reason: 'not_a_next_step' };
  return { ok: true };
}

/**
 * True when moving to `to` must record a reason. Only leaving does: composition changes are part of
 * the group's story (discussed at follow-up meetings), and a declined invitation is the person's own
 * business.
 */
export function requiresReason(to: MemberStatus): boolean {
  return to === 'left';
}

/**
 * Why someone left the group. `handover` is written by a warm handover; the client decides on the
 * group's composition, so their decision is a reason of its own, apart from the member's.
 */
export const leaveReasons = ['handover', 'client_decision', 'member_decision', 'care_ended', 'other'] as const;
export type LeaveReason = (typeof leaveReasons)[number];

/** True when `value` names a reason for leaving. */
export function isLeaveReason(value: string): value is LeaveReason {
  return (leaveReasons as readonly string[]).includes(value);
}

/**
 * What kind of member someone is: `informal` (relatives, friends, neighbours), `peer` (a peer expert,
 * ervaringsdeskundige) or `formal` (a professional, in or outside mental health care).
 */
export const memberKinds = ['informal', 'peer', 'formal'] as const;
export type MemberKind = (typeof memberKinds)[number];

/** True when `value` names a member kind. */
export function isMemberKind(value: string): value is MemberKind {
  return (memberKinds as readonly string[]).includes(value);
}

/**
 * The two professional roles the method asks for by name: the coordinator (regieondersteuner, who may
 * come from mental health care or from the social domain) and the responsible clinician
 * (zorgverantwoordelijke). Other professionals are members without such a role.
 */
export const professionalRoles = ['coordinator', 'clinician'] as const;
export type ProfessionalRole = (typeof professionalRoles)[number];

/** True when `value` names a professional role. */
export function isProfessionalRole(value: string): value is ProfessionalRole {
  return (professionalRoles as readonly string[]).includes(value);
}

/** True when a member of `kind` may hold `role`: the roles are professional work, so formal only. */
export function roleFitsKind(kind: MemberKind, role: ProfessionalRole | null): boolean {
  return role === null || kind === 'formal';
}

/** A membership as these rules need it. `id` identifies the membership within its group. */
export interface Member {
  id: string;
  kind: MemberKind;
  role: ProfessionalRole | null;
  status: MemberStatus;
}

// A nominee already counts: the hint is there to get the right people asked, and once they are
// nominated it has done its work.
const countsTowardsGroup = (member: Member): boolean => !endedStatuses.includes(member.status);

/**
 * The roles the method wants in the group that no current member (anyone whose membership has not
 * ended) holds. There is always a coordinator, from mental health care or the social domain; the
 * responsible clinician is asked for in a mental health (GGZ) setting only. A hint to show, never a
 * reason to refuse anything.
 */
export function missingCoreProfessionals(members: readonly Member[], settingIsGgz: boolean): ProfessionalRole[] {
  const wanted: ProfessionalRole[] = settingIsGgz ? ['coordinator', 'clinician'] : ['coordinator'];
  const present = new Set(members.filter(countsTowardsGroup).map((member) => member.role));
  return wanted.filter((role) => !present.has(role));
}

/** One change a warm handover makes; applied in the order given. */
export type HandoverChange =
  | { kind: 'add_member'; memberId: string; memberKind: 'formal'; status: 'active'; role: 'coordinator' }
  | { kind: 'set_status'; memberId: string; from: MemberStatus; to: 'active' }
  | { kind: 'set_role'; memberId: string; role: 'coordinator' }
  | { kind: 'leave'; memberId: string; reason: 'handover' };

/** Why a handover was refused. */
export type HandoverRefusal =
  | 'same_person'
  | 'predecessor_not_active_coordinator'
  | 'successor_not_professional'
  | 'successor_membership_ended'
  | 'successor_has_other_role';

/** The changes of a warm handover, or why it cannot be done. */
export type HandoverPlan = { ok: true; changes: HandoverChange[] } | { ok: false; reason: HandoverRefusal };

/**
 * The changes a warm handover makes: the successor becomes an active member and the coordinator, then
 * the predecessor leaves with reason `handover`. The successor comes first so that the group is never
 * without a coordinator. A successor who is not yet a member is added; one already on the way in is
 * made active at once, since the predecessor introduces them in person and that introduction is what
 * makes the handover warm. Nothing else of the group changes: plan, meetings and history stay.
 */
export function handoverPlan(members: readonly Member[], predecessorId: string, successorId: string): HandoverPlan {
  if (predecessorId === successorId) return { ok: false, reason: 'same_person' };
  const predecessor = members.find((member) => member.id === predecessorId);
  if (predecessor?.status !== 'active' || predecessor.role !== 'coordinator') {
    return { ok: false, reason: 'predecessor_not_active_coordinator' };
  }

  const leave: HandoverChange = { kind: 'leave', memberId: predecessorId, reason: 'handover' };
  const successor = members.find((member) => member.id === successorId);
  if (successor === undefined) {
    return {
      ok: true,
      changes: [
        { kind: 'add_member', memberId: successorId, memberKind: 'formal', status: 'active', role: 'coordinator' },
        leave,
      ],
    };
  }
  if (successor.kind !== 'formal') return { ok: false, reason: 'successor_not_professional' };
  if (endedStatuses.includes(successor.status)) return { ok: false, reason: 'successor_membership_ended' };
  // The clinician's responsibility cannot pass to the coordinator by the way; that takes a handover of its own.
  if (successor.role === 'clinician') return { ok: false, reason: 'successor_has_other_role' };

  const changes: HandoverChange[] = [];
  if (successor.status !== 'active')
    changes.push({ kind: 'set_status', memberId: successorId, from: successor.status, to: 'active' });
  changes.push({ kind: 'set_role', memberId: successorId, role: 'coordinator' }, leave);
  return { ok: true, changes };
}
