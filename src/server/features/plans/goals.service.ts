import { canAddGoal, canLinkGoals, countsTowardsLimit, type GoalHorizon } from '../../../domain/plan.js';
import type { GoalLimits } from '../../../domain/phases.js';
import { goalStatusSchema, type Goal, type GoalBody, type ProgressBody } from '../../../shared/plans.js';
import { dutchToday } from '../../platform/ids/ids.js';
import type { Actor } from '../../platform/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { PlanEditor } from './plan-change.js';
import { presentGoal } from './plans.presenter.js';
import type { GoalRow, GoalValues, PlansRepository } from './plans.repository.js';

const horizonWords: Record<GoalHorizon, string> = { long: 'long-term', short: 'short-term' };

/**
 * The method's reason, not just the number: the web app words it in Dutch from the code; this is the
 * English for anyone else reading the API.
 */
function goalLimitReached(horizon: GoalHorizon, limit: number, field: 'horizon' | 'status'): ConflictError {
  const kind = horizonWords[horizon];
  return new ConflictError(
    'goal_limit_reached',
    `The plan already has ${limit} open ${kind} goal${limit === 1 ? '' : 's'}, as many as it holds. ` +
      'The resource group method keeps the plan small, so that the group can give every goal real attention at each meeting. ' +
      'Change one of the goals you have, or mark one as achieved or stopped to free its place.',
    [{ field, code: 'goal_limit_reached', message: `at most ${limit} open ${kind} goals` }],
  );
}

const linkInvalid = (message: string) =>
  new ConflictError('goal_link_invalid', message, [{ field: 'servesGoalId', code: 'goal_link_invalid', message }]);
const goalNotInPlan = (field: string) =>
  new ConflictError('goal_not_in_plan', 'That goal is not part of this plan.', [
    { field, code: 'goal_not_in_plan', message: 'is not a goal of this plan' },
  ]);

const statusOf = (row: GoalRow) => goalStatusSchema.catch('not_started').parse(row.status);

/** How many goals of each horizon still take up a place. */
function openGoals(goals: readonly GoalRow[]): Record<GoalHorizon, number> {
  const open = { long: 0, short: 0 };
  for (const goal of goals) {
    if ((goal.horizon === 'long' || goal.horizon === 'short') && countsTowardsLimit(statusOf(goal))) open[goal.horizon] += 1;
  }
  return open;
}

/** The goal as stored: what the body leaves out is cleared; a status left out stays as it was. */
function goalValues(body: GoalBody, currentStatus: string): GoalValues {
  return {
    horizon: body.horizon,
    text: body.text,
    dimension: body.dimension,
    measure: body.measure,
    target_on: body.targetOn ?? null,
    status: body.status ?? currentStatus,
    serves_goal_id: body.servesGoalId ?? null,
  };
}

/** Refuses a goal that would take a place the plan does not have (`others`: the plan's other goals). */
function checkRoom(values: GoalValues, others: readonly GoalRow[], limits: GoalLimits, field: 'horizon' | 'status') {
  const horizon = values.horizon as GoalHorizon;
  const check = canAddGoal(horizon, openGoals(others), limits);
  if (!check.ok) throw goalLimitReached(horizon, check.limit, field);
}

/** Refuses a link the method does not make: only a short-term goal serves a long-term one that goes on. */
function checkLink(values: GoalValues, goalId: string | null, goals: readonly GoalRow[]) {
  if (values.serves_goal_id === null) return;
  const long = goals.find((goal) => goal.id === values.serves_goal_id);
  if (!long) throw goalNotInPlan('servesGoalId');
  if (values.horizon !== 'short')
    throw linkInvalid('A long-term goal gives the direction and serves no other goal; link a short-term goal to it instead.');
  const short = { id: goalId ?? '', horizon: 'short' as const, status: goalStatusSchema.parse(values.status) };
  const target = {
    id: long.id,
    horizon: long.horizon === 'long' ? ('long' as const) : ('short' as const),
    status: statusOf(long),
  };
  if (!canLinkGoals(short, target))
    throw linkInvalid('A short-term goal can be a step towards a long-term goal of this plan that has not been stopped.');
}

async function goalView(repository: PlansRepository, planId: string, goalId: string): Promise<Goal> {
  const row = await repository.findGoal(planId, goalId);
  if (!row) throw new NotFoundError();
  return presentGoal(row, await repository.listProgress(planId, goalId));
}

// Recovery goals in the client's own words (PRODUCT.md §5). Each change is checked against the plan
// as the change before left it (plan-change.ts locks the plan first), so that two goals added at once
// cannot both take the last place.
export function createGoalsService(edit: PlanEditor) {
  return {
    async add(actor: Actor, clientId: string, body: GoalBody): Promise<Goal> {
      return edit(actor, clientId, 'plan', async ({ repository, planId, limits }) => {
        const values = goalValues(body, 'not_started');
        const goals = await repository.listGoals(planId);
        if (countsTowardsLimit(goalStatusSchema.parse(values.status))) checkRoom(values, goals, limits, 'horizon');
        checkLink(values, null, goals);
        const id = await repository.insertGoal(planId, values);
        return {
          result: await goalView(repository, planId, id),
          change: { kind: 'goal_added', subjectId: id },
          action: 'create',
          objectId: id,
        };
      });
    },

    /** The goal whole, as its form saves it. A goal is never removed: it is stopped. */
    async change(actor: Actor, clientId: string, goalId: string, body: GoalBody): Promise<Goal> {
      return edit(actor, clientId, 'plan', async ({ repository, planId, limits }) => {
        const goals = await repository.listGoals(planId);
        const current = goals.find((goal) => goal.id === goalId);
        if (!current) throw new NotFoundError();
        const values = goalValues(body, current.status);
        const others = goals.filter((goal) => goal.id !== goalId);
        // Only a goal that takes a place it did not have is checked: an organisation that lowered its
        // limits leaves a fuller plan editable, it just takes no new goals.
        const heldPlace = countsTowardsLimit(statusOf(current)) && current.horizon === values.horizon;
        if (countsTowardsLimit(goalStatusSchema.parse(values.status)) && !heldPlace) {
          checkRoom(values, others, limits, current.horizon === values.horizon ? 'status' : 'horizon');
        }
        if (values.serves_goal_id !== current.serves_goal_id || values.horizon !== current.horizon)
          checkLink(values, goalId, goals);
        if (current.horizon === 'long' && values.horizon !== 'long' && (await repository.countGoalsServing(goalId)) > 0) {
          throw linkInvalid(
            'Short-term goals are steps towards this goal, so it stays a long-term goal. Link those steps to another goal first.',
          );
        }
        await repository.updateGoal(goalId, values);
        return {
          result: await goalView(repository, planId, goalId),
          change: { kind: 'goal_changed', subjectId: goalId },
          action: 'update',
          objectId: goalId,
        };
      });
    },

    /** A score from 0 to 10 on a day that has been: a meeting's, or one in between. */
    async recordProgress(actor: Actor, clientId: string, goalId: string, body: ProgressBody): Promise<Goal> {
      return edit(actor, clientId, 'plan', async ({ repository, planId }) => {
        if (!(await repository.findGoal(planId, goalId))) throw new NotFoundError();
        if (body.date > dutchToday()) {
          throw new ValidationError([
            {
              field: 'date',
              code: 'in_future',
              message: 'must be today or a day before: progress is scored on what has happened',
            },
          ]);
        }
        await repository.insertProgress({
          goalId,
          scoredOn: body.date,
          score: body.score,
          note: body.note ? body.note : null,
          byAccountId: actor.accountId,
        });
        return {
          result: await goalView(repository, planId, goalId),
          change: { kind: 'progress_recorded', subjectId: goalId },
          action: 'create',
          objectId: goalId,
        };
      });
    },
  };
}
export type GoalsService = ReturnType<typeof createGoalsService>;
