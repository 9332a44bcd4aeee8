import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Team } from '../../../shared/organisations.js';
import { EndSessionsButton } from '../accounts/index.js';
import { ProfessionalInvitation } from '../invitations/index.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useProfessionals } from './api.js';

/** The admin sees everyone in the organisation, a team lead their own team: the server decides. */
export function ProfessionalsSection({ teams }: { teams: readonly Team[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const professionals = useProfessionals(true);
  const teamName = (teamId: string | null) =>
    teams.find((team) => team.id === teamId)?.name ?? t('organisation.professionals.noTeam');

  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('organisation.professionals.title')}</h2>
      {professionals.isPending && <Loading />}
      {professionals.isError && <ProblemAlert error={professionals.error} />}
      {professionals.data?.length === 0 && <p>{t('organisation.professionals.empty')}</p>}
      {professionals.data !== undefined && professionals.data.length > 0 && (
        <ul className="card-list">
          {professionals.data.map((professional) => (
            <li key={professional.id} className="card">
              <p className="card__title">{professional.name}</p>
              <p className="card__meta">{professional.email}</p>
              <p className="card__meta">{t('organisation.professionals.role', { role: t(`roles.${professional.role}`) })}</p>
              <p className="card__meta">{t('organisation.professionals.team', { team: teamName(professional.teamId) })}</p>
              <p className="card__meta">
                {t(professional.canSignIn ? 'organisation.professionals.canSignIn' : 'organisation.professionals.cannotSignIn')}
              </p>
              {professional.abilities.readAuditLog && (
                <p className="card__meta">
                  <Link to={paths.professionalAuditLog(professional.id)}>
                    {t('auditLog.professional.link', { name: professional.name })}
                  </Link>
                </p>
              )}
              {professional.abilities.invite && (
                <ProfessionalInvitation professionalId={professional.id} name={professional.name} />
              )}
              {professional.abilities.endSessions && <EndSessionsButton professional={professional} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
