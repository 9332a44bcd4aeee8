import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationOverview } from '../../../shared/organisations.js';
import { useCurrentMe } from '../../app/me-context.js';
import { managesOrganisation } from '../../app/navigation.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { GoalLimitsForm } from '../plans/index.js';
import { AddProfessionalForm } from './AddProfessionalForm.js';
import { AddTeamForm } from './AddTeamForm.js';
import { useOrganisation } from './api.js';
import { ProfessionalsSection } from './ProfessionalsSection.js';
import { TeamsSection } from './TeamsSection.js';

export function OrganisationPage() {
  const { t } = useTranslation();
  const overview = useOrganisation();
  return (
    <>
      <PageHeading>{overview.data?.organisation.name ?? t('organisation.fallbackTitle')}</PageHeading>
      {overview.isPending && <Loading />}
      {overview.isError && <ProblemAlert error={overview.error} />}
      {overview.data && <Organisation overview={overview.data} />}
    </>
  );
}

function Organisation({ overview }: { overview: OrganisationOverview }) {
  const me = useCurrentMe();
  return (
    <>
      <TeamsSection teams={overview.teams} />
      {overview.abilities.createTeam && <AddTeamForm />}
      {managesOrganisation(me.role) && <ProfessionalsSection teams={overview.teams} />}
      {overview.abilities.createProfessional && <AddProfessionalForm teams={overview.teams} />}
      {me.role === 'admin' && <GoalLimitsForm />}
      {me.role === 'admin' && <InstrumentsLink />}
    </>
  );
}

/** The evaluation's questionnaires have a page of their own (the team feature's). */
function InstrumentsLink() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('team.instruments.title')}</h2>
      <p>{t('team.instruments.organisationAbout')}</p>
      <p>
        <Link to={paths.instruments}>{t('team.instruments.organisationLink')}</Link>
      </p>
    </section>
  );
}
