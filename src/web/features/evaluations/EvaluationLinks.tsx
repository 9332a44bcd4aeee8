import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { useSharedWithMe } from '../sharing/index.js';

/**
 * Whether to offer a link to the group's evaluation. The client and everyone working with the group
 * may open it; a relative only when the client shares the evaluation results with them, which "shared
 * with me" tells (so that no round is read, and no read of it logged, just to decide on a link).
 */
export function useEvaluationsVisible(clientId: string, isRelative: boolean): boolean {
  const shared = useSharedWithMe(clientId, isRelative);
  if (!isRelative) return true;
  return shared.data?.categories.evaluation_results ?? false;
}

/** On a meeting's page whose agenda has the evaluation's results: the way to them. */
export function EvaluationAgendaLink({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const visible = useEvaluationsVisible(clientId, useCurrentMe().role === 'relative');
  if (!visible) return null;
  return (
    <p>
      <Link to={paths.evaluations(clientId)}>{t('evaluations.links.agenda')}</Link>
    </p>
  );
}
