import { isMemberKind, isMemberStatus, isProfessionalRole, type Member } from '../../../domain/membership.js';
import type { GroupFacts, MemberFacts } from '../../../domain/phases.js';
import type { GroupsRepository, MemberRow } from './groups.repository.js';

/** A membership as the domain's rules read it; a stored value the domain does not know is left out. */
export function domainMember(row: MemberRow): Member | null {
  if (!isMemberKind(row.kind) || !isMemberStatus(row.status)) return null;
  const role = row.role !== null && isProfessionalRole(row.role) ? row.role : null;
  return { id: row.id, kind: row.kind, role, status: row.status };
}

function memberFacts(row: MemberRow): MemberFacts | null {
  const member = domainMember(row);
  return member && { status: member.status, role: member.role, conversationHeld: row.conversationId !== null };
}

/**
 * Everything Regie can count about a group, for its automatic checklist items. This is the one place
 * the facts are gathered: the plan (goals, signalling plan, agreements) and the meetings join here
 * when their features exist; until then they count as not started.
 */
export async function gatherGroupFacts(
  repository: GroupsRepository,
  clientId: string,
  members: readonly MemberRow[],
): Promise<GroupFacts> {
  return {
    networkMapPeople: await repository.countNetworkPeople(clientId),
    members: members.map(memberFacts).filter((facts): facts is MemberFacts => facts !== null),
    goals: { long: 0, short: 0 },
    signalPlanStarted: false,
    agreements: 0,
    planAgreed: false,
    meetings: [],
  };
}
