import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http.js';
import { problemMessage } from './messages.js';

/** A failed request, said in words the person can act on; announced by screen readers. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const correlationId = isApiError(error) ? error.problem.correlationId : undefined;
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {problemMessage(t, error)}
      </p>
      {correlationId !== undefined && <p className="alert__detail">{t('errors.correlationId', { id: correlationId })}</p>}
    </div>
  );
}
