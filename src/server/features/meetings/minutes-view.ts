import { z } from 'zod';
import { mayWriteMinutes } from '../../../domain/meetings.js';
import { countsTowardsLimit, goalStatuses } from '../../../domain/plan.js';
import type { Minutes } from '../../../shared/meetings.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { createSharingPolicy } from '../sharing/index.js';
import { answerOf, presentChair, presentMember, presentMinuteTaker, presentSummary } from './meetings.presenter.js';
import type { MinutesScope } from './minutes-scope.js';
import { presentGoal, presentItem, presentMinutesAgreement, presentPlanAgreement, presentScore } from './minutes.presenter.js';
import type { MinutesRepositories } from './minutes.repository.js';

const goalStatus = z.enum(goalStatuses).catch('not_started');

/** True when the goal still takes part: not achieved and not stopped. */
export const isOpenGoal = (goal: { status: string }) => countsTowardsLimit(goalStatus.parse(goal.status));

/** True when the actor approves minutes into the plan: whoever changes the plan (direction, `edit_plan`). */
export async function mayApprove(executor: DbExecutor, actor: Actor, clientId: string): Promise<boolean> {
  if (actor.role === 'relative') return false;
  return (await createSharingPolicy(executor).performerFor(actor, clientId, 'edit_plan')).kind !== 'nobody';
}

/**
 * The minutes as the caller may see them. Scores and agreements are the plan's business: someone the
 * client does not share the plan with sees neither the plan's goals and agreements nor those of the
 * minutes. `planShown` says whether the plan was read, for the audit log.
 */
export async function minutesView(
  executor: DbExecutor,
  repositories: MinutesRepositories,
  actor: Actor,
  scope: MinutesScope,
): Promise<{ minutes: Minutes; planShown: boolean }> {
  const { meetings, minutes } = repositories;
  const { client, meeting } = scope;
  const planShown = await createSharingPolicy(executor).canSeeCategory(actor, client.id, 'plan');
  const members = await meetings.listMembers(meeting.group_id);
  const myAnswer = (await meetings.listAnswersOf(scope.memberIds)).get(meeting.id) ?? null;
  const items = await meetings.listAgenda(meeting.id);
  const planId = planShown ? await minutes.findPlanId(meeting.group_id) : undefined;
  const [scores, agreements] = planShown
    ? [await minutes.listScores(meeting.id), await minutes.listAgreements(meeting.id)]
    : [[], []];
  const [goals, lastScores, planAgreements] =
    planId === undefined
      ? [[], new Map<string, { date: string; score: number }>(), []]
      : [
          await minutes.listGoals(planId),
          await minutes.lastScoresBefore(planId, meeting.starts_on),
          await minutes.listPlanAgreements(planId),
        ];
  const approve = !scope.approved && scope.held && (await mayApprove(executor, actor, client.id));
  return {
    planShown,
    minutes: {
      meeting: {
        ...presentSummary(meeting, scope.held, answerOf(myAnswer)),
        client: { id: client.id, name: client.name },
        chair: presentChair(meeting.chair_member_id, members),
        minuteTaker: presentMinuteTaker(meeting.minute_taker_member_id, members),
      },
      status: scope.approved ? 'approved' : 'draft',
      approvedAt: meeting.minutes_approved_at,
      items: items.map(presentItem),
      scores: scores.map(presentScore),
      agreements: agreements.map(presentMinutesAgreement),
      goals: goals.filter(isOpenGoal).map((goal) => presentGoal(goal, lastScores.get(goal.id))),
      planAgreements: planAgreements.filter((agreement) => agreement.status === 'open').map(presentPlanAgreement),
      members: members.filter((member) => member.status === 'active').map(presentMember),
      abilities: { write: scope.held && mayWriteMinutes(scope), approve },
    },
  };
}
