import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';

/** Home for the client and relatives (they come from there); the group's page for the team. */
export function WayBack({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const toHome = me.role === 'client' || me.role === 'relative';
  return (
    <p className="section">
      {toHome ? (
        <Link to={paths.home}>{t('evaluations.links.home')}</Link>
      ) : (
        <Link to={paths.group(clientId)}>{t('evaluations.links.toGroup')}</Link>
      )}
    </p>
  );
}
