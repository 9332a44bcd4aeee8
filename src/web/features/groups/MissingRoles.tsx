import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/groups.js';
import { InPageLink, placeIds } from './NextStep.js';

/** The method wants the coordinator and the responsible clinician in the group: a friendly tip, never a block. */
export function MissingRoles({ roles, canAdd }: { roles: Group['missingRoles']; canAdd: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="group-tip">
      <h2 id={titleId} className="group-tip__title">
        {t('groups.missing.title')}
      </h2>
      {roles.map((role) => (
        <p key={role}>{t(`groups.missing.${role}`)}</p>
      ))}
      <p>{t('groups.missing.why')}</p>
      {canAdd && (
        <p>
          <InPageLink id={placeIds.addProfessional} text={t('groups.missing.add')} />
        </p>
      )}
    </section>
  );
}
