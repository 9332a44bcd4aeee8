import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading.js';
import { ProblemAlert } from '../components/ProblemAlert.js';

/** When Regie itself cannot be reached or answers with an error before any page can show. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('errors.pageTitle')}</PageHeading>
      <ProblemAlert error={error} />
    </>
  );
}
