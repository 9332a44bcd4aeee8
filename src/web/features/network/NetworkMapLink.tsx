import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.js';

/** A link to the client's network map, for the group's page and elsewhere. */
export function NetworkMapLink({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return <Link to={paths.networkMap(clientId)}>{t('network.page.link')}</Link>;
}
