import { useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Loading.js';
import { useMe } from '../features/accounts/index.js';
import { applyLocale } from '../i18n/index.js';
import { ErrorPage } from './ErrorPage.js';
import { Header } from './Header.js';
import { MainNav } from './MainNav.js';
import { MeContext } from './me-context.js';
import { paths } from './paths.js';

const mainId = 'inhoud';

/** Every page: skip link, header, menu and main. Nobody signed in? Then the sign-in page. */
export function Layout() {
  const me = useMe();
  const { pathname } = useLocation();
  const accountLocale = me.data?.locale;

  useEffect(() => {
    // The language saved with the account wins over the one remembered on this device.
    if (accountLocale !== undefined) void applyLocale(accountLocale);
  }, [accountLocale]);

  const onSignInPage = pathname === paths.signIn;
  const person = me.data ?? null;

  let content;
  if (me.isPending) content = <Loading />;
  else if (me.isError) content = <ErrorPage error={me.error} />;
  else if (person === null && !onSignInPage) content = <Navigate to={paths.signIn} replace />;
  else if (person !== null && onSignInPage) content = <Navigate to={paths.home} replace />;
  else content = <Outlet />;

  return (
    <MeContext value={person}>
      <SkipLink />
      <Header me={person} />
      {person !== null && <MainNav role={person.role} clientId={person.clientId} teamId={person.team?.id ?? null} />}
      <main id={mainId} tabIndex={-1} className="main">
        {content}
      </main>
    </MeContext>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  // Moving focus ourselves keeps the address free of a #fragment the router would treat as a navigation.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };
  return (
    <a href={`#${mainId}`} className="skip-link" onClick={skip}>
      {t('app.skipLink')}
    </a>
  );
}
