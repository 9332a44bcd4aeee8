import { useTranslation } from 'react-i18next';

/** A cell without a value: a dash to the eye, words to a screen reader (a lone dash is read as nothing). */
export function Empty() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('team.notApplicable')}</span>
    </>
  );
}
