import { useTranslation } from 'react-i18next';

/** Said once, politely, while data is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}
