import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.js';

/** The client's own choices have no page for anyone else: say so, and offer the way home. */
export function OnlyForClients() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('sharing.onlyForClients')}</p>
      <p>
        <Link to={paths.home}>{t('sharing.home.back')}</Link>
      </p>
    </>
  );
}
