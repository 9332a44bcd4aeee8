import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sharingCategories, type RelativeSharing, type SharingCategory } from '../../../shared/sharing.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useSharing, useUpdateSharing, type SharingChange } from './api.js';
import { EndRelative } from './EndRelative.js';
import { OnlyForClients } from './OnlyForClients.js';
import { SwitchField } from './SwitchField.js';
import './sharing.css';

/** "Wie ziet wat?": the client chooses per relative and per kind of data what that relative sees. */
export function SharingPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <>
      <PageHeading>{t('sharing.page.title')}</PageHeading>
      {me.clientId === null ? <OnlyForClients /> : <ClientSharing clientId={me.clientId} />}
    </>
  );
}

function ClientSharing({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const sharing = useSharing(clientId);
  const [ended, setEnded] = useState('');
  const endedRef = useRef<HTMLParagraphElement>(null);

  const onEnded = (message: string) => {
    setEnded(message);
    // The relative's group is gone, and focus with it: the message takes it, and is read out.
    endedRef.current?.focus();
  };

  return (
    <>
      <p>{t('sharing.page.intro')}</p>
      <p>{t('sharing.page.notes')}</p>
      <p>{t('sharing.page.approval')}</p>
      <p ref={endedRef} tabIndex={-1} role="status" className={ended === '' ? 'form-status' : 'form-status form-status--success'}>
        {ended}
      </p>
      {sharing.isPending && <Loading />}
      {sharing.isError && <ProblemAlert error={sharing.error} />}
      {sharing.data?.relatives.length === 0 && <p>{t('sharing.page.empty')}</p>}
      {sharing.data?.relatives.map((relative) => (
        <RelativeSharingGroup key={relative.id} clientId={clientId} relative={relative} canUpdate={sharing.data.abilities.update} onEnded={onEnded} />
      ))}
      <ul className="link-list section">
        <li>
          <Link to={paths.client(clientId)}>{t('sharing.page.relativesLink')}</Link>
        </li>
        <li>
          <Link to={paths.direction}>{t('sharing.home.direction')}</Link>
        </li>
      </ul>
    </>
  );
}

interface RelativeSharingGroupProps {
  clientId: string;
  relative: RelativeSharing;
  canUpdate: boolean;
  onEnded: (message: string) => void;
}

/** One relative: a fieldset named after them, a switch per category, and what was saved, right there. */
function RelativeSharingGroup({ clientId, relative, canUpdate, onEnded }: RelativeSharingGroupProps) {
  const { t } = useTranslation();
  const update = useUpdateSharing(clientId);
  const [status, setStatus] = useState('');

  const save = (change: SharingChange) => {
    setStatus('');
    update.reset();
    update.mutate(change, {
      onSuccess: () => {
        const category = t(`sharing.categories.${change.category}.name`);
        setStatus(t(change.shared ? 'sharing.page.savedOn' : 'sharing.page.savedOff', { name: relative.name, category }));
      },
    });
  };

  return (
    <fieldset className="sharing-group">
      <legend className="sharing-group__legend">{relative.name}</legend>
      <p className="sharing-group__meta">{t('sharing.page.relation', { relation: t(`relations.${relative.relation}`) })}</p>
      {sharingCategories.map((category: SharingCategory) => (
        <SwitchField
          key={category}
          label={t(`sharing.categories.${category}.name`)}
          description={t(`sharing.categories.${category}.explanation`)}
          checked={relative.categories[category]}
          onChange={(shared) => save({ relativeId: relative.id, category, shared })}
          readOnly={!canUpdate}
        />
      ))}
      {/* Next to the switches, so that it is seen on a phone as well as heard. */}
      <p role="status" className={status === '' ? 'form-status' : 'form-status form-status--success'}>
        {status}
      </p>
      {update.isError && <ProblemAlert error={update.error} />}
      <EndRelative clientId={clientId} relative={relative} clientName={null} onEnded={onEnded} />
    </fieldset>
  );
}
