import { progressTrend } from '../../../domain/plan.js';
import type { AgreementContent, GoalContent, PlanContent, SignalPlanContent } from '../../../domain/plan-versions.js';
import {
  agreementStatusSchema,
  goalHorizonSchema,
  goalStatusSchema,
  recoveryDimensionSchema,
  signalPlanContentSchema,
} from '../../../shared/plans.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { createPlansRepository, type AgreementRow, type GoalRow, type ProgressRow } from './plans.repository.js';

// The plan as one version holds it (src/domain/plan-versions.ts), built from the tables. The database
// holds text: what it says is checked before it is trusted, and a value Regie does not know reads as
// the plainest choice, so that one odd row never takes the whole plan down.
const horizon = goalHorizonSchema.catch('short');
const dimension = recoveryDimensionSchema.catch('personal');
const goalStatus = goalStatusSchema.catch('not_started');
const agreementStatus = agreementStatusSchema.catch('open');

export function goalContentOf(row: GoalRow, progress: readonly ProgressRow[]): GoalContent {
  return {
    id: row.id,
    horizon: horizon.parse(row.horizon),
    text: row.text,
    dimension: dimension.parse(row.dimension),
    measure: row.measure,
    targetOn: row.target_on,
    status: goalStatus.parse(row.status),
    servesGoalId: row.serves_goal_id,
    progress: progressTrend(
      progress
        .filter((point) => point.goal_id === row.id)
        .map((point) => ({ date: point.scored_on, recordedAt: point.recorded_at, score: point.score })),
    ),
  };
}

export function agreementContentOf(row: AgreementRow): AgreementContent {
  return {
    id: row.id,
    what: row.what,
    assignee:
      row.member_id === null ? { kind: 'client' } : { kind: 'member', memberId: row.member_id, name: row.memberName ?? '' },
    dueOn: row.due_on,
    goalId: row.goal_id,
    status: agreementStatus.parse(row.status),
  };
}

/** The stored signalling plan (JSON), or null when it was not started or cannot be read. */
export function storedSignalPlan(text: string | null): SignalPlanContent | null {
  if (text === null) return null;
  try {
    return signalPlanContentSchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}

/** The plan's whole content as it is now: what a new version keeps, and what the PDF prints. */
export async function loadPlanContent(executor: DbExecutor, planId: string): Promise<PlanContent> {
  const repository = createPlansRepository(executor);
  const plan = await executor.selectFrom('plans').select('signal_plan').where('id', '=', planId).executeTakeFirst();
  const [goals, progress, agreements] = [
    await repository.listGoals(planId),
    await repository.listProgress(planId),
    await repository.listAgreements(planId),
  ];
  return {
    goals: goals.map((goal) => goalContentOf(goal, progress)),
    agreements: agreements.map(agreementContentOf),
    signalPlan: storedSignalPlan(plan?.signal_plan ?? null),
  };
}
