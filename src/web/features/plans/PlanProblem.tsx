import { useTranslation } from 'react-i18next';
import type { GoalHorizon } from '../../../domain/plan.js';
import { isApiError } from '../../app/http.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

const planProblems = ['goal_limit_reached', 'no_group', 'member_not_active', 'nothing_to_adopt'] as const;
type PlanProblemCode = (typeof planProblems)[number];

/** True for a refusal of the plan's own that this feature words itself (the shared messages do not know them). */
export function isPlanProblem(error: unknown): boolean {
  return isApiError(error) && (planProblems as readonly string[]).includes(error.code);
}

interface PlanProblemProps {
  error: unknown;
  /** For a refused goal: which kind, and how many the plan may have, to explain the method's reason. */
  limit?: { horizon: GoalHorizon; count: number };
}

/** A failed change of the plan, said in words about the plan where the server gave a reason of the plan's own. */
export function PlanProblem({ error, limit }: PlanProblemProps) {
  const { t } = useTranslation();
  if (!isApiError(error) || !(planProblems as readonly string[]).includes(error.code)) return <ProblemAlert error={error} />;
  const code = error.code as PlanProblemCode;
  return (
    <div role="alert" className="alert alert--error plan-problem">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {code === 'goal_limit_reached' && limit !== undefined
          ? t(limit.horizon === 'long' ? 'plans.limits.refusedLong' : 'plans.limits.refusedShort', { count: limit.count })
          : t(`plans.problems.${code}`)}
      </p>
      {code === 'goal_limit_reached' && <p>{t('plans.limits.why')}</p>}
      {code === 'goal_limit_reached' && <p>{t('plans.limits.whatNow')}</p>}
    </div>
  );
}
