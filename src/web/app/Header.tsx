import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../shared/accounts.js';
import { useSignOut } from '../features/accounts/index.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { paths } from './paths.js';
import { BusyButton } from '../components/BusyButton.js';

export function Header({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home} className="site-header__brand">
          {t('app.name')}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch signedIn={me !== null} />
          {me !== null && (
            <>
              <p className="site-header__person">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                {me.name}
              </p>
              <BusyButton variant="quiet" isPending={signOut.isPending} onPress={() => signOut.mutate()}>
                {t('header.signOut')}
              </BusyButton>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
