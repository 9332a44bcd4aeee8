import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { useOutboxStatus } from './api.js';

/** Under the sign-in form: a forgotten password, and (demo without mail) the outbox with the mail Regie kept. */
export function SignInLinks() {
  const { t } = useTranslation();
  const outbox = useOutboxStatus();
  return (
    <ul className="link-list public-links">
      <li>
        <Link to={paths.forgotPassword}>{t('passwordReset.signInLink')}</Link>
      </li>
      {outbox.data?.enabled === true && (
        <li>
          <Link to={paths.outbox}>{t('outbox.signInLink')}</Link>
        </li>
      )}
    </ul>
  );
}
