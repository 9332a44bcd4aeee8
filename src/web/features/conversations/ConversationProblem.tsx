import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/http.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

const ownProblems = ['not_approached', 'membership_ended', 'coordinator_member', 'not_asked', 'not_found'] as const;
type OwnProblem = (typeof ownProblems)[number];
const isOwnProblem = (code: string): code is OwnProblem => (ownProblems as readonly string[]).includes(code);

/** A failed change, said in words about conversations where the server gave a reason of this feature. */
export function ConversationProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || !isOwnProblem(error.code)) return <ProblemAlert error={error} />;
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {t(`conversations.errors.problems.${error.code}`)}
      </p>
    </div>
  );
}
