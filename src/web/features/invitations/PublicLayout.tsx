import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Header } from '../../app/Header.js';
import { useMe } from '../accounts/index.js';

const mainId = 'inhoud';

/**
 * Pages opened from a mail, usually by someone not signed in (and maybe never signed in before): the
 * same frame as every page, but no sign-in is required and no menu is shown.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const me = useMe();
  // Moving focus ourselves keeps the address free of a #fragment the router would treat as a navigation.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };
  return (
    <>
      <a href={`#${mainId}`} className="skip-link" onClick={skip}>
        {t('app.skipLink')}
      </a>
      <Header me={me.data ?? null} />
      <main id={mainId} tabIndex={-1} className="main">
        <Outlet />
      </main>
    </>
  );
}
