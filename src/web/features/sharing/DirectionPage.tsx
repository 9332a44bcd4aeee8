import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DelegableTask } from '../../../shared/sharing.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDelegations, useUpdateDelegation } from './api.js';
import { OnlyForClients } from './OnlyForClients.js';
import { SwitchField } from './SwitchField.js';
import './sharing.css';

/** "Wat mag mijn regieondersteuner voor mij doen?": the client hands named tasks to their coordinator. */
export function DirectionPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <>
      <PageHeading>{t('direction.page.title')}</PageHeading>
      {me.clientId === null ? <OnlyForClients /> : <ClientDirection clientId={me.clientId} />}
    </>
  );
}

function ClientDirection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const delegations = useDelegations(clientId);
  const update = useUpdateDelegation(clientId);
  const [status, setStatus] = useState('');

  if (delegations.isPending) return <Loading />;
  if (delegations.isError) return <ProblemAlert error={delegations.error} />;
  const { coordinator, tasks, abilities } = delegations.data;
  const name = coordinator.name;

  const save = (task: DelegableTask, delegated: boolean) => {
    setStatus('');
    update.reset();
    update.mutate(
      { task, delegated },
      {
        onSuccess: () => {
          const taskName = t(`direction.tasks.${task}.name`);
          setStatus(t(delegated ? 'direction.page.savedOn' : 'direction.page.savedOff', { name, task: taskName }));
        },
      },
    );
  };

  return (
    <>
      <p>{t('direction.page.intro', { name })}</p>
      <p>{t('direction.page.record', { name })}</p>
      <p>{t('direction.page.notYet', { name })}</p>
      <fieldset className="sharing-group">
        <legend className="sharing-group__legend">{t('direction.page.legend', { name })}</legend>
        {tasks.map(({ task, delegated }) => (
          <SwitchField
            key={task}
            label={t(`direction.tasks.${task}.name`)}
            description={t(`direction.tasks.${task}.explanation`, { name })}
            checked={delegated}
            onChange={(next) => save(task, next)}
            readOnly={!abilities.update}
          />
        ))}
        {/* Next to the switches, so that it is seen on a phone as well as heard. */}
        <p role="status" className={status === '' ? 'form-status' : 'form-status form-status--success'}>
          {status}
        </p>
        {update.isError && <ProblemAlert error={update.error} />}
      </fieldset>
      <ul className="link-list section">
        <li>
          <Link to={paths.sharing}>{t('sharing.home.sharing')}</Link>
        </li>
        <li>
          <Link to={paths.home}>{t('sharing.home.back')}</Link>
        </li>
      </ul>
    </>
  );
}
