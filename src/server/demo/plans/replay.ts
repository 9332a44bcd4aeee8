import { performerOf } from '../../../domain/direction.js';
import type { MemberStatus } from '../../../domain/membership.js';
import { defaultGoalLimits, type PhaseNumber } from '../../../domain/phases.js';
import {
  canAddGoal,
  canLinkGoals,
  countsTowardsLimit,
  isProgressScore,
  isValidSignalPhaseCount,
  progressTrend,
  type AgreementStatus,
  type ProgressPoint,
} from '../../../domain/plan.js';
import type { Assignee, GoalContent, PlanContent, SignalPlanContent } from '../../../domain/plan-versions.js';
import {
  agreementBodySchema,
  goalBodySchema,
  progressBodySchema,
  signalPlanBodySchema,
  type PlanChange,
} from '../../../shared/plans.js';
import { newId } from '../../platform/ids/ids.js';
import type { GroupStory } from '../groups/story.js';
import type { PlanAuthor, PlanEvent, PlanStory, StorySignalPlan } from './story.js';

// Replays a plan story change by change, as Regie would have taken each change: against the
// method's rules (goal limits, links, scores, phases, who may write) and the API's own schemas.
// Pure apart from new ids, so that a broken story can be shown to fail without a database.

/** A member of the group as the plan needs them: their membership, name, account and history. */
export interface PlanMember {
  id: string;
  name: string;
  accountId: string | null;
  /** The status the membership had `daysAgo` days before the load day; null before it existed. */
  statusOn: (daysAgo: number) => MemberStatus | null;
}

export interface ReplayContext {
  /** The group story the plan belongs to: its life span and phase moves. */
  group: GroupStory;
  clientAccount: string;
  /** By the person's key in the group story. */
  members: ReadonlyMap<string, PlanMember>;
  /** The account of the client's coordinator on a day (before or after a handover). */
  coordinatorOn: (daysAgo: number) => string;
  /** A moment `daysAgo` days before the load day, `minutes` after midnight, and that day's date. */
  at: (daysAgo: number, minutes: number) => string;
  date: (daysAgo: number) => string;
}

/** A goal row: the goal as a version holds it, less its trend (goal_progress holds the scores). */
export interface ReplayedGoal extends Omit<GoalContent, 'progress'> {
  createdAt: string;
  updatedAt: string;
}

export interface ReplayedAgreement {
  id: string;
  what: string;
  memberId: string | null;
  dueOn: string | null;
  goalId: string | null;
  status: AgreementStatus;
  doneAt: string | null;
  doneByAccountId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReplayedProgress {
  goalId: string;
  date: string;
  score: number;
  note: string | null;
  recordedAt: string;
  recordedByAccountId: string;
}

export interface ReplayedVersion {
  number: number;
  changedAt: string;
  authorAccountId: string;
  onBehalfOfAccountId: string | null;
  change: PlanChange;
  content: PlanContent;
}

export interface ReplayedAdoption {
  version: number;
  meetingOn: string;
  adoptedAt: string;
  adoptedByAccountId: string;
  onBehalfOfAccountId: string | null;
}

/** Everything a plan story leaves in the tables, in the order it was written. */
export interface ReplayedPlan {
  goals: ReplayedGoal[];
  agreements: ReplayedAgreement[];
  progress: ReplayedProgress[];
  versions: ReplayedVersion[];
  adoptions: ReplayedAdoption[];
  signalPlan: SignalPlanContent | null;
  /** When the client handed edit_plan to their coordinator, if they did. */
  delegatedAt: string | null;
}

/** Plan work happens after the day's group events (08:00 to 17:00 in demo-groups.ts), four minutes apart. */
const firstMinute = 18 * 60;

interface GoalState extends ReplayedGoal {
  key: string;
  points: ProgressPoint[];
}

interface AgreementState extends Omit<ReplayedAgreement, 'memberId'> {
  key: string;
  member: PlanMember | null;
}

/**
 * Replays `story` and returns what it leaves behind, or throws naming the first change Regie would
 * have refused.
 */
export function replayPlanStory(story: PlanStory, context: ReplayContext): ReplayedPlan {
  const { group, members } = context;
  const fail = (problem: string): never => {
    throw new Error(`Demo plan of ${story.client}: ${problem}`);
  };
  const goals: GoalState[] = [];
  const agreements: AgreementState[] = [];
  const progress: ReplayedProgress[] = [];
  const versions: ReplayedVersion[] = [];
  const adoptions: ReplayedAdoption[] = [];
  const phaseIds = new Map<string, string>();
  let signalPlan: SignalPlanContent | null = null;

  const phaseOn = (daysAgo: number): PhaseNumber => group.phaseMoves.filter((move) => move.daysAgo >= daysAgo).at(-1)?.to ?? 1;
  const activeMember = (key: string, daysAgo: number, what: string): PlanMember => {
    const member = members.get(key) ?? fail(`${what}: ${key} is not a member of the group`);
    if (member.statusOn(daysAgo) !== 'active') fail(`${what}: ${key} is not an active member ${daysAgo} days ago`);
    return member;
  };
  const goal = (key: string): GoalState => goals.find((g) => g.key === key) ?? fail(`no goal ${key}`);
  const agreement = (key: string): AgreementState => agreements.find((a) => a.key === key) ?? fail(`no agreement ${key}`);
  const dateOrNull = (daysAgo: number | null | undefined) =>
    daysAgo === undefined || daysAgo === null ? null : context.date(daysAgo);
  const openGoals = (except?: GoalState) => {
    const open = { long: 0, short: 0 };
    for (const g of goals) if (g !== except && countsTowardsLimit(g.status)) open[g.horizon] += 1;
    return open;
  };

  // Who is recorded for a change: the client, the coordinator for them, or a member for their own agreement.
  const authorOf = (by: PlanAuthor, event: PlanEvent, what: string): { account: string; onBehalfOf: string | null } => {
    if (by === 'client') return { account: context.clientAccount, onBehalfOf: null };
    if (by === 'coordinator') {
      const delegated =
        story.delegatedDaysAgo !== undefined && story.delegatedDaysAgo >= event.daysAgo ? (['edit_plan'] as const) : [];
      const performer = performerOf(
        'edit_plan',
        { isClientSelf: false, isClientsCoordinator: true },
        { hasAccount: true, delegated },
      );
      if (performer.kind !== 'coordinator_for_client') fail(`${what}: the coordinator wrote in the plan without edit_plan`);
      return { account: context.coordinatorOn(event.daysAgo), onBehalfOf: context.clientAccount };
    }
    // "Mijn afspraken" lets a member do one thing to the plan: mark an agreement they do as done or open.
    const member = activeMember(by.member, event.daysAgo, what);
    if (event.kind !== 'agreement_status' || event.status === 'cancelled' || agreement(event.agreement).member?.id !== member.id)
      fail(`${what}: ${by.member} may only mark their own agreements done`);
    return { account: member.accountId ?? fail(`${what}: ${by.member} has no account to sign in with`), onBehalfOf: null };
  };

  const checkGoal = (g: GoalState, what: string) => {
    const { horizon, text, dimension, measure, targetOn, status, servesGoalId } = g;
    const parsed = goalBodySchema.safeParse({ horizon, text, dimension, measure, targetOn, status, servesGoalId });
    if (!parsed.success) fail(`${what}: ${parsed.error.message}`);
    for (const short of goals) {
      if (short.servesGoalId === null) continue;
      const long =
        goals.find((candidate) => candidate.id === short.servesGoalId) ??
        fail(`${what}: ${short.key} serves no goal of this plan`);
      if (!canLinkGoals(short, long)) fail(`${what}: ${short.key} may not serve ${long.key}`);
    }
  };
  const checkAgreement = (a: AgreementState, what: string) => {
    const { what: text, dueOn, goalId, status } = a;
    const parsed = agreementBodySchema.safeParse({ what: text, memberId: a.member?.id ?? null, dueOn, goalId, status });
    if (!parsed.success) fail(`${what}: ${parsed.error.message}`);
  };
  const signalPlanContent = (saved: StorySignalPlan, daysAgo: number, what: string): SignalPlanContent => {
    if (!isValidSignalPhaseCount(saved.phases.length)) fail(`${what}: ${saved.phases.length} phases`);
    if (new Set(saved.phases.map((phase) => phase.key)).size !== saved.phases.length) fail(`${what}: two phases with one key`);
    const phases = saved.phases.map(({ key, membersDo, name, ...texts }) => {
      const id = phaseIds.get(key) ?? newId();
      phaseIds.set(key, id);
      return {
        id,
        code: texts.code,
        name: name ?? null,
        clientNotices: texts.clientNotices,
        othersNotice: texts.othersNotice,
        clientDoes: texts.clientDoes,
        membersDo: membersDo.map(({ member, action }) => {
          const { id: memberId, name: memberName } = activeMember(member, daysAgo, `${what}, phase ${key}`);
          return { memberId, name: memberName, action };
        }),
        professionalsDo: texts.professionalsDo,
      };
    });
    const content = {
      phases,
      helps: saved.helps,
      doesNotHelp: saved.doesNotHelp,
      crisisContacts: saved.crisisContacts.map((c) => ({ ...c })),
    };
    const body = {
      ...content,
      phases: phases.map((p) => ({ ...p, membersDo: p.membersDo.map(({ memberId, action }) => ({ memberId, action })) })),
    };
    const parsed = signalPlanBodySchema.safeParse(body);
    if (!parsed.success) fail(`${what}: ${parsed.error.message}`);
    return content;
  };
  const assignee = (a: AgreementState): Assignee =>
    a.member ? { kind: 'member', memberId: a.member.id, name: a.member.name } : { kind: 'client' };
  const content = (): PlanContent =>
    structuredClone({
      goals: goals.map((g) => ({
        id: g.id,
        horizon: g.horizon,
        text: g.text,
        dimension: g.dimension,
        measure: g.measure,
        targetOn: g.targetOn,
        status: g.status,
        servesGoalId: g.servesGoalId,
        progress: progressTrend(g.points),
      })),
      agreements: agreements.map((a) => ({
        id: a.id,
        what: a.what,
        assignee: assignee(a),
        dueOn: a.dueOn,
        goalId: a.goalId,
        status: a.status,
      })),
      signalPlan,
    });

  let previousDay = Number.POSITIVE_INFINITY;
  let minute = firstMinute;
  for (const event of story.events) {
    const what = `${event.kind} ${event.daysAgo} days ago`;
    if (!Number.isInteger(event.daysAgo) || event.daysAgo < 1 || event.daysAgo > group.createdDaysAgo)
      fail(`${what}: outside the group's life`);
    if (event.daysAgo > previousDay) fail(`${what}: out of order`);
    minute = event.daysAgo === previousDay ? minute + 4 : firstMinute;
    previousDay = event.daysAgo;
    const at = context.at(event.daysAgo, minute);
    const author = authorOf(event.by ?? 'client', event, what);
    let subjectId: string | null = null;

    switch (event.kind) {
      case 'goal_added': {
        const { key, horizon, serves, targetDaysAgo, status, ...texts } = event.goal;
        if (goals.some((g) => g.key === key)) fail(`${what}: a second goal ${key}`);
        const room = canAddGoal(horizon, openGoals(), defaultGoalLimits);
        if (!room.ok) fail(`${what}: ${key} is one ${horizon}-term goal over the limit of ${room.limit}`);
        const added: GoalState = {
          key,
          id: newId(),
          horizon,
          ...texts,
          targetOn: dateOrNull(targetDaysAgo),
          status: status ?? 'not_started',
          servesGoalId: serves === undefined ? null : goal(serves).id,
          points: [],
          createdAt: at,
          updatedAt: at,
        };
        goals.push(added);
        checkGoal(added, what);
        subjectId = added.id;
        break;
      }
      case 'goal_changed': {
        const changed = goal(event.goal);
        const { set } = event;
        // Opening a reached or stopped goal again takes a place, as adding one does.
        if (set.status !== undefined && !countsTowardsLimit(changed.status) && countsTowardsLimit(set.status)) {
          if (!canAddGoal(changed.horizon, openGoals(changed), defaultGoalLimits).ok)
            fail(`${what}: reopening ${changed.key} goes over the limit`);
        }
        if (set.text !== undefined) changed.text = set.text;
        if (set.dimension !== undefined) changed.dimension = set.dimension;
        if (set.measure !== undefined) changed.measure = set.measure;
        if (set.targetDaysAgo !== undefined) changed.targetOn = dateOrNull(set.targetDaysAgo);
        if (set.status !== undefined) changed.status = set.status;
        if (set.serves !== undefined) changed.servesGoalId = set.serves === null ? null : goal(set.serves).id;
        changed.updatedAt = at;
        checkGoal(changed, what);
        subjectId = changed.id;
        break;
      }
      case 'progress_recorded': {
        const scored = goal(event.goal);
        if (!isProgressScore(event.score)) fail(`${what}: ${event.score} is not a progress score`);
        const date = context.date(event.daysAgo);
        const parsed = progressBodySchema.safeParse({ date, score: event.score, note: event.note });
        if (!parsed.success) fail(`${what}: ${parsed.error.message}`);
        scored.points.push({ date, recordedAt: at, score: event.score });
        progress.push({
          goalId: scored.id,
          date,
          score: event.score,
          note: event.note ?? null,
          recordedAt: at,
          recordedByAccountId: author.account,
        });
        subjectId = scored.id;
        break;
      }
      case 'agreement_added': {
        const { key, who, goal: goalKey, dueDaysAgo, what: text } = event.agreement;
        if (agreements.some((a) => a.key === key)) fail(`${what}: a second agreement ${key}`);
        const added: AgreementState = {
          key,
          id: newId(),
          what: text,
          member: who === 'client' ? null : activeMember(who, event.daysAgo, what),
          dueOn: dateOrNull(dueDaysAgo),
          goalId: goalKey === undefined ? null : goal(goalKey).id,
          status: 'open',
          doneAt: null,
          doneByAccountId: null,
          createdAt: at,
          updatedAt: at,
        };
        agreements.push(added);
        checkAgreement(added, what);
        subjectId = added.id;
        break;
      }
      case 'agreement_changed': {
        const changed = agreement(event.agreement);
        const { set } = event;
        if (set.what !== undefined) changed.what = set.what;
        if (set.who !== undefined) changed.member = set.who === 'client' ? null : activeMember(set.who, event.daysAgo, what);
        if (set.dueDaysAgo !== undefined) changed.dueOn = dateOrNull(set.dueDaysAgo);
        if (set.goal !== undefined) changed.goalId = set.goal === null ? null : goal(set.goal).id;
        changed.updatedAt = at;
        checkAgreement(changed, what);
        subjectId = changed.id;
        break;
      }
      case 'agreement_status': {
        const changed = agreement(event.agreement);
        if (changed.status === event.status) fail(`${what}: ${changed.key} is ${event.status} already`);
        changed.status = event.status;
        changed.doneAt = event.status === 'done' ? at : null;
        changed.doneByAccountId = event.status === 'done' ? author.account : null;
        changed.updatedAt = at;
        subjectId = changed.id;
        break;
      }
      case 'signal_plan_saved':
        signalPlan = signalPlanContent(event.signalPlan, event.daysAgo, what);
        break;
      case 'adopted': {
        const current = versions.at(-1) ?? fail(`${what}: nothing to adopt`);
        // A plan is agreed at a meeting of the whole group: the start meeting or a later one.
        if (phaseOn(event.daysAgo) < 4) fail(`${what}: adopted before the start meeting`);
        adoptions.push({
          version: current.number,
          meetingOn: context.date(event.daysAgo),
          adoptedAt: at,
          adoptedByAccountId: author.account,
          onBehalfOfAccountId: author.onBehalfOf,
        });
        continue;
      }
    }
    versions.push({
      number: versions.length + 1,
      changedAt: at,
      authorAccountId: author.account,
      onBehalfOfAccountId: author.onBehalfOf,
      change: { kind: event.kind, subjectId },
      content: content(),
    });
  }

  if (versions.length === 0) fail('a plan story without changes');
  return {
    goals: goals.map((g) => ({
      id: g.id,
      horizon: g.horizon,
      text: g.text,
      dimension: g.dimension,
      measure: g.measure,
      targetOn: g.targetOn,
      status: g.status,
      servesGoalId: g.servesGoalId,
      createdAt: g.createdAt,
      updatedAt: g.updatedAt,
    })),
    agreements: agreements.map((a) => ({
      id: a.id,
      what: a.what,
      memberId: a.member?.id ?? null,
      dueOn: a.dueOn,
      goalId: a.goalId,
      status: a.status,
      doneAt: a.doneAt,
      doneByAccountId: a.doneByAccountId,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    progress,
    versions,
    adoptions,
    signalPlan,
    delegatedAt: story.delegatedDaysAgo === undefined ? null : context.at(story.delegatedDaysAgo, 9 * 60),
  };
}
