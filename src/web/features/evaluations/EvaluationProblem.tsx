import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { evaluationProblemKey, type EvaluationAction } from './evaluation-problem.js';

/** A refused action on a round, in words about evaluations where the server gave a reason of its own. */
export function EvaluationProblem({ error, action }: { error: unknown; action: EvaluationAction }) {
  const { t } = useTranslation();
  const key = evaluationProblemKey(error, action);
  if (key === null) return <ProblemAlert error={error} />;
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {t(key)}
      </p>
    </div>
  );
}
