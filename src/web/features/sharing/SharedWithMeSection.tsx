import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sharingCategories } from '../../../shared/sharing.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useSharedWithMe } from './api.js';

/**
 * For a relative: what one client shares with them, and plainly what not; the client can change it.
 */
export function SharedWithMeSection({ client }: { client: { id: string; name: string } }) {
  const { t } = useTranslation();
  const titleId = useId();
  const shared = useSharedWithMe(client.id);
  const name = client.name;
  const names = (value: boolean) =>
    shared.data ? sharingCategories.filter((category) => shared.data.categories[category] === value) : [];
  const seen = names(true);
  const unseen = names(false);
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('sharing.sharedWithMe.title', { name })}</h2>
      {shared.isPending && <Loading />}
      {shared.isError && <ProblemAlert error={shared.error} />}
      {shared.data && (
        <>
          {seen.length === 0 ? (
            <p>{t('sharing.sharedWithMe.nothing', { name })}</p>
          ) : (
            <>
              <p>{t('sharing.sharedWithMe.shares', { name })}</p>
              <ul>
                {seen.map((category) => (
                  <li key={category}>{t(`sharing.categories.${category}.name`)}</li>
                ))}
              </ul>
            </>
          )}
          {unseen.length > 0 && (
            <>
              <p>{t('sharing.sharedWithMe.notShares', { name })}</p>
              <ul>
                {unseen.map((category) => (
                  <li key={category}>{t(`sharing.categories.${category}.name`)}</li>
                ))}
              </ul>
            </>
          )}
          <p>{t('sharing.sharedWithMe.canChange', { name })}</p>
        </>
      )}
    </section>
  );
}
