import { isMemberKind, isMemberStatus, isProfessionalRole, type Member } from '../../../domain/membership.js';
import { countsTowardsLimit, goalHorizons, goalStatuses, type GoalHorizon, type GoalStatus } from '../../../domain/plan.js';
import { isMeetingKind } from '../../../domain/meetings.js';
import { defaultGoalLimits, type GroupFacts, type MeetingFacts, type MemberFacts } from '../../../domain/phases.js';
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

const isHorizon = (value: string): value is GoalHorizon => (goalHorizons as readonly string[]).includes(value);
const isGoalStatus = (value: string): value is GoalStatus => (goalStatuses as readonly string[]).includes(value);

/** How many goals of each horizon have a status that `counts`. */
function countGoals(goals: readonly { horizon: string; status: string }[], counts: (status: GoalStatus) => boolean) {
  const counted = { long: 0, short: 0 };
  for (const goal of goals)
    if (isHorizon(goal.horizon) && isGoalStatus(goal.status) && counts(goal.status)) counted[goal.horizon] += 1;
  return counted;
}

type MeetingFactRow = Awaited<ReturnType<GroupsRepository['meetingFacts']>>[number];

/**
 * A meeting as the checklists read it. Once planned, its chair and place are chosen (a chair left
 * open means the client chairs: that is a choice too); it was held once its start has passed.
 */
function meetingFacts(row: MeetingFactRow, now: number): MeetingFacts | null {
  if (!isMeetingKind(row.kind)) return null;
  return {
    kind: row.kind,
    date: row.startsOn,
    held: Date.parse(row.startsAt) <= now,
    agendaMade: row.agendaItems > 0,
    chairChosen: true,
    minuteTakerChosen: row.minuteTakerMemberId !== null,
    locationChosen: true,
    channelChosen: row.channel !== null && row.channel.trim() !== '',
  };
}

/**
 * Everything Regie can count about a group, for its automatic checklist items. This is the one place
 * the facts are gathered: the plan (goals, signalling plan, agreements, adoption) from the plans
 * feature's tables, the meetings (cancelled ones left out) from the meetings feature's.
 */
export async function gatherGroupFacts(
  repository: GroupsRepository,
  clientId: string,
  members: readonly MemberRow[],
): Promise<GroupFacts> {
  const plan = await repository.planFacts(clientId);
  const now = Date.now();
  const meetings = (await repository.meetingFacts(clientId))
    .map((row) => meetingFacts(row, now))
    .filter((facts): facts is MeetingFacts => facts !== null);
  return {
    networkMapPeople: await repository.countNetworkPeople(clientId),
    members: members.map(memberFacts).filter((facts): facts is MemberFacts => facts !== null),
    // Open goals take a place in the plan; reached ones were written too (goals drafted stays done).
    goals: countGoals(plan.goals, countsTowardsLimit),
    reachedGoals: countGoals(plan.goals, (status) => status === 'achieved'),
    goalLimits: { long: plan.limits.long ?? defaultGoalLimits.long, short: plan.limits.short ?? defaultGoalLimits.short },
    signalPlanStarted: plan.signalPlanStarted,
    agreements: plan.agreements,
    planAgreed: plan.adopted,
    meetings,
  };
}
