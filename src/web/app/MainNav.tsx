import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '../../shared/roles.js';
import { navigationFor } from './navigation.js';

/** The main menu; the current page is marked for screen readers (aria-current) and by a line. */
export function MainNav({ role, clientId, teamId = null }: { role: Role; clientId: string | null; teamId?: string | null }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="main-nav__list">
        {navigationFor(role, clientId, teamId).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="main-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
