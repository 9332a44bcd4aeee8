import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMe } from '../../app/me-context.js';
import { hasCaseload, readsTeamFigures } from '../../app/navigation.js';
import { paths } from '../../app/paths.js';

/**
 * The home page's links to the team's pages, as items of its list of what the person can do: the
 * caseload, the team's figures and improvement actions, and for the organisation admin the
 * evaluation's questionnaires.
 */
export function TeamHomeLinks() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const team = me.team;
  return (
    <>
      {hasCaseload(me.role) && (
        <li>
          <Link to={paths.caseload}>{t(me.role === 'team_lead' ? 'team.home.caseloadTeam' : 'team.home.caseload')}</Link>
        </li>
      )}
      {team !== null && readsTeamFigures(me.role) && (
        <>
          <li>
            <Link to={paths.teamFigures(team.id)}>{t('team.home.figures', { team: team.name })}</Link>
          </li>
          <li>
            <Link to={paths.qualityActions(team.id)}>{t('team.home.qualityActions', { team: team.name })}</Link>
          </li>
        </>
      )}
      {me.role === 'admin' && (
        <li>
          <Link to={paths.instruments}>{t('team.home.instruments')}</Link>
        </li>
      )}
    </>
  );
}
