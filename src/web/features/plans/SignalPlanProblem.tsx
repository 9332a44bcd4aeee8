import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/http.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

const ownProblems = ['no_group', 'member_not_active', 'not_found'] as const;
type OwnProblem = (typeof ownProblems)[number];
const isOwnProblem = (code: string): code is OwnProblem => (ownProblems as readonly string[]).includes(code);

/** A failed save, in words about the signalling plan where the server gave a reason of its own. */
export function SignalPlanProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || !isOwnProblem(error.code)) return <ProblemAlert error={error} />;
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {t(`signalPlan.problems.${error.code}`)}
      </p>
    </div>
  );
}
